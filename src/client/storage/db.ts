/**
 * The one Dexie database of Diapason, and the only module that imports Dexie.
 *
 * What is stored where (IndexedDB database "diapason"):
 * - organizations  one row per organization on this laptop: its name (never leaves the laptop) and
 *                  coarse profile (role, discipline, region, size band)
 * - assessments    one row per assessment: organization, questionnaire id and version it is pinned
 *                  to, status, where the person stopped, targets per dimension; and (v7) its answers,
 *                  one per item (chosen level or don't know / not applicable, the optional local
 *                  note, when it was given, whether it still needs confirming), in the same record
 *                  (./assessment-answers.ts); versions 1 to 6 kept one row per (assessment, item) in
 *                  an `answers` store
 * - settings       key/value: consent, last backup, persistent-storage answer...
 * - roadmapActions one row per (assessment, action), as kept before version 4: no longer written,
 *                  kept as it was (version 4 copied it into planActions)
 * - planActions    the organization's plan, one row per (organization, action): status, owner, due
 *                  date, note, pinned or postponed, when it was done; the questionnaire version its
 *                  action id belongs to (core/plan.ts carries it to later versions)
 * - respondents    the people answering one assessment beside each other (version 6): label, optional
 *                  name; none for an assessment answered by one person
 * - respondentAnswers one row per (respondent, item), beside the organization's answer in its assessment,
 *                  which stays what scoring, sync and the plan read (core/respondents.ts)
 * - outbox         sync submissions waiting for the CQM endpoint's acknowledgement
 * - peers          the last published peer aggregates, cached for offline use
 * - dataSources    (v5) the inventory: one card per data source of an organization (never synced)
 * - dataRoles      (v5) the inventory: roles, their skill levels and hours a month (never synced)
 *
 * Schema versions are append-only: never edit a version() block that has shipped; add a new one with
 * its upgrade. Rows read back go through ./rows.ts (zod) before the app trusts them.
 */
import Dexie, { RangeSet, type EntityTable, type IndexableType } from 'dexie';
import { AssessmentRowSchema, RoadmapActionRowSchema, restore, type OrganizationRow, type PlanActionRow, type RoadmapActionRow, type SettingRow } from './rows.ts';
import type { RespondentAnswerRow, RespondentRow } from './respondent-rows.ts';
import { upgradeOutboxRow, upgradePeersRow } from './upgrade.ts';
import type { DataRoleRow, DataSourceRow } from './inventory-rows.ts';
import { planFromRoadmapRows } from '../../core/plan-rows.ts';
import { DB_NAME, SCHEMA_VERSION } from './schema-version.ts';
import { dexieTakesOver } from './first-reads.ts';
import { withAnswers, type StoredAssessment } from './assessment-answers.ts';

export { DB_NAME, SCHEMA_VERSION };

export type DiapasonDb = Dexie & {
  organizations: EntityTable<OrganizationRow, 'id'>;
  assessments: EntityTable<StoredAssessment, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  roadmapActions: Dexie.Table<RoadmapActionRow, [string, string]>;
  planActions: Dexie.Table<PlanActionRow, [string, string]>;
  respondents: EntityTable<RespondentRow, 'id'>;
  respondentAnswers: Dexie.Table<RespondentAnswerRow, [string, string]>;
  outbox: Dexie.Table<Record<string, unknown>, string>;
  peers: Dexie.Table<Record<string, unknown>, string>;
  dataSources: EntityTable<DataSourceRow, 'id'>;
  dataRoles: EntityTable<DataRoleRow, 'id'>;
};

