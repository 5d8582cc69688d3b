/**
 * Databases written by earlier releases (tests/fixtures/databases, made by running those releases)
 * open in the current version without losing or changing a row, and opening them again changes
 * nothing. A new Dexie version must keep these green: that is what "append-only" protects.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { listOrganizations } from '../../../src/client/storage/organizations.ts';
import { getAnswers, listAssessments } from '../../../src/client/storage/assessments.ts';
import { checkImport, exportBackup } from '../../../src/client/storage/backup/backup.ts';
import { readBackup } from '../../../src/client/storage/backup/format.ts';
import { dumpIndexedDb, restoreIndexedDb, type DatabaseDump } from '../../support/idb-dump.ts';
import { bundledItems } from '../../support/questionnaires.ts';
import { listPlan } from '../../../src/client/storage/plan.ts';
import { withoutAnswers } from '../../../src/client/storage/assessment-answers.ts';
import { planFromRoadmapRows, type LegacyRoadmapRow } from '../../../src/core/plan.ts';

const DIR = new URL('../../fixtures/databases/', import.meta.url);
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as { databases: DatabaseDump[]; madeBy: { commit: string } }] as const);

let n = 0;
/** Restores the fixture's "diapason" database under a fresh name, as the release left it. */
async function restore(dump: DatabaseDump): Promise<string> {
  const name = `legacy-${++n}`;
  await restoreIndexedDb({ ...dump, name });
  return name;
}

const rowsOf = (dump: DatabaseDump) => Object.fromEntries(dump.stores.map((s) => [s.name, s.rows]));

describe.each(fixtures)('legacy database %s', (_file, fixture) => {
  const legacy = fixture.databases.find((d) => d.name === 'diapason');
  if (!legacy) throw new Error('the fixture has no "diapason" database');

  it('was really written by an earlier release: its stores and rows are there', () => {
    expect(legacy.version).toBeGreaterThan(0);
    expect(legacy.stores.find((s) => s.name === 'answers')?.rows.length).toBeGreaterThan(0);
  });

  it('opens in the current version with every row unchanged, and every row readable by the app', async () => {
    const name = await restore(legacy);
    const database = openDatabase(name);
    useDatabase(database);
    await database.open();
    expect(database.verno * 10).toBeGreaterThanOrEqual(legacy.version);

    // Every store and index the release created still exists, with the same key paths, but for the
    // answers: version 7 keeps them in their assessment's record (storage/assessment-answers.ts).
    const opened = await dumpIndexedDb(name);
    expect(opened.stores.map((s) => s.name)).not.toContain('answers');
    for (const store of legacy.stores.filter((s) => s.name !== 'answers')) {
      const now = opened.stores.find((s) => s.name === store.name);
      expect(now?.keyPath, store.name).toEqual(store.keyPath);
      for (const index of store.indexes) expect(now?.indexes, store.name).toContainEqual(index);
    }
    // No row lost or changed (a future upgrade that reshapes rows must update this comparison, not drop it):
    // the assessments as they were, and every answer in its assessment's record, as it was, in the
    // order the release kept them.
    const { answers: legacyAnswers = [], ...legacyRows } = rowsOf(legacy);
    const { assessments: openedAssessments, answers: openedAnswers } = withoutAnswers((rowsOf(opened).assessments ?? []) as Record<string, unknown>[]);
    expect(Object.fromEntries(Object.entries({ ...rowsOf(opened), assessments: openedAssessments }).filter(([store]) => store in legacyRows))).toEqual(legacyRows);
    expect(openedAnswers).toEqual(legacyAnswers);
    for (const record of (rowsOf(opened).assessments ?? []) as { id: string; answers?: { assessmentId: string }[] }[]) {
      expect((record.answers ?? []).every((a) => a.assessmentId === record.id)).toBe(true);
    }
    // Version 4 (the plan belongs to the organization): every organization's roadmap rows became its
    // plan, the row written last per action, with its assessment's version.
    if (legacy.version < 20) {
      const expected = planFromRoadmapRows(
        (legacyRows.assessments ?? []) as { id: string; organizationId: string; questionnaireId: string; version: string }[],
        (legacyRows.roadmapActions ?? []) as LegacyRoadmapRow[],
      );
      expect(rowsOf(opened).planActions).toEqual(expected);
      const organizationIds = new Set(expected.map((r) => r.organizationId));
      const readBack = (await Promise.all([...organizationIds].map((id) => listPlan(id)))).flat();
      expect(readBack).toHaveLength(expected.length);
    }
    // Version 5 (the inventory): its stores start empty.
    for (const store of ['dataSources', 'dataRoles']) if (!(store in legacyRows)) expect(rowsOf(opened)[store], store).toEqual([]);

    // And the app reads every one of them: restore() skips nothing.
    const organizations = await listOrganizations();
    expect(organizations).toHaveLength(rowsOf(legacy).organizations?.length ?? 0);
    let assessments = 0;
    let answers = 0;
    for (const org of organizations) {
      const list = await listAssessments(org.id);
      assessments += list.length;
      for (const a of list) answers += (await getAnswers(a.id)).length;
    }
    expect(assessments).toBe(rowsOf(legacy).assessments?.length);
    expect(answers).toBe(legacyAnswers.length);
    database.close();
  });

  it('opening (and so upgrading) it twice changes nothing', async () => {
    const name = await restore(legacy);
    const first = openDatabase(name);
    await first.open();
    first.close();
    const afterOnce = await dumpIndexedDb(name);
    const second = openDatabase(name);
    await second.open();
    second.close();
    expect(await dumpIndexedDb(name)).toEqual(afterOnce);
    // The same release's database upgraded elsewhere ends the same.
    const other = await restore(legacy);
    const third = openDatabase(other);
    await third.open();
    third.close();
    expect({ ...(await dumpIndexedDb(other)), name }).toEqual(afterOnce);
  });

  it('exports every row to a backup that reads back whole (format, checksum, row schemas)', async () => {
    const name = await restore(legacy);
    const database = openDatabase(name);
    useDatabase(database);
    const exported = await exportBackup({ appVersion: 'test', now: new Date('2026-01-01T00:00:00Z') });
    const read = await readBackup(exported.text);
    if (!read.ok) throw new Error(read.problem.kind);
    for (const table of ['organizations', 'assessments', 'answers'] as const) {
      expect(read.backup.data[table].length, table).toBe(rowsOf(legacy)[table]?.length);
    }
    // The walking skeleton shipped a 12-item preview as cqm-maturite 1.0.0; the model that replaced it
    // under the same version number has other item ids, so the reference check refuses to import these
    // answers into this version. Kept visible here until that history is settled.
    const checked = await checkImport(exported.text, bundledItems);
    const skeleton = fixture.madeBy.commit.startsWith('674846e');
    expect(checked.ok ? 'accepted' : checked.problem.kind).toBe(skeleton ? 'unknown-item' : 'accepted');
    expect(read.backup.data.planActions).toEqual(rowsOf(await dumpIndexedDb(name)).planActions);
    database.close();
  });
});
