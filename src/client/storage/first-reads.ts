/**
 * What the first screen reads (the organizations, the current one's assessments, a few settings, the
 * outbox's length, a deep link's assessment, its history and plan), read straight from IndexedDB,
 * without Dexie.
 *
 * Why: Dexie is a third of the first screen's bytes, and the first screen only reads. So the first
 * screen draws from these reads while Dexie loads after it, with the first write or the next screen.
 * A screen opened directly (a deep link, a reload) reads its data here too, and only then starts
 * Dexie's live queries, which cost far more main thread than these plain reads. Once Dexie has
 * opened the database (`dexieTakesOver`, called by db.ts), every read goes through it again: one
 * connection, and Dexie's handling of a lost one.
 *
 * Only a database exactly at the app's schema version is read here. A missing database reads as
 * empty, and is not created (its creation is Dexie's, with the schema). An older one (an upgrade to
 * run) or a newer one (an older app) goes to Dexie, which upgrades it or refuses it as before.
 * Rows go through the same schemas (./rows.ts) as Dexie's reads.
 */
import { AssessmentRowSchema, OrganizationRowSchema, PlanActionRowSchema, assessmentsInOrder, organizationsInOrder, restore, type AnswerRow, type AssessmentRow, type OrganizationRow, type PlanActionRow } from './rows.ts';
import { DB_NAME, SCHEMA_VERSION } from './schema-version.ts';
import { answersOfRecord } from './assessment-answers.ts';

/** Dexie stores schema version n as IndexedDB version 10 n. */
const IDB_VERSION = SCHEMA_VERSION * 10;

let dexieOpened = false;
let connection: Promise<IDBDatabase | 'none' | 'dexie'> | undefined;

/** Dexie has the database from now on: reads go through it, and this module's connection closes. */
export function dexieTakesOver(): void {
  dexieOpened = true;
  const open = connection;
  connection = undefined;
  void open?.then((db) => typeof db === 'object' && db.close());
}

/** The raw connection; 'none' when there is no database yet, 'dexie' when Dexie must open it. */
function raw(): Promise<IDBDatabase | 'none' | 'dexie'> {
  if (dexieOpened || typeof indexedDB === 'undefined') return Promise.resolve('dexie');
  connection ??= new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME);
    } catch {
      resolve('dexie');
      return;
    }
    let missing = false;
    request.onupgradeneeded = () => {
      // No database: abort, so none is created (an aborted first upgrade leaves no database behind).
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      if (db.version !== IDB_VERSION) {
        db.close();
        resolve('dexie');
        return;
      }
      // Never stand in the way of an upgrade or of "delete all my data" in this tab or another.
      db.onversionchange = () => {
        db.close();
        connection = undefined;
      };
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(missing ? 'none' : 'dexie');
    };
    request.onblocked = () => resolve('dexie');
  });
  return connection;
}

/** What `read` answers when this module cannot read and Dexie must. */
const DEXIE = Symbol('dexie');

/** One read-only request on one store; `empty` when there is no database. */
async function read<T>(store: string, ask: (s: IDBObjectStore) => IDBRequest<T>, empty: T): Promise<T | typeof DEXIE> {
  const db = await raw();
  if (db === 'dexie') return DEXIE;
  if (db === 'none') return empty;
  return new Promise<T | typeof DEXIE>((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(store, 'readonly');
    } catch {
      // Closed under us (a version change): Dexie reads it instead.
      resolve(DEXIE);
      return;
    }
    const request = ask(tx.objectStore(store));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`reading ${store} failed`));
  });
}

const storage = {
  organizations: () => import('./organizations.ts'),
  assessments: () => import('./assessments.ts'),
  settings: () => import('./settings.ts'),
  outbox: () => import('./outbox-count.ts'),
  plan: () => import('./plan.ts'),
};

export async function listOrganizations(): Promise<OrganizationRow[]> {
  const rows = await read<unknown[]>('organizations', (s) => s.getAll(), []);
  if (rows === DEXIE) return (await storage.organizations()).listOrganizations();
  return organizationsInOrder(rows);
}

