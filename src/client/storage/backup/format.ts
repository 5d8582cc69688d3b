/**
 * The backup file: everything Diapason keeps on this laptop, as one JSON file a person can move to
 * another laptop. No Dexie here: building, reading and checking a file are plain functions, so the
 * hostile-file tests run them directly.
 *
 * {
 *   "format": "diapason-backup", "formatVersion": 5, "appVersion": "0.1.0",
 *   "exportedAt": "2026-…Z", "checksum": "sha256:…",
 *   "data": { "organizations": […], "assessments": […], "answers": […], "settings": […],
 *             "roadmapActions": […], "planActions": […], "outbox": […], "peers": […],
 *             "dataSources": […], "dataRoles": […], "respondents": […], "respondentAnswers": […] }
 * }
 *
 * Format versions, each read as it was written (its own tables, its checksum, its rows), then upgraded
 * step by step (UPGRADE_STEPS):
 * - 1: the first.
 * - 2: 1 and the inventory of data assets and skills (`dataSources`, `dataRoles`), as written before
 *   the plan moved to the organization.
 * - 3: 1 and `planActions` (before it, the plan belonged to each assessment: an older file's plan is
 *   made from its roadmap rows exactly as the database's version 4 upgrade does, core/plan.ts
 *   planFromRoadmapRows).
 * - 4: 3 and the inventory. A file without an inventory (1, 3) gets empty inventory tables.
 * - 5: 4 and several respondents per assessment (`respondents`, `respondentAnswers`,
 *   core/respondents.ts): every assessment of an older file was answered by one person, so it imports
 *   with none.
 *
 * The checksum is SHA-256 over the canonical JSON (keys sorted, no spaces) of the file without its
 * `checksum` field. The file is written in a fixed order (rows sorted by key, keys sorted), so the same
 * data exported at the same moment always gives the same bytes.
 *
 * The checksum has no key, on purpose: anyone can recompute it, so it only catches accidents (a file
 * cut short, damaged on a USB key, edited by mistake), never a deliberate edit. A keyed signature would
 * need a secret the laptop could not keep from its own user. What protects the database is that every
 * field read is validated as if the file were hostile: the rows' schemas (dates included: a real ISO
 * date in a plausible range), references, sizes and keys.
 *
 * Reading is defensive, cheapest checks first: size, nesting depth (before JSON.parse), JSON syntax,
 * keys that could reach an object's prototype, the envelope and its format version, the checksum, the
 * export date, every row against its schema, and finally references (rows pointing at rows, answers at
 * questionnaire items). Rows whose owner is not in the file are left out (`withoutOrphans`), not refused.
 */
import { z } from 'zod/mini';
import type { QuestionnaireRef } from '../../../core/questionnaire/schema.ts';
import {
  AnswerRowSchema,
  AssessmentRowSchema,
  isPlausibleTimestamp,
  OrganizationRowSchema,
  PlanActionRowSchema,
  RoadmapActionRowSchema,
  SettingRowSchema,
  Timestamp,
} from '../rows.ts';
import { RespondentAnswerRowSchema, RespondentRowSchema } from '../respondent-rows.ts';
import { planFromRoadmapRows, type LegacyRoadmapRow } from '../../../core/plan.ts';
import { DataRoleRowSchema, DataSourceRowSchema } from '../inventory-rows.ts';
import { sha256Hex } from '../../hash.ts';
import { upgradeRows } from '../upgrade.ts';
import { quickCheck } from './quick-check.ts';

export const BACKUP_FORMAT = 'diapason-backup';
export const BACKUP_FORMAT_VERSION = 5;
/** The oldest format this app still reads (and upgrades). */
export const OLDEST_FORMAT_VERSION = 1;
/**
 * The most a backup may weigh, checked before the file is read. A federation keeps its members on one
 * laptop: an organization with one complete assessment of questionnaire 3.0.0 weighs about 10.7 KB, so
 * 5,000 of them about 51 MB (20 MB, the former limit, refused them). 128 MB holds those 5,000
 * organizations with two complete assessments each; a file beyond it is far more likely a video or an
 * archive chosen by mistake, and reading it would leave the page short of memory half-way through the
 * preview, which tells the person nothing. The refusal says the limit and what it holds.
 */
