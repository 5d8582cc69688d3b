/**
 * The first screen's reads without Dexie: the same rows as Dexie's reads, nothing created when there
 * is no database, and Dexie in charge whenever the database is not exactly at the app's version.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { OrganizationRow } from '../../../src/client/storage/rows.ts';
import { withAnswers } from '../../../src/client/storage/assessment-answers.ts';

type FirstReads = typeof import('../../../src/client/storage/first-reads.ts');
type Db = typeof import('../../../src/client/storage/db.ts');

// Each test starts from fresh modules: which connection reads is module state.
let reads: FirstReads;
beforeEach(async () => {
  vi.resetModules();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('diapason');
    request.onsuccess = request.onerror = resolve;
  });
  reads = await import('../../../src/client/storage/first-reads.ts');
});
afterEach(async () => {
  // Close whatever each test opened, so the next one can delete the database.
  (await import('../../../src/client/storage/db.ts')).db().close();
});

const names = async () => (await indexedDB.databases()).map((d) => d.name);

/** Writes through Dexie, then closes it: a later start of the app finds these rows. */
async function seed(write: (db: ReturnType<Db['openDatabase']>) => Promise<unknown>) {
  const { openDatabase } = await import('../../../src/client/storage/db.ts');
  const db = openDatabase();
  await write(db);
  db.close();
}

