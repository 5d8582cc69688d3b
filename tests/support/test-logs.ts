/**
 * Every server log the test run produces goes under .test-logs/ (in-process apps, child servers, the
 * end-to-end server), so `scripts/check-test-logs.ts` can read them all at the end of `npm test` and
 * fail if any holds an IP address.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEST_LOG_DIR = fileURLToPath(new URL('../../.test-logs/', import.meta.url));

export const testLogFile = (name: string) => join(TEST_LOG_DIR, `${name}.log`);

/**
 * Vitest's global setup: the run starts with no logs from an earlier one. Under `npm test`
 * (scripts/test.mjs), which clears them itself before the end-to-end server starts beside the unit
 * tests, they are kept.
 */
export default function resetTestLogs() {
  if (process.env.DIAPASON_KEEP_TEST_LOGS !== '1') rmSync(TEST_LOG_DIR, { recursive: true, force: true });
  mkdirSync(TEST_LOG_DIR, { recursive: true });
}
