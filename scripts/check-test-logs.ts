/**
 * Reads every server log the run produced (.test-logs/: in-process API tests, the servers the
 * durability test kills, the end-to-end server) and fails if any line holds an IPv4 or IPv6 address.
 * It also fails if the logs are missing, so it can never pass by reading nothing.
 *
 * It runs as Playwright's global teardown when `npm test` sets DIAPASON_CHECK_LOGS=1 (so the test
 * command still ends with Playwright's summary line), and by hand with `tsx scripts/check-test-logs.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findIpAddresses } from '../tests/support/ip-addresses.ts';
import { TEST_LOG_DIR } from '../tests/support/test-logs.ts';

/** Logs every full run writes; a missing one means a part of the run logged somewhere else. */
const EXPECTED = ['api-unit.log', 'durability-before-kill.log', 'durability-after-kill.log', 'e2e-server.log'];

/** Throws with every offending line; returns the summary line when the logs are clean. */
export function checkTestLogs(): string {
  const files = existsSync(TEST_LOG_DIR) ? readdirSync(TEST_LOG_DIR).filter((f) => f.endsWith('.log')) : [];
  const missing = EXPECTED.filter((f) => !files.includes(f));
  if (missing.length) {
    throw new Error(`check-test-logs: missing ${missing.join(', ')} in ${TEST_LOG_DIR} (run the whole \`npm test\`)`);
  }
  let lines = 0;
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(TEST_LOG_DIR, file), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (!line) return;
      lines++;
      const found = findIpAddresses(line);
      if (found.length) problems.push(`${file}:${i + 1}: IP address ${found.join(', ')} in: ${line.slice(0, 200)}`);
    });
  }
  if (problems.length) {
    throw new Error(`check-test-logs: ${problems.length} log line(s) hold an IP address\n${problems.join('\n')}`);
  }
  return `check-test-logs: ${lines} lines in ${files.length} server logs, no IP address`;
}

/** Playwright's global teardown: the e2e server has written its log by now. */
export default function globalTeardown(): void {
  if (process.env.DIAPASON_CHECK_LOGS === '1') console.log(checkTestLogs());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(checkTestLogs());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
