import { App } from '../tests/e2e/pages/app.ts';
import { launchBrowser, startServer } from './lib.mjs';
import { writeFileSync } from 'node:fs';
const server = await startServer(4391);
const browser = await launchBrowser();
const page = await browser.newPage({ locale: 'fr-CA' });
const app = new App(page);
await app.open('http://127.0.0.1:4391/');
await app.createOrganization();
const radios = app.questionnaire.radios(app.questionnaire.question(1));
await radios.first().waitFor();
for (let i = 0; i < 5; i++) { await radios.nth(i % 5).click(); await page.waitForTimeout(50); }
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const before = await page.evaluate(() => performance.getEntriesByName('diapason:answer-save').length);
await radios.evaluateAll(async (inputs, n) => {
    for (let i = 0; i < n; i++) {
      const before = performance.getEntriesByName('diapason:answer-save').length;
      (inputs[i % inputs.length] as HTMLInputElement).click();
      while (performance.getEntriesByName('diapason:answer-save').length === before) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve, { timeout: 500 }), 100));
    }
  }, 40);
const { profile } = await cdp.send('Profiler.stop');
const durations = await page.evaluate(() => performance.getEntriesByName('diapason:answer-save').map((e) => e.duration));
const marks = await page.evaluate(() => ['x:start','x:tx-start','x:reads','x:puts','x:end'].map((n) => performance.getEntriesByName(n).map((e) => e.startTime)));
const k = marks[0].length; const phase = (a, b) => { const d = []; for (let i = 5; i < k; i++) d.push(marks[b][i] - marks[a][i]); d.sort((x, y) => x - y); return d[d.length >> 1].toFixed(2); };
console.log('start→tx', phase(0,1), 'tx→reads', phase(1,2), 'reads→puts', phase(2,3), 'puts→end(commit)', phase(3,4));
writeFileSync('/tmp/prof/save.cpuprofile', JSON.stringify(profile));
console.log('durations', durations.slice(5).map((d) => d.toFixed(1)).join(' '));
// self time by function
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]); const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms ${k}`).join('\n'));
await browser.close();
server.stop();
process.exit(0);