export const MAX_BACKUP_BYTES = 128 * 1024 * 1024;
/** How many organizations, each with two complete assessments, MAX_BACKUP_BYTES holds (for the refusal). */
export const MAX_BACKUP_ORGANIZATIONS = 5_000;
/** The format itself nests 6 levels deep; settings values get some room. */
export const MAX_BACKUP_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const TABLES = ['organizations', 'assessments', 'answers', 'settings', 'roadmapActions', 'planActions', 'outbox', 'peers', 'dataSources', 'dataRoles', 'respondents', 'respondentAnswers'] as const;
export type TableName = (typeof TABLES)[number];
const INVENTORY_TABLES: readonly TableName[] = ['dataSources', 'dataRoles'];
const RESPONDENT_TABLES: readonly TableName[] = ['respondents', 'respondentAnswers'];
/** The tables of a format 1 file. */
const TABLES_V1 = TABLES.filter((t) => t !== 'planActions' && !INVENTORY_TABLES.includes(t) && !RESPONDENT_TABLES.includes(t));
/** Format 2: 1 and the inventory. */
const TABLES_V2 = [...TABLES_V1, ...INVENTORY_TABLES];
/** Format 4: 3 and the inventory (format 5 added the respondents). */
const TABLES_V4 = TABLES.filter((t) => !RESPONDENT_TABLES.includes(t));
/** Format 3: 1 and the plan. */
const TABLES_V3 = TABLES_V4.filter((t) => !INVENTORY_TABLES.includes(t));

/** Settings that describe this browser, not the organization's data: never exported or imported. */
// The keys of state/persistence.svelte.ts and storage/settings.ts LAST_BACKUP_KEY (kept literal here so
// this module stays free of Dexie).
export const DEVICE_SETTINGS: readonly string[] = ['persistentStorageAsked', 'lastBackupAt'];

type Row = Record<string, unknown>;
export type BackupData = Record<TableName, Row[]>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  checksum: string;
  data: BackupData;
}

/** Why a file was refused; each kind has a sentence in French and English (i18n/backup.ts). */
export type BackupProblem =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'too-deep'; limit: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'forbidden-key'; key: string }
  | { kind: 'not-a-backup' }
  | { kind: 'newer-format'; version: number }
  | { kind: 'unknown-format'; version: string }
  | { kind: 'checksum-mismatch' }
  | { kind: 'invalid-export-date' }
  | { kind: 'invalid-row'; table: string; index: number; field: string }
  | { kind: 'duplicate-row'; table: string; key: string }
  | { kind: 'missing-organization'; assessmentId: string }
  | { kind: 'missing-assessment'; table: string; assessmentId: string }
  | { kind: 'missing-plan-organization'; organizationId: string }
  | { kind: 'missing-inventory-organization'; table: string; id: string }
  | { kind: 'unknown-questionnaire'; questionnaireId: string; version: string }
  | { kind: 'unknown-item'; itemId: string; version: string };

export type ReadResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

// ---- Keys and order ----

/** Each table's primary key, as Dexie declares it in db.ts. */
export const PRIMARY_KEYS: Record<TableName, readonly string[]> = {
  organizations: ['id'],
  assessments: ['id'],
  answers: ['assessmentId', 'itemId'],
  settings: ['key'],
  roadmapActions: ['assessmentId', 'actionId'],
  planActions: ['organizationId', 'actionId'],
  respondents: ['id'],
  respondentAnswers: ['respondentId', 'itemId'],
  outbox: ['id'],
  peers: ['key'],
  dataSources: ['id'],
  dataRoles: ['id'],
};

export function rowKey(table: TableName, row: Row): string {
  return PRIMARY_KEYS[table].map((k) => String(row[k])).join('\u0000');
}

