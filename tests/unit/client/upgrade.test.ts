/**
 * Outbox and peers rows of older shapes are upgraded in one place per table (storage/upgrade.ts):
 * when a database of the first schema version opens, and when an old backup is imported. Fixtures
 * are the shapes earlier releases wrote: outbox rows without `version`, peers keyed without it.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { getPeers, listOutbox } from '../../../src/client/storage/sync.ts';
import { normalizeData } from '../../../src/client/storage/backup/format.ts';
import { upgradeOutboxRow, upgradePeersRow } from '../../../src/client/storage/upgrade.ts';
import { body, makeSubmission } from '../../support/sync.ts';
import { SCHEMA_V1 } from '../../support/old-schemas.ts';

const submission = makeSubmission({ version: '2.0.0' });
/** An outbox row as releases before per-family peers queued it: no `version`. */
const oldOutboxRow = {
  id: submission.submissionId,
  kind: 'submission',
  organizationId: 'org-1',
  assessmentId: 'a-1',
  path: '/api/v1/submissions',
  method: 'POST',
  body: body(submission),
  status: 'sent',
  attempts: 1,
  nextAttemptAt: '2026-11-21T12:00:00.000Z',
  createdAt: '2026-11-21T12:00:00.000Z',
  sentAt: '2026-11-21T12:00:01.000Z',
  period: '2026-Q4',
  questionnaireId: 'cqm-maturite',
};
const withdrawal = { ...oldOutboxRow, id: 'withdrawal-0001', kind: 'withdrawal', method: 'DELETE', path: '/api/v1/organizations/x', body: '{}' };
/** Peers as they were cached then: keyed by questionnaire and period, no version or family. */
const oldPeers = { key: 'cqm-maturite:2026-Q4', questionnaireId: 'cqm-maturite', period: '2026-Q4', fetchedAt: '2026-11-21T12:00:02.000Z', cells: [], readiness: [] };
const currentPeers = { ...oldPeers, key: 'cqm-maturite:1.0.0:2026-Q4', version: '1.0.0', family: '1.0.0' };

let n = 0;
async function firstSchemaDatabase(rows: { outbox: object[]; peers: object[] }): Promise<string> {
  const name = `schema-1-${++n}`;
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('outbox').bulkAdd(rows.outbox);
  await old.table('peers').bulkAdd(rows.peers);
  old.close();
  return name;
}

describe('rows of older shapes', () => {
  it('a first-schema database opens with its outbox rows given their version and its version-less peers dropped', async () => {
    const name = await firstSchemaDatabase({ outbox: [oldOutboxRow, withdrawal], peers: [oldPeers, currentPeers] });
    useDatabase(openDatabase(name));
    const rows = await listOutbox();
    expect(rows.find((r) => r.kind === 'submission')).toEqual({ ...oldOutboxRow, version: '2.0.0' });
    // A withdrawal has no version: unchanged.
    expect(rows.find((r) => r.kind === 'withdrawal')).toEqual(withdrawal);
    expect(await getPeers('cqm-maturite', '1.0.0', '2026-Q4')).toEqual(currentPeers);
    const database = openDatabase(name);
    expect(await database.table('peers').count()).toBe(1);
    database.close();
  });

  it('an old backup’s outbox and peers are upgraded the same way on import', () => {
    const data = normalizeData({ outbox: [oldOutboxRow, withdrawal], peers: [oldPeers, currentPeers] });
    expect(data.outbox).toContainEqual({ ...oldOutboxRow, version: '2.0.0' });
    expect(data.outbox).toContainEqual(withdrawal);
    expect(data.peers).toEqual([currentPeers]);
  });

  it('upgrading is idempotent: a row of today’s shape, or an unreadable body, comes back unchanged', () => {
    fc.assert(
      fc.property(fc.record({ kind: fc.constantFrom('submission', 'withdrawal'), body: fc.string(), version: fc.option(fc.string(), { nil: undefined }) }), (row) => {
        const once = upgradeOutboxRow(row);
        expect(upgradeOutboxRow(once)).toEqual(once);
        if (typeof row.version === 'string') expect(once).toBe(row);
      }),
    );
    expect(upgradeOutboxRow({ ...oldOutboxRow, body: 'not json' })).toEqual({ ...oldOutboxRow, body: 'not json' });
    expect(upgradePeersRow(currentPeers)).toBe(currentPeers);
  });
});
