/**
 * The questionnaires bundled with the app. Each file is its own lazy chunk (precached for offline
 * use); `catalog.json` says which version a NEW assessment uses. An assessment always loads the exact
 * version it was started on.
 */
import catalog from '../../../questionnaires/catalog.json';
import { compareVersions, type Questionnaire, type QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import type { Locale } from '../../core/text.ts';

// The inventory lists live beside the questionnaires but are not one (./inventory-lists.ts).
const files = import.meta.glob<unknown>(['../../../questionnaires/*/*.json', '!../../../questionnaires/inventory/*.json'], {
  import: 'default',
});

function fileKey(ref: QuestionnaireRef): string {
  return `../../../questionnaires/${ref.questionnaireId}/${ref.version}.json`;
}

const current: Record<string, string> = catalog.current;

export const DEFAULT_QUESTIONNAIRE_ID = Object.keys(current)[0] ?? 'cqm-maturite';

export function currentRef(questionnaireId = DEFAULT_QUESTIONNAIRE_ID): QuestionnaireRef {
  const version = current[questionnaireId];
  if (!version) throw new Error(`no current version for questionnaire ${questionnaireId}`);
  return { questionnaireId, version };
}

/** Every questionnaire a new assessment can use, in the catalog's order; the first is the default. */
export function offeredRefs(): QuestionnaireRef[] {
  return Object.entries(current).map(([questionnaireId, version]) => ({ questionnaireId, version }));
}

export function bundledRefs(): QuestionnaireRef[] {
  return Object.keys(files).map((key) => {
    const [, questionnaireId = '', file = ''] = /questionnaires\/([^/]+)\/([^/]+)\.json$/.exec(key) ?? [];
    return { questionnaireId, version: file };
  });
}

/**
 * A questionnaire file that is missing or invalid. The problems come already told in both languages
 * (the messages are loaded with the checker, never with the first screen).
 */
export class QuestionnaireLoadError extends Error {
  constructor(
    readonly ref: QuestionnaireRef,
    readonly issues: Record<Locale, string[]> = { fr: [], en: [] },
  ) {
    super(`questionnaire ${ref.questionnaireId} ${ref.version} is missing or invalid`);
  }

  describe(locale: Locale): string {
    if (!this.issues[locale].length) {
      return locale === 'fr'
        ? `Le questionnaire ${this.ref.questionnaireId} ${this.ref.version} n’est pas inclus dans cette version de l’application.`
        : `Questionnaire ${this.ref.questionnaireId} ${this.ref.version} is not included in this version of the app.`;
    }
    return this.issues[locale].join(locale === 'fr' ? ' ; ' : '; ');
  }
}

const cache = new Map<string, Promise<Questionnaire>>();

export function loadQuestionnaire(ref: QuestionnaireRef): Promise<Questionnaire> {
  const key = fileKey(ref);
  let pending = cache.get(key);
  if (!pending) {
    pending = load(ref, key);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function load(ref: QuestionnaireRef, key: string): Promise<Questionnaire> {
  const importer = files[key];
  if (!importer) throw new QuestionnaireLoadError(ref);
  const data = await importer();
  // The production build refuses to build with an invalid questionnaire file (the same check as
  // `npm run questionnaire:check`, scripts/vite-plugin-questionnaires.ts), so a bundled file is
  // checked again only in development, where it can change under a running server. Parsing the whole
  // model on every questionnaire and result screen cost ~45 ms of main thread (×4 on a phone).
  if (!import.meta.env.DEV) return data as Questionnaire;
  // Loaded only here, so the checker's code stays out of the first screen in production.
  const [{ parseQuestionnaire }, { formatIssue }] = await Promise.all([
    import('../../core/questionnaire/parse.ts'),
    import('../../core/questionnaire/issues.ts'),
  ]);
  const parsed = parseQuestionnaire(data);
  if (!parsed.ok) {
    const told = (locale: Locale) => parsed.issues.map((issue) => formatIssue(issue, locale));
    throw new QuestionnaireLoadError(ref, { fr: told('fr'), en: told('en') });
  }
  return parsed.questionnaire;
}

/**
 * Every bundled version of a questionnaire, for carrying answers over from one to another; only those
 * from `between.from` to `between.to` when given (a carry-over path never leaves that range, and each
 * version left out is ~40 KB the screen does not load).
 */
export async function loadVersions(questionnaireId: string, between?: { from: string; to: string }): Promise<Questionnaire[]> {
  const inRange = (version: string) =>
    !between || (compareVersions(version, between.from) >= 0 && compareVersions(version, between.to) <= 0);
  const refs = bundledRefs().filter((r) => r.questionnaireId === questionnaireId && inRange(r.version));
  return Promise.all(refs.map((ref) => loadQuestionnaire(ref)));
}

/** A bundled version's item ids, or undefined if this app does not include that version. */
export async function itemIdsOf(ref: QuestionnaireRef): Promise<ReadonlySet<string> | undefined> {
  if (!files[fileKey(ref)]) return undefined;
  return new Set((await loadQuestionnaire(ref)).items.map((i) => i.id));
}