/**
 * The value with every object's keys sorted. A plain object whose keys are already in order, and whose
 * values need no change, is returned as it is rather than copied: a file Diapason wrote is sorted
 * throughout, so checking it copies only its envelope (copying every row of a 5,000-organization file
 * cost a third of its preview).
 */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const sorted = sortKeys(item);
      if (sorted !== item) (out ??= value.slice())[i] = sorted;
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    const record = value as Row;
    const keys = Object.keys(record);
    // Only a plain object stands for itself in JSON: anything else (a Date's toJSON) is copied as before.
    let same = Object.getPrototypeOf(record) === Object.prototype;
    for (let i = 1; same && i < keys.length; i++) same = keys[i - 1]! < keys[i]!;
    const values = keys.map((key) => {
      const sorted = sortKeys(record[key]);
      if (sorted !== record[key]) same = false;
      return sorted;
    });
    if (same) return value;
    const out: Row = {};
    const order = keys.map((key, i) => [key, values[i]] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // defineProperty, not assignment: a key named "__proto__" must stay a key, never a prototype.
    for (const [key, sorted] of order) Object.defineProperty(out, key, { value: sorted, enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** JSON with every object's keys sorted: the form the checksum is computed on. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

export { sha256Hex };

function checksumInput(file: object): string {
  const { checksum: _ignored, ...rest } = file as Backup;
  return canonicalJson(rest);
}

/** The `checksum` a file with these fields must carry (its own `checksum` field is left out). */
export async function checksumOf(file: object): Promise<string> {
  return `sha256:${await sha256Hex(checksumInput(file))}`;
}

/** Rows in key order, device settings left out. */
export function normalizeData(data: Partial<BackupData>): BackupData {
  const out = {} as BackupData;
  for (const table of TABLES) {
    // Rows of older shapes (an old backup's outbox and peers) are upgraded as the database upgrades them.
    let rows = upgradeRows(table, data[table] ?? []);
    if (table === 'settings') rows = rows.filter((r) => !DEVICE_SETTINGS.includes(String(r.key)));
    out[table] = inKeyOrder(table, rows);
  }
  return out;
}

/**
 * The rows sorted by key (a stable sort: rows of equal keys keep their order), each key made once. A
 * file Diapason wrote is in order already: checked in one pass, not sorted again.
 */
function inKeyOrder(table: TableName, rows: Row[]): Row[] {
  const keys = rows.map((row) => rowKey(table, row));
  let ordered = true;
  for (let i = 1; ordered && i < keys.length; i++) ordered = keys[i - 1]! <= keys[i]!;
  if (ordered) return rows;
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  return order.map((i) => rows[i]!);
}

// ---- Writing ----

export async function buildBackup(data: Partial<BackupData>, appVersion: string, exportedAt: string): Promise<Backup> {
  const body = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    exportedAt,
    data: sortKeys(normalizeData(data)) as BackupData,
  } as const;
  const checksum = await checksumOf(body);
  return { format: body.format, formatVersion: body.formatVersion, appVersion, exportedAt, checksum, data: body.data };
}

/** The file's text: fixed field order, two-space indentation, a final newline. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 2) + '\n';
}

export function backupFileName(exportedAt: string): string {
  return `diapason-sauvegarde-${exportedAt.slice(0, 10)}.json`;
}

// ---- Reading ----

/** The bytes of a text in UTF-8, counted without encoding it (a file near the limit is 128 MB). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two code units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2; // Three bytes, a lone surrogate included (written as U+FFFD).
  }
  return bytes;
}

/** Deepest nesting of [ and { in JSON text, counted without parsing (so a bomb never reaches the parser). */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}

/** The first key anywhere in `value` that could reach a prototype when copied into an object. */
export function findForbiddenKey(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  while (stack.length) {
    const current = stack.pop();
    if (!current || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((current as Row)[key]);
    }
  }
  return undefined;
}

const KeyPart = z.string().check(z.minLength(1), z.maxLength(200));
export const ROW_SCHEMAS: Record<TableName, z.ZodMiniType> = {
  organizations: OrganizationRowSchema,
  assessments: AssessmentRowSchema,
  answers: AnswerRowSchema,
  settings: SettingRowSchema,
  roadmapActions: RoadmapActionRowSchema,
  planActions: PlanActionRowSchema,
  respondents: RespondentRowSchema,
  respondentAnswers: RespondentAnswerRowSchema,
  // The sync tables' full schemas live with the sync code; a backup checks their keys and dates (a date
  // that is not one would stall the outbox or break the peers' screen) and keeps the rest as it is.
  outbox: z.looseObject({ id: KeyPart, createdAt: Timestamp, nextAttemptAt: Timestamp, sentAt: z.optional(Timestamp) }),
  peers: z.looseObject({ key: KeyPart, fetchedAt: Timestamp }),
  dataSources: DataSourceRowSchema,
  dataRoles: DataRoleRowSchema,
};

/** Each table's quick yes (./quick-check.ts): the schema runs only on rows it is not sure of. */
const QUICK_CHECKS = Object.fromEntries(TABLES.map((t) => [t, quickCheck(ROW_SCHEMAS[t])])) as Record<TableName, (row: unknown) => boolean>;

const envelopeSchema = (version: number, tables: readonly TableName[]) =>
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(version),
    appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
    exportedAt: z.string().check(z.minLength(10), z.maxLength(40)),
    checksum: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
    data: z.strictObject(Object.fromEntries(tables.map((t) => [t, z.array(z.looseObject({}))])) as Record<TableName, z.ZodMiniArray<z.ZodMiniObject>>),
  });
