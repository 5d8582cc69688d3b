/**
 * How problems are told to an editor: errors before warnings, the same problem found in many places
 * said once with its count and its places, counts with real plurals. The check command, the build
 * and the editor's page in the app all use it.
 */
import type { Locale } from '../text.ts';
import {
  describeIssue,
  formatIssue,
  formatPath,
  issueDetail,
  plural,
  severityOf,
  type QuestionnaireIssue,
  type Severity,
} from './issues.ts';

export interface IssuePlace {
  path: string;
  /** What is particular to this place (the text quoted around a slip), if anything. */
  detail?: string;
}

export interface IssueGroup {
  severity: Severity;
  /** The sentence, without what belongs to one place. */
  message: string;
  places: IssuePlace[];
}

/** The fields that differ from one place to the next without making it another problem. */
const PLACE_FIELDS = new Set(['path', 'excerpt', 'length']);

function groupKey(issue: QuestionnaireIssue): string {
  return JSON.stringify(Object.entries(issue).filter(([key]) => !PLACE_FIELDS.has(key)));
}

/** Issues with the same kind and the same particulars become one group, in order of first appearance. */
export function groupIssues(issues: readonly QuestionnaireIssue[], locale: Locale): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = groupKey(issue);
    const place: IssuePlace = { path: formatPath(issue.path, locale) };
    const detail = issueDetail(issue, locale);
    if (detail) place.detail = detail;
    const group = groups.get(key);
    if (group) group.places.push(place);
    else groups.set(key, { severity: severityOf(issue), message: describeIssue(issue, locale, false), places: [place] });
  }
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export const PLACES_SHOWN = 12;

const label = (severity: Severity, locale: Locale) =>
  ({ fr: { error: 'erreur', warning: 'avertissement' }, en: { error: 'error', warning: 'warning' } })[locale][severity];

export function countText(n: number, severity: Severity | 'problem' | 'file', locale: Locale): string {
  const forms = {
    fr: {
      error: { one: 'erreur', other: 'erreurs' },
      warning: { one: 'avertissement', other: 'avertissements' },
      problem: { one: 'problème', other: 'problèmes' },
      file: { one: 'fichier', other: 'fichiers' },
    },
    en: {
      error: { one: 'error', other: 'errors' },
      warning: { one: 'warning', other: 'warnings' },
      problem: { one: 'problem', other: 'problems' },
      file: { one: 'file', other: 'files' },
    },
  }[locale][severity];
  return `${new Intl.NumberFormat(locale).format(n)}\u00a0${plural(n, locale, forms)}`;
}

/** `12 places` / `12 endroits`. */
function placesText(n: number, locale: Locale): string {
  const forms = locale === 'fr' ? { one: 'endroit', other: 'endroits' } : { one: 'place', other: 'places' };
  return `${new Intl.NumberFormat(locale).format(n)}\u00a0${plural(n, locale, forms)}`;
}

/**
 * The lines for one group: `[erreur] path : message` when it is in one place; otherwise the message
 * with its count, then its places (the first PLACES_SHOWN, then how many more).
 */
export function formatGroup(group: IssueGroup, locale: Locale): string[] {
  const tag = `[${label(group.severity, locale)}]`;
  const separator = locale === 'fr' ? '\u00a0: ' : ': ';
  const [first] = group.places;
  if (group.places.length === 1 && first) {
    return [`${tag} ${first.path}${separator}${group.message}${first.detail ? ` ${first.detail}` : ''}`];
  }
  const shown = group.places.slice(0, PLACES_SHOWN).map((p) => `    ${p.path}${p.detail ? ` — ${p.detail}` : ''}`);
  const rest = group.places.length - shown.length;
  const more =
    rest > 0 ? [`    ${locale === 'fr' ? `… et ${placesText(rest, locale)} de plus` : `… and ${placesText(rest, locale)} more`}`] : [];
  return [`${tag} (${placesText(group.places.length, locale)}) ${group.message}`, ...shown, ...more];
}

/** Every line for one file's issues, errors first. */
export function formatIssues(issues: readonly QuestionnaireIssue[], locale: Locale): string[] {
  return groupIssues(issues, locale).flatMap((group) => formatGroup(group, locale));
}

export { formatIssue };

export interface CheckedQuestionnaire {
  /** How the file is named to the editor (its path under the questionnaires folder). */
  name: string;
  errors: QuestionnaireIssue[];
  warnings: QuestionnaireIssue[];
}

/** `2 erreurs et 40 avertissements dans 1 fichier sur 4.`, or that all is well. */
export function summaryLine(files: readonly CheckedQuestionnaire[], locale: Locale): string {
  const errors = files.reduce((n, f) => n + f.errors.length, 0);
  const warnings = files.reduce((n, f) => n + f.warnings.length, 0);
  const concerned = files.filter((f) => f.errors.length || f.warnings.length).length;
  const fr = locale === 'fr';
  if (!errors && !warnings) {
    return fr
      ? `Aucun problème dans ${countText(files.length, 'file', locale)}.`
      : `No problem in ${countText(files.length, 'file', locale)}.`;
  }
  const parts = [
    ...(errors ? [countText(errors, 'error', locale)] : []),
    ...(warnings ? [countText(warnings, 'warning', locale)] : []),
  ].join(fr ? ' et ' : ' and ');
  const where = fr
    ? `dans ${countText(concerned, 'file', locale)} sur ${new Intl.NumberFormat(locale).format(files.length)}`
    : `in ${new Intl.NumberFormat(locale).format(concerned)} of ${countText(files.length, 'file', locale)}`;
  const usable = errors
    ? fr
      ? ' Un fichier qui a une erreur ne peut pas être utilisé.'
      : ' A file with an error cannot be used.'
    : fr
      ? ' Les avertissements sont des conseils\u00a0: les fichiers restent utilisables.'
      : ' Warnings are advice: the files can still be used.';
  return `${parts} ${where}.${usable}`;
}

/** The report the command and the build print: each file with problems, then its grouped lines. */
export function formatReport(files: readonly CheckedQuestionnaire[], locale: Locale): string {
  return files
    .filter((f) => f.errors.length || f.warnings.length)
    .map((f) => [f.name, ...formatIssues([...f.errors, ...f.warnings], locale).map((line) => `  ${line}`)].join('\n'))
    .join('\n\n');
}
