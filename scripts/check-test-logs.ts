/**
 * The last step of `npm test`: reads every server log the run produced (.test-logs/: in-process API
 * tests, the servers the durability test kills, the end-to-end server) and fails if any line holds an
 * IPv4 or IPv6 address. It also fails if the logs are missing, so it can never pass by reading nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findIpAddresses } from '../tests/support/ip-addresses.ts';
import { TEST_LOG_DIR } from '../tests/support/test-logs.ts';

/** Logs every full run writes; a missing one means a part of the run logged somewhere else. */
const EXPECTED = ['api-unit.log', 'durability-before-kill.log', 'durability-after-kill.log', 'e2e-server.log'];

const files = existsSync(TEST_LOG_DIR) ? readdirSync(TEST_LOG_DIR).filter((f) => f.endsWith('.log')) : [];
const missing = EXPECTED.filter((f) => !files.includes(f));
if (missing.length) {
  console.error(`check-test-logs: missing ${missing.join(', ')} in ${TEST_LOG_DIR} (run the whole \`npm test\`)`);
  process.exit(1);
}

let lines = 0;
let problems = 0;
for (const file of files) {
  const text = readFileSync(join(TEST_LOG_DIR, file), 'utf8');
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    lines++;
    const found = findIpAddresses(line);
    if (found.length) {
      problems++;
      console.error(`${file}:${i + 1}: IP address ${found.join(', ')} in: ${line.slice(0, 200)}`);
    }
  });
}
if (problems) {
  console.error(`check-test-logs: ${problems} log line(s) hold an IP address`);
  process.exit(1);
}
console.log(`check-test-logs: ${lines} lines in ${files.length} server logs, no IP address`);