const envelope = (version: number, tables: readonly TableName[]) => {
  const schema = envelopeSchema(version, tables);
  return { schema, quick: quickCheck(schema), tables };
};
export const ENVELOPES: Record<number, { schema: z.ZodMiniType; quick: (file: unknown) => boolean; tables: readonly TableName[] }> = {
  1: envelope(1, TABLES_V1),
  2: envelope(2, TABLES_V2),
  3: envelope(3, TABLES_V3),
  4: envelope(4, TABLES_V4),
  5: envelope(5, TABLES),
};

/** Rows checked between two pauses in which the page can answer a key or a click. */
const ROWS_PER_PAUSE = 10_000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A file's first checks failed: why, as for a backup. */
export type GuardProblem = Extract<BackupProblem, { kind: 'too-large' | 'too-deep' | 'not-json' | 'forbidden-key' | 'not-a-backup' | 'newer-format' | 'unknown-format' | 'checksum-mismatch' | 'invalid-export-date' }>;

/** An envelope's schema, and a quick check that says yes only where the schema surely would. */
export interface Envelope {
  schema: z.ZodMiniType;
  quick?: ((file: unknown) => boolean) | undefined;
}

export interface FileKind {
  /** The file's `format` field. */
  format: string;
  /** The versions this app reads, each with its envelope. */
  envelopes: Record<number, Envelope>;
  current: number;
  maxBytes: number;
  maxDepth: number;
}

/**
 * The checks every Diapason file goes through before its content is read (a backup, a respondent's
 * invitation or response): size and nesting counted before parsing, JSON, keys that could reach a
 * prototype, its kind, its format version, its envelope, its checksum and its export date.
 */