export function openDatabase(name = DB_NAME): DiapasonDb {
  // 'strict' makes Chrome flush to disk before a transaction reports complete: "saved" on screen must
  // survive a crash or a closed lid, not only a reload.
  // No cache for live queries: answers are written to IndexedDB directly (storage/assessments.ts), past
  // Dexie's cache, which would then answer a live query with rows older than the disk's.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', cache: 'disabled' }) as DiapasonDb;
  db.version(1).stores({
    organizations: 'id',
    assessments: 'id, organizationId',
    answers: '[assessmentId+itemId], assessmentId',
    settings: 'key',
    roadmapActions: '[assessmentId+actionId], assessmentId',
    outbox: 'id, status',
    peers: 'key',
  });
  // Version 2: the same stores; outbox and peers rows of older shapes upgraded (./upgrade.ts).
  db.version(2)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table('outbox').toCollection().modify((row: Record<string, unknown>) => {
        Object.assign(row, upgradeOutboxRow(row));
      });
      await tx.table('peers').filter((row: Record<string, unknown>) => upgradePeersRow(row) === undefined).delete();
    });
  // Version 3 was kept for the inventory, which came after version 4 instead: it is never used (Dexie
  // allows the gap).
  // Version 4: the plan belongs to the organization. Each organization's per-assessment roadmap rows
  // become its plan (the row written last per action, with its assessment's version); the old rows
  // stay where they were, so nothing is lost.
  db.version(4)
    .stores({ planActions: '[organizationId+actionId], organizationId' })
    .upgrade(async (tx) => {
      const assessments = restore(AssessmentRowSchema, await tx.table('assessments').toArray(), 'assessments');
      const rows = restore(RoadmapActionRowSchema, await tx.table('roadmapActions').toArray(), 'roadmapActions');
      await tx.table('planActions').bulkPut(planFromRoadmapRows(assessments, rows));
    });
  // Version 5: the inventory of data assets and skills. New tables only: no row of version 4 changes.
  // (Not version 3: a database already at 4 would never get tables added to a lower version.)
  db.version(5).stores({
    dataSources: 'id, organizationId',
    dataRoles: 'id, organizationId',
  });
  // Version 6: several respondents per assessment. New stores only: every assessment so far was
  // answered by one person, whose answers stay the organization's.
  db.version(6).stores({
    respondents: 'id, assessmentId',
    respondentAnswers: '[respondentId+itemId], assessmentId, respondentId',
  });
  // Version 7: an assessment's answers in its own record (./assessment-answers.ts): a backup of
  // thousands of organizations imports in a fraction of the time, and saving an answer writes one
  // record. Every row of `answers` is moved as it was, unreadable ones included, in the upgrade's
  // transaction; the store is removed only after (Dexie deletes a removed store once the upgrade has
  // run), so an upgrade cut short leaves version 6 whole. Answers whose assessment is gone (left by
  // the deletion bug of early releases) were never shown nor exported: they go with their assessment.
  db.version(7)
    .stores({ answers: null })
    .upgrade(async (tx) => {
      const { records, orphans } = withAnswers(await tx.table('assessments').toArray(), await tx.table('answers').toArray());
      await tx.table('assessments').bulkPut(records);
      if (orphans.length) console.warn(`[diapason] ${orphans.length} answers of deleted assessments were not kept`);
    });
  return db;
}

let instance: DiapasonDb | undefined;

/** The app's single connection, opened on first use. */
export function db(): DiapasonDb {
  if (!instance) {
    instance = openDatabase();
    dexieTakesOver();
  }
  return instance;
}

/** Tests swap in a fresh database. */
export function useDatabase(next: DiapasonDb): void {
  instance = next;
  dexieTakesOver();
}

export { liveQuery } from 'dexie';

/**
 * Tells live queries, in this tab and the others, about rows written to IndexedDB directly rather
 * than through Dexie. `parts`: 'table/' for primary keys, 'table/index' for an index's keys.
 */
export function announceWrites(database: DiapasonDb, parts: Record<string, IndexableType[]>): void {
  Dexie.on.storagemutated.fire(
    Object.fromEntries(Object.entries(parts).map(([part, keys]) => [`idb://${database.name}/${part}`, new RangeSet().addKeys(keys)])),
  );
}