/** One organization, or undefined if there is none by that id (or its row cannot be read). */
export async function getOrganization(id: string): Promise<OrganizationRow | undefined> {
  const row = await read<unknown>('organizations', (s) => s.get(id), undefined);
  if (row === DEXIE) return (await storage.organizations()).getOrganization(id);
  return row ? restore(OrganizationRowSchema, [row], 'organizations')[0] : undefined;
}

export async function listAssessments(organizationId: string): Promise<AssessmentRow[]> {
  const rows = await read<unknown[]>('assessments', (s) => s.index('organizationId').getAll(organizationId), []);
  if (rows === DEXIE) return (await storage.assessments()).listAssessments(organizationId);
  return assessmentsInOrder(rows);
}

/** An assessment's stored record: its row and its answers (./assessment-answers.ts). */
type RecordRead = Promise<{ answers?: unknown } | undefined | typeof DEXIE>;
const readRecord = (id: string): RecordRead => read<{ answers?: unknown } | undefined>('assessments', (s) => s.get(id), undefined);

/** The assessment's row, from a read of its record. */
async function rowOf(id: string, record: RecordRead): Promise<AssessmentRow | undefined> {
  const r = await record;
  if (r === DEXIE) return (await storage.assessments()).getAssessment(id);
  return r ? restore(AssessmentRowSchema, [r], 'assessments')[0] : undefined;
}

/** The assessment's readable answers, from a read of its record. */
async function answersOf(id: string, record: RecordRead): Promise<AnswerRow[]> {
  const r = await record;
  return r === DEXIE ? (await storage.assessments()).getAnswers(id) : answersOfRecord(r);
}

export const getAssessment = (id: string): Promise<AssessmentRow | undefined> => rowOf(id, readRecord(id));

export const getAnswers = (assessmentId: string): Promise<AnswerRow[]> => answersOf(assessmentId, readRecord(assessmentId));

/** The organization's plan (storage/plan.ts): read by the result, the plan and the path as they open. */
export async function listPlan(organizationId: string): Promise<PlanActionRow[]> {
  const rows = await read<unknown[]>('planActions', (s) => s.index('organizationId').getAll(organizationId), []);
  if (rows === DEXIE) return (await storage.plan()).listPlan(organizationId);
  return restore(PlanActionRowSchema, rows, 'planActions');
}

export async function countAnswered(assessmentId: string): Promise<number> {
  return (await getAnswers(assessmentId)).filter((a) => a.value !== undefined).length;
}

export async function getSetting<T>(key: string, guard: (value: unknown) => value is T): Promise<T | undefined> {
  const row = await read<{ value?: unknown } | undefined>('settings', (s) => s.get(key), undefined);
  if (row === DEXIE) return (await storage.settings()).getSetting(key, guard);
  return row && guard(row.value) ? (row.value as T) : undefined;
}

/**
 * A setting written from a state the first screen builds: the write is Dexie's, so its code loads
 * with this first write, and not with the first screen.
 */
export async function putSetting(key: string, value: unknown): Promise<void> {
  await (await storage.settings()).putSetting(key, value);
}

/** How many requests wait in the sync outbox. */
export async function countQueued(): Promise<number> {
  const n = await read<number>('outbox', (s) => s.index('status').count('queued'), 0);
  return n === DEXIE ? (await storage.outbox()).countQueued() : n;
}

let early: { id: string; row: Promise<AssessmentRow | undefined>; answers: Promise<AnswerRow[]> } | undefined;

/**
 * Starts reading one assessment's row and answers before its screen exists (a deep link, while the
 * app's code loads). Only the first screen to load an assessment can take them (`takeEarlyRead`),
 * so a later screen never gets a read older than its own arrival.
 */
export function readAssessmentEarly(id: string): void {
  // One read of the assessment's record, which holds its answers.
  const record = readRecord(id);
  const row = rowOf(id, record);
  const answers = answersOf(id, record);
  // Awaited by the screen, which reports failures.
  row.catch(() => undefined);
  answers.catch(() => undefined);
  early = { id, row, answers };
}

/** The early reads of `id`, if they were started; later calls get nothing. */
export function takeEarlyRead(id: string): { row: Promise<AssessmentRow | undefined>; answers: Promise<AnswerRow[]> } | undefined {
  const taken = early;
  early = undefined;
  return taken?.id === id ? taken : undefined;
}