export async function readGuarded(text: string, kind: FileKind): Promise<{ ok: true; json: Row; version: number } | { ok: false; problem: GuardProblem }> {
  const fail = (problem: GuardProblem) => ({ ok: false as const, problem });
  // A UTF-8 byte is at most three per UTF-16 unit: a text short enough needs no count.
  const bytes = text.length * 3 <= kind.maxBytes ? 0 : utf8Length(text);
  if (bytes > kind.maxBytes) return fail({ kind: 'too-large', bytes, limit: kind.maxBytes });
  if (nestingDepth(text, kind.maxDepth) > kind.maxDepth) return fail({ kind: 'too-deep', limit: kind.maxDepth });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail({ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  const forbidden = findForbiddenKey(json);
  if (forbidden !== undefined) return fail({ kind: 'forbidden-key', key: forbidden });
  if (!json || typeof json !== 'object' || Array.isArray(json) || (json as Row).format !== kind.format) {
    return fail({ kind: 'not-a-backup' });
  }
  const version = (json as Row).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > kind.current) {
    return fail({ kind: 'newer-format', version });
  }
  // Each kind's format 1 is its first: anything else (0, 0.5, "1") was never written by Diapason.
  const envelope = typeof version === 'number' ? kind.envelopes[version] : undefined;
  if (!envelope) return fail({ kind: 'unknown-format', version: String(version) });
  if (!envelope.quick?.(json) && !envelope.schema.safeParse(json).success) return fail({ kind: 'not-a-backup' });
  const file = json as Row;
  if (file.checksum !== (await checksumOf(file))) return fail({ kind: 'checksum-mismatch' });
  if (!isPlausibleTimestamp(file.exportedAt)) return fail({ kind: 'invalid-export-date' });
  return { ok: true, json: file, version: version as number };
}

const BACKUP_KIND: FileKind = {
  format: BACKUP_FORMAT,
  envelopes: ENVELOPES,
  current: BACKUP_FORMAT_VERSION,
  maxBytes: MAX_BACKUP_BYTES,
  maxDepth: MAX_BACKUP_DEPTH,
};

/** Shape, format version, checksum and rows; references are checked by `checkReferences`. */
export async function readBackup(text: string): Promise<ReadResult> {
  const fail = (problem: BackupProblem): ReadResult => ({ ok: false, problem });
  const guarded = await readGuarded(text, BACKUP_KIND);
  if (!guarded.ok) return guarded;
  const known = ENVELOPES[guarded.version]!;
  const backup = guarded.json as unknown as Backup;
  let checked = 0;
  for (const table of known.tables) {
    const seen = new Set<string>();
    const rows = backup.data[table];
    for (let index = 0; index < rows.length; index++) {
      if (++checked % ROWS_PER_PAUSE === 0) await pause();
      const row = rows[index] as Row;
      if (!QUICK_CHECKS[table](row)) {
        const parsed = ROW_SCHEMAS[table].safeParse(row);
        if (!parsed.success) {
          const field = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
          return fail({ kind: 'invalid-row', table, index, field });
        }
      }
      const key = rowKey(table, row);
      if (seen.has(key)) return fail({ kind: 'duplicate-row', table, key: key.replace('\u0000', ' / ') });
      seen.add(key);
    }
  }
  return { ok: true, backup: upgrade(backup) };
}

/** Format 3: the plan belongs to the organization, made from the file's per-assessment roadmap rows. */
function withPlanActions(backup: Backup): Backup {
  const planActions = planFromRoadmapRows(
    backup.data.assessments.map((a) => ({
      id: String(a.id),
      organizationId: String(a.organizationId),
      questionnaireId: String(a.questionnaireId),
      version: String(a.version),
    })),
    backup.data.roadmapActions as unknown as LegacyRoadmapRow[],
  );
  return { ...backup, data: { ...backup.data, planActions: planActions as unknown as Row[] } };
}

/** Format 5: several respondents per assessment; every assessment of an older file had one. */
function withRespondents(backup: Backup): Backup {
  return { ...backup, data: { ...backup.data, respondents: [], respondentAnswers: [] } };
}

/**
/**
 * Formats 2 and 4: the inventory, empty for a file written without one (a format 2 file keeps its own;
 * a format 3 file, written by a release that had the plan but not the inventory, gets empty tables).
 */
function withInventory(backup: Backup): Backup {
  const data = { ...backup.data };
  for (const table of INVENTORY_TABLES) data[table] ??= [];
  return { ...backup, data };
}

/**
 * Each format's step from the format before it, in order: a file goes through every step above its
 * own format (1 → 2 → 3 → 4 → 5).
 */
const UPGRADE_STEPS: readonly (readonly [to: number, step: (backup: Backup) => Backup])[] = [
  [2, withInventory],
  [3, withPlanActions],
  [4, withInventory],
  [5, withRespondents],
];

/**
 * A checked file of an older format as the current format holds it; the checksum stays the one the
 * file was checked with (it is never written back).
 */
function upgrade(backup: Backup): Backup {
  let current = backup;
  for (const [to, step] of UPGRADE_STEPS) {
    if (current.formatVersion < to) current = { ...step(current), formatVersion: to };
  }
  return current;
}

/** Rows left out because what they belong to is not in the same data. */
export interface Orphans {
  /** Assessments without their organization. */
  assessments: number;
  /** Answers without their assessment. */
  answers: number;
  /** Roadmap follow-ups without their assessment. */
  roadmapActions: number;
  /** Plan actions without their organization. */
  planActions: number;
  /** Inventory data sources without their organization. */
  dataSources: number;
  /** Inventory roles without their organization. */
  dataRoles: number;
  /** Respondents without their assessment, and respondents' answers without their respondent. */
  respondents: number;
}

/**
 * The data without rows whose owner is missing: an assessment, a plan action, an inventory source or
 * role without its organization, answers and roadmap follow-ups without their assessment. An earlier
 * release could store answers into an assessment deleted in another tab; such rows must neither reach a
 * backup nor lock one out.
 */
export function withoutOrphans<
  T extends Pick<
    BackupData,
    'organizations' | 'assessments' | 'answers' | 'roadmapActions' | 'planActions' | 'dataSources' | 'dataRoles' | 'respondents' | 'respondentAnswers'
  >,
>(data: T): { data: T; orphans: Orphans } {
  const organizations = new Set(data.organizations.map((o) => String(o.id)));
  const assessments = data.assessments.filter((a) => organizations.has(String(a.organizationId)));
  const kept = new Set(assessments.map((a) => String(a.id)));
  const answers = data.answers.filter((a) => kept.has(String(a.assessmentId)));
  const roadmapActions = data.roadmapActions.filter((a) => kept.has(String(a.assessmentId)));
  const planActions = data.planActions.filter((a) => organizations.has(String(a.organizationId)));
  const dataSources = data.dataSources.filter((r) => organizations.has(String(r.organizationId)));
  const dataRoles = data.dataRoles.filter((r) => organizations.has(String(r.organizationId)));
  const respondents = data.respondents.filter((r) => kept.has(String(r.assessmentId)));
  // A respondent's answer belongs to the respondent and to the same assessment as the respondent.
  const respondentOf = new Map(respondents.map((r) => [String(r.id), String(r.assessmentId)]));
  const respondentAnswers = data.respondentAnswers.filter((a) => respondentOf.get(String(a.respondentId)) === String(a.assessmentId));
  return {
    data: { ...data, assessments, answers, roadmapActions, planActions, dataSources, dataRoles, respondents, respondentAnswers },
    orphans: {
      assessments: data.assessments.length - assessments.length,
      answers: data.answers.length - answers.length,
      roadmapActions: data.roadmapActions.length - roadmapActions.length,
      planActions: data.planActions.length - planActions.length,
      dataSources: data.dataSources.length - dataSources.length,
      dataRoles: data.dataRoles.length - dataRoles.length,
      respondents: data.respondents.length - respondents.length + data.respondentAnswers.length - respondentAnswers.length,
    },
  };
}

/** The questionnaire versions a backup's assessments are pinned to. */
export function referencedQuestionnaires(backup: Backup): QuestionnaireRef[] {
  const refs = new Map<string, QuestionnaireRef>();
  for (const row of backup.data.assessments) {
    const ref = { questionnaireId: String(row.questionnaireId), version: String(row.version) };
    refs.set(`${ref.questionnaireId}@${ref.version}`, ref);
  }
  return [...refs.values()];
}

/**
 * Rows point at rows that exist in the same file, and answers at items of their assessment's
 * questionnaire version. `itemsOf` gives a bundled version's item ids, or undefined if this app does
 * not have that version.
 */
export function checkReferences(
  backup: Backup,
  itemsOf: (ref: QuestionnaireRef) => ReadonlySet<string> | undefined,
): BackupProblem | undefined {
  const organizations = new Set(backup.data.organizations.map((o) => String(o.id)));
  const assessments = new Map<string, QuestionnaireRef>();
  for (const row of backup.data.assessments) {
    const id = String(row.id);
    if (!organizations.has(String(row.organizationId))) return { kind: 'missing-organization', assessmentId: id };
    const ref = { questionnaireId: String(row.questionnaireId), version: String(row.version) };
    if (!itemsOf(ref)) return { kind: 'unknown-questionnaire', ...ref };
    assessments.set(id, ref);
  }
  for (const row of backup.data.planActions) {
    if (!organizations.has(String(row.organizationId))) return { kind: 'missing-plan-organization', organizationId: String(row.organizationId) };
  }
  for (const table of INVENTORY_TABLES) {
    for (const row of backup.data[table]) {
      if (!organizations.has(String(row.organizationId))) return { kind: 'missing-inventory-organization', table, id: String(row.id) };
    }
  }
  for (const table of ['answers', 'roadmapActions', 'respondents', 'respondentAnswers'] as const) {
    for (const row of backup.data[table]) {
      const assessmentId = String(row.assessmentId);
      const ref = assessments.get(assessmentId);
      if (!ref) return { kind: 'missing-assessment', table, assessmentId };
      if ((table === 'answers' || table === 'respondentAnswers') && !itemsOf(ref)?.has(String(row.itemId))) {
        return { kind: 'unknown-item', itemId: String(row.itemId), version: ref.version };
      }
    }
  }
  return undefined;
}
