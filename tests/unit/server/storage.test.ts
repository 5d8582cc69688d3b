/**
 * The endpoint's storage: migrations, the group commit, retention. Through the modules, not HTTP.
 */
import { describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations, openDb } from '../../../src/server/db.ts';
import { Writer, runBatch } from '../../../src/server/writer.ts';
import { sha256Hex } from '../../../src/server/store.ts';
import { createEndpoint } from '../../../src/server/app.ts';
import { silentLogger } from '../../../src/server/log.ts';
import { body, makeSubmission } from '../../support/sync.ts';

// Real commits to database files (fsync) and worker threads: on a busy machine they take seconds.
vi.setConfig({ testTimeout: 30_000 });

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'diapason-store-')), 'db.sqlite');

describe('migrations', () => {
  it('bring a new database to the newest schema, in WAL mode with synchronous = FULL', () => {
    const db = openDb(tempDb());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations().at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL: a commit returns once it is on disk.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    // Rarer checkpoints than SQLite's 1,000 pages (db.ts says why).
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(16000);
    db.close();
  });

  it('are numbered 001, 002… without gaps, and a shipped one is never edited', () => {
    const all = migrations();
    expect(all.map((m) => m.version)).toEqual(all.map((_, i) => i + 1));
    // Fingerprints of shipped migrations: a change here means a database in the field would differ
    // from a new one. Add a migration instead.
    const shipped: Record<string, string> = {
      '001-submissions.sql': 'fd6e66f7d40796495206030c6bff814de580b0e7ecfc935ec23fe7823000119e',
    };
    for (const [name, hash] of Object.entries(shipped)) {
      const migration = all.find((m) => m.name === name)!;
      expect(createHash('sha256').update(migration.sql).digest('hex'), name).toBe(hash);
    }
  });

  it('apply only the newer ones to an existing database, and refuse a database from a newer server', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diapason-migrations-'));
    const file = join(dir, 'db.sqlite');
    writeFileSync(join(dir, '001-first.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
    openDb(file, dir).close();
    writeFileSync(join(dir, '002-second.sql'), 'CREATE TABLE b (y INTEGER) STRICT;');
    const db = openDb(file, dir);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const raw = new Database(file);
    raw.pragma('user_version = 9');
    raw.close();
    expect(() => openDb(file, dir)).toThrow(/newer than this server/);
  });
});

describe('the writers (group commit)', () => {
  it('settle a write only once another connection can read it, batching those of one turn', async () => {
    const file = tempDb();
    openDb(file).close();
    let changes = 0;
    const writer = new Writer(openDb(file), () => changes++);
    const reader = new Database(file, { readonly: true });
    const seen: number[] = [];
    const submissions = [makeSubmission(), makeSubmission(), makeSubmission()];
    const writes = submissions.map((s) =>
      writer.submit(s, sha256Hex(body(s)), '2026-11-21').then((outcome) => {
        expect(outcome.kind).toBe('stored');
        seen.push(reader.prepare('SELECT count(*) FROM submissions').pluck().get() as number);
      }),
    );
    await Promise.all(writes);
    // Each caller heard back only after all three were committed: one transaction for the batch.
    expect(seen).toEqual([3, 3, 3]);
    expect(changes).toBe(1);
    reader.close();
    await writer.close();
  });

  it('what arrives during a commit goes to the database before that commit’s callers are answered', async () => {
    /** A writer whose commits finish when the test says, recording what happened in which order. */
    const events: string[] = [];
    const finish: (() => void)[] = [];
    class ManualWriter extends Writer {
      protected override commit(ops: Parameters<Writer['commit']>[0]) {
        events.push(`commit ${ops.length}`);
        const done = super.commit(ops);
        return new Promise<Awaited<typeof done>>((resolve) => finish.push(() => resolve(done)));
      }
    }
    const writer = new ManualWriter(openDb(':memory:'), () => {});
    const submit = (label: string) => {
      const s = makeSubmission();
      return writer.submit(s, sha256Hex(body(s)), '2026-11-21').then(() => events.push(`answered ${label}`));
    };
    const first = [submit('a'), submit('b')];
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['commit 2']);
    // Two more arrive while the first batch commits: they wait for it, then go together.
    const second = [submit('c'), submit('d')];
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['commit 2']);
    finish.shift()!();
    await Promise.all(first);
    expect(events).toEqual(['commit 2', 'commit 2', 'answered a', 'answered b']);
    finish.shift()!();
    await Promise.all(second);
    expect(events.slice(4)).toEqual(['answered c', 'answered d']);
    expect(finish).toHaveLength(0);
    await writer.close();
  });

  it('with a file, a thread of its own copies the log into the database file, outside any commit', async () => {
    const file = tempDb();
    openDb(file).close();
    const before = statSync(file).size;
    const writer = new Writer(openDb(file), () => {});
    // About 1,500 pages of log: far below the automatic checkpoint's 16,000, so only the thread copies them.
    const submissions = Array.from({ length: 300 }, () => makeSubmission());
    await Promise.all(submissions.map((s) => writer.submit(s, sha256Hex(body(s)), '2026-11-21')));
    const deadline = Date.now() + 5_000;
    while (statSync(file).size === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statSync(file).size).toBeGreaterThan(before);
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM submissions').pluck().get()).toBe(300);
    reader.close();
    await writer.close();
  });

  it('a write that throws is undone alone; the others of the batch commit', () => {
    const db = openDb(tempDb());
    db.exec('CREATE TABLE t (x INTEGER UNIQUE)');
    const insert = (x: number) => () => db.prepare('INSERT INTO t VALUES (?)').run(x).changes;
    const settled = runBatch(db, [insert(1), insert(1), insert(2)]);
    expect(settled.map((s) => s.ok)).toEqual([true, false, true]);
    expect(settled[1]).toMatchObject({ ok: false, error: expect.stringMatching(/UNIQUE/) });
    expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 2]);
  });
});

describe('retention', () => {
  it('deletes submissions older than the retention period, and what only they referred to', async () => {
    const db = openDb(tempDb());
    // Each submission sent while its quarter was open; the purge runs on 2026-11-21.
    let clock = new Date();
    const { app, purgeExpired, close } = createEndpoint({
      db,
      log: silentLogger,
      settings: { retentionYears: 5, rateLimitPerMinute: 0 },
      now: () => clock,
    });
    for (const [period, day] of [['2021-Q3', '2021-08-01'], ['2021-Q4', '2021-11-01'], ['2026-Q4', '2026-11-21']] as const) {
      clock = new Date(`${day}T12:00:00Z`);
      const res = await app.request('/api/v1/submissions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(makeSubmission({ period })) });
      expect(res.status).toBe(201);
    }
    expect(await purgeExpired()).toBe(1);
    expect(db.prepare('SELECT period FROM submissions ORDER BY period').pluck().all()).toEqual(['2021-Q4', '2026-Q4']);
    expect(db.prepare('SELECT count(*) FROM organizations').pluck().get()).toBe(2);
    await close();
  });
});
