/**
 * Operating it: `npm run db:backup -- FILE` while the real server takes submissions, then a restore
 * as docs/deploy.md says (the copy becomes the database of a server started on it): the copy passes
 * SQLite's integrity check and the restored server publishes the same figures.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lastClosedPeriod } from '../../../src/core/quarters.ts';
import { periodOf } from '../../../src/core/sync.ts';
import { openDb } from '../../../src/server/db.ts';
import { seedDemonstration } from '../../../src/server/demo.ts';
import { readBundled } from '../../../src/server/questionnaires.ts';
import { startServer } from '../../support/server.ts';
import { body, makeSubmission } from '../../support/sync.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('backup and restore', () => {
  it('a backup taken under load restores to a server with an intact database and the same published figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diapason-backup-'));
    const file = join(dir, 'live.sqlite');
    const db = openDb(file);
    seedDemonstration(db, readBundled(), new Date(), { organizations: 60 });
    db.close();

    const live = await startServer({ db: file, logName: 'backup-live', env: { DIAPASON_RATE_LIMIT: '0' } });
    const version = readBundled().versions.filter((v) => v.questionnaireId === 'cqm-maturite').at(-1)!;
    const peers = `/api/v1/aggregates?questionnaireId=cqm-maturite&version=${version.version}&period=${periodOf(new Date().toISOString())}`;
    const backup = join(dir, 'backup.sqlite');
    let published: string;
    try {
      published = await (await fetch(live.url + peers)).text();
      expect(JSON.parse(published)).toMatchObject({ publishedPeriod: lastClosedPeriod(new Date()), demonstration: true });
      // Submissions keep arriving while the backup runs.
      let sending = true;
      let acknowledged = 0;
      const load = (async () => {
        while (sending) {
          const submission = makeSubmission({ version: version.version, period: periodOf(new Date().toISOString()), scores: { [version.dimensions[0]!]: 3 } });
          const res = await fetch(`${live.url}/api/v1/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(submission) });
          if (res.status === 201) acknowledged++;
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/db-backup.ts'), backup], {
        cwd: ROOT,
        env: { ...process.env, DIAPASON_DB: file },
        encoding: 'utf8',
      });
      sending = false;
      await load;
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/integrity ok/);
      expect(acknowledged).toBeGreaterThan(0);
    } finally {
      await live.stop();
    }

    // Restore: the copy becomes the database of a new server.
    const restoredFile = join(dir, 'restored.sqlite');
    copyFileSync(backup, restoredFile);
    const check = new Database(restoredFile, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const restored = await startServer({ db: restoredFile, logName: 'backup-restored' });
    try {
      expect(await (await fetch(restored.url + peers)).text()).toBe(published);
    } finally {
      await restored.stop();
    }
  }, 120_000);
});
