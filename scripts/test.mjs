/**
 * `npm test`: every check of the project, the independent ones side by side so the whole run stays
 * within the gate's 15 minutes on 2 cores.
 *
 * 1. Chromium is there (one sentence says what to install if not).
 * 2. The questionnaire files, the types and the lint, together (each is CPU-bound and short).
 * 3. The build (the unit tests read its report; the end-to-end tests serve it).
 * 4. The unit tests (on one core) beside the end-to-end tests (which mostly wait on the disk and on
 *    timers). The unit tests' output is printed as one block when they end.
 * 5. No server log of the run holds an IP address (scripts/check-test-logs.ts).
 *
 * It ends with the plain line `N passed, N failed` over both runners, and exits non-zero if anything
 * failed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
// Run by tsx (package.json), so the folder is the one the test servers write their logs to.
import { TEST_LOG_DIR } from '../tests/support/test-logs.ts';

/** Runs a command; `buffer`: keep its output and return it rather than print it as it comes. */
function run(command, args, { buffer = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        out += chunk;
        if (!buffer) sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const npm = (script, options) => run('npm', ['run', '--silent', script], options);
let failed = false;
const stopIf = (result) => {
  if (result.code !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(result.code || 1);
  }
};

stopIf(await run('node', ['scripts/chromium.mjs']));

const checks = await Promise.all([npm('questionnaire:check', { buffer: true }), npm('typecheck', { buffer: true }), npm('lint', { buffer: true })]);
for (const check of checks) process.stdout.write(check.out);
for (const check of checks) stopIf(check);

stopIf(await npm('build'));

// Every server log of this run, and none of an earlier one (the unit tests keep what is here).
rmSync(TEST_LOG_DIR, { recursive: true, force: true });
mkdirSync(TEST_LOG_DIR, { recursive: true });
const [unit, e2e] = await Promise.all([
  run('npx', ['vitest', 'run', '--maxWorkers=1'], { buffer: true, env: { DIAPASON_BUILD_REPORT: 'build/app-report.json', DIAPASON_KEEP_TEST_LOGS: '1' } }).then((result) => {
    process.stdout.write(`\n${result.out}\n`);
    return result;
  }),
  run('npx', ['playwright', 'test']),
]);
const logs = await run('npx', ['tsx', 'scripts/check-test-logs.ts']);

/** A runner's count of `word` tests in its summary ("Tests  12 passed", "  88 passed (7.1m)"). */
// eslint-disable-next-line no-control-regex -- the colour codes runners print around their figures
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const count = (text, pattern) => Number(pattern.exec(plain(text))?.[1] ?? 0);
const passed = count(unit.out, /Tests\s+(?:\d+ failed \| )?(\d+) passed/) + count(e2e.out, /^\s*(\d+) passed/m);
let failures = count(unit.out, /Tests\s+(\d+) failed/) + count(e2e.out, /^\s*(\d+) failed/m);
for (const result of [unit, e2e, logs]) if (result.code !== 0) failed = true;
if (failed && failures === 0) failures = 1;
console.log(`${passed} passed, ${failures} failed`);
process.exit(failed ? 1 : 0);