const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
const org = (i: number): OrganizationRow => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Org ${i}`, role: 'producteur', discipline: 'ancienne', region: '06', sizeBand: '0-2', createdAt: at(100 - i), updatedAt: at(100 - i) });

describe('the first screen reads without Dexie', () => {
  it('the app’s schema version is Dexie’s last one', async () => {
    const { openDatabase, SCHEMA_VERSION } = await import('../../../src/client/storage/db.ts');
    const db = openDatabase('version-check');
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('no database: empty lists, no setting, nothing queued, and no database created', async () => {
    expect(await reads.listOrganizations()).toEqual([]);
    expect(await reads.listAssessments('x')).toEqual([]);
    expect(await reads.getSetting('currentOrganizationId', (v): v is string => typeof v === 'string')).toBeUndefined();
    expect(await reads.countQueued()).toBe(0);
    expect(await names()).not.toContain('diapason');
  });

  it('reads the same rows as Dexie, in the same order, unreadable rows left out alike', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 8 }), fc.boolean(), async (ids, broken) => {
        vi.resetModules();
        await new Promise((resolve) => {
          const request = indexedDB.deleteDatabase('diapason');
          request.onsuccess = request.onerror = resolve;
        });
        const fresh: FirstReads = await import('../../../src/client/storage/first-reads.ts');
        await seed(async (db) => {
          await db.organizations.bulkPut(ids.map(org));
          if (broken) await db.organizations.put({ id: 'broken', name: 42 } as never);
          await db.settings.put({ key: 'currentOrganizationId', value: ids[0] ? org(ids[0]).id : 'none' });
          await db.outbox.bulkPut(ids.map((i) => ({ id: `o${i}`, status: i % 2 ? 'queued' : 'sent' })));
        });
        const raw = await fresh.listOrganizations();
        const queued = await fresh.countQueued();
        expect(await names()).toContain('diapason');
        const viaDexie = await import('../../../src/client/storage/organizations.ts');
        const { countQueued } = await import('../../../src/client/storage/outbox-count.ts');
        const { db } = await import('../../../src/client/storage/db.ts');
        expect(raw).toEqual(await viaDexie.listOrganizations());
        expect(raw.map((o) => o.id)).toEqual([...ids].sort((a, b) => b - a).map((i) => org(i).id));
        expect(queued).toBe(await countQueued());
        db().close();
      }),
      { numRuns: 15 },
    );
  });

  it('an older database goes to Dexie, which upgrades it; the rows come back', async () => {
    // A version 4 database (before the inventory): Dexie must add the inventory's stores first.
    const Dexie = (await import('dexie')).default;
    const old = new Dexie('diapason');
    old.version(1).stores({ organizations: 'id', assessments: 'id, organizationId', answers: '[assessmentId+itemId], assessmentId', settings: 'key', roadmapActions: '[assessmentId+actionId], assessmentId', outbox: 'id, status', peers: 'key' });
    old.version(2).stores({});
    old.version(4).stores({ planActions: '[organizationId+actionId], organizationId' });
    await old.table('organizations').put(org(1));
    old.close();
    expect((await reads.listOrganizations()).map((o) => o.name)).toEqual(['Org 1']);
    const { db, SCHEMA_VERSION } = await import('../../../src/client/storage/db.ts');
    expect(db().verno).toBe(SCHEMA_VERSION);
  });

  it('once Dexie has the database, reads go through it: what it wrote is read back at once', async () => {
    const { db } = await import('../../../src/client/storage/db.ts');
    await db().organizations.put(org(3));
    expect((await reads.getOrganization(org(3).id))?.name).toBe('Org 3');
    expect(await reads.getOrganization('missing')).toBeUndefined();
  });

  it('a deep link’s early read is taken once, by the screen of that assessment only', async () => {
    const answer = { assessmentId: 'assessment-1', itemId: 'i1', value: 3, updatedAt: at(2) };
    await seed((db) => db.assessments.put({ id: 'assessment-1', organizationId: org(1).id, questionnaireId: 'cqm-maturite', version: '3.0.0', status: 'in-progress', startedAt: at(1), updatedAt: at(2), answers: [answer, { ...answer, itemId: 'i2', value: 'nonsense' }] } as never));
    reads.readAssessmentEarly('assessment-1');
    expect(reads.takeEarlyRead('assessment-2')).toBeUndefined();
    expect(reads.takeEarlyRead('assessment-1')).toBeUndefined();
    reads.readAssessmentEarly('assessment-1');
    const early = reads.takeEarlyRead('assessment-1');
    // Both from the one record: the row without the answers in it, and the answers the app can read.
    expect(await early?.row).toMatchObject({ id: 'assessment-1', status: 'in-progress' });
    expect(await early?.row).not.toHaveProperty('answers');
    expect(await early?.answers).toEqual([answer]);
  });
  it('an organization’s plan and its assessments’ answers read as Dexie reads them, unreadable rows left out alike', async () => {
    const action = (organizationId: string, actionId: string, i: number) => ({ organizationId, actionId, questionnaireId: 'cqm-maturite', version: '3.0.0', status: i % 2 ? 'in-progress' : 'todo', updatedAt: at(i) });
    const assessment = (id: string, i: number) => ({ id, organizationId: org(1).id, questionnaireId: 'cqm-maturite', version: '3.0.0', status: 'completed', startedAt: at(i), updatedAt: at(i + 1), completedAt: at(i + 1) });
    await seed(async (db) => {
      await db.planActions.bulkPut([action(org(1).id, 'a1', 1), action(org(1).id, 'a2', 2), action(org(2).id, 'a1', 3)] as never);
      await db.planActions.put({ organizationId: org(1).id, actionId: 'broken', status: 'nonsense' } as never);
      await db.assessments.bulkPut(withAnswers([assessment('assessment-2', 20), assessment('assessment-1', 10)], [{ assessmentId: 'assessment-1', itemId: 'i1', value: 3, updatedAt: at(11) }, { assessmentId: 'assessment-1', itemId: 'i2', value: 'nonsense', updatedAt: at(12) }, { assessmentId: 'assessment-2', itemId: 'i1', value: 'dont-know', updatedAt: at(21) }]).records as never);
    });
    const plan = await reads.listPlan(org(1).id);
    const history = await reads.listAssessments(org(1).id);
    const answers = await reads.getAnswers('assessment-1');
    const viaDexie = { plan: await import('../../../src/client/storage/plan.ts'), assessments: await import('../../../src/client/storage/assessments.ts') };
    expect(plan.map((r) => r.actionId).sort()).toEqual(['a1', 'a2']);
    expect(plan).toEqual(await viaDexie.plan.listPlan(org(1).id));
    expect(history.map((r) => r.id)).toEqual(['assessment-1', 'assessment-2']);
    expect(history).toEqual(await viaDexie.assessments.listAssessments(org(1).id));
    expect(answers).toEqual(await viaDexie.assessments.getAnswers('assessment-1'));
    expect(answers.map((a) => a.itemId)).toEqual(['i1']);
    expect(await reads.listPlan('nobody')).toEqual([]);
  });
});
