/**
 * Problems found in a questionnaire file, named by their JSON path and told as a plain sentence in
 * French or English. Shared by `npm run questionnaire:check`, the production build and the app.
 *
 * Errors mean the app cannot use the file; warnings are content and style advice (./content.ts): a
 * file with warnings only can be used.
 */
import type { Locale } from '../text.ts';
import type { TypographyRule } from './typography.ts';

export type PathSegment = string | number;

export type IssueKind =
  | { kind: 'json-syntax'; line: number; column: number; excerpt: string }
  | { kind: 'missing' }
  | { kind: 'wrong-type'; expected: string; received: string }
  | { kind: 'empty-text' }
  | { kind: 'too-few'; minimum: number }
  | { kind: 'too-many'; maximum: number }
  | { kind: 'too-small-number'; minimum: number; inclusive: boolean }
  | { kind: 'too-large-number'; maximum: number; inclusive: boolean }
  | { kind: 'unknown-fields'; keys: string[] }
  | { kind: 'not-allowed-value'; allowed: (string | number | boolean)[]; received: unknown }
  | { kind: 'bad-id' }
  | { kind: 'bad-version' }
  | { kind: 'bad-format' }
  | { kind: 'duplicate-id'; id: string; firstAt: string }
  | { kind: 'unknown-dimension'; id: string }
  | { kind: 'unknown-item'; id: string }
  | { kind: 'levels-not-one-to-five'; found: number[] }
  | { kind: 'missing-next-step'; level: number; fields: ('nextStep' | 'effort' | 'horizon')[] }
  | { kind: 'too-many-dimensions'; count: number; maximum: number }
  | { kind: 'wrong-file-name'; id: string; version: string; expected: string }
  | { kind: 'dimension-without-items'; id: string }
  | { kind: 'carry-over-not-older'; fromVersion: string; version: string }
  | { kind: 'carry-over-empty'; id: string }
  | { kind: 'carry-over-removed-and-mapped'; id: string }
  | { kind: 'carry-over-target-twice'; id: string; firstAt: string }
  | { kind: 'duplicate-level'; level: number }
  | { kind: 'previous-version-missing'; version: string }
  | { kind: 'carry-over-missing'; previous: string }
  | { kind: 'carry-over-not-previous'; fromVersion: string; previous: string }
  | { kind: 'unknown-previous-item'; id: string; version: string }
  | { kind: 'previous-item-unaccounted'; id: string; version: string }
  | { kind: 'carry-over-target-taken'; id: string; version: string }
  | { kind: 'floor-item-other-dimension'; id: string; dimension: string }
  | { kind: 'variant-empty' }
  | { kind: 'typography'; rule: TypographyRule; excerpt: string }
  | { kind: 'invalid' }
  // Warnings: content and style (./content.ts).
  | { kind: 'items-per-dimension'; id: string; count: number; minimum: number; maximum: number }
  | { kind: 'actions-per-stage'; id: string; stage: number; count: number; minimum: number; maximum: number }
  | { kind: 'id-without-dimension-prefix'; id: string; dimension: string }
  | { kind: 'text-too-long'; length: number; maximum: number }
  | { kind: 'question-mark' }
  | { kind: 'full-stop' }
  | { kind: 'help-without-example'; expected: string }
  | { kind: 'statements-alike'; locale: Locale }
  | { kind: 'next-step-repeats-statement' }
  | { kind: 'next-step-on-level-5' }
  | { kind: 'level-in-text'; excerpt: string }
  | { kind: 'stray-whitespace' }
  | { kind: 'straight-quotes'; excerpt: string }
  | { kind: 'english-typography'; excerpt: string };

export type Severity = 'error' | 'warning';

const WARNINGS: ReadonlySet<IssueKind['kind']> = new Set<IssueKind['kind']>([
  'items-per-dimension',
  'actions-per-stage',
  'id-without-dimension-prefix',
  'text-too-long',
  'question-mark',
  'full-stop',
  'help-without-example',
  'statements-alike',
  'next-step-repeats-statement',
  'next-step-on-level-5',
  'level-in-text',
  'stray-whitespace',
  'straight-quotes',
  'english-typography',
  'typography',
]);

/** Warnings are advice: the app can still use a file that has them. */
export function severityOf(issue: IssueKind): Severity {
  return WARNINGS.has(issue.kind) ? 'warning' : 'error';
}

export type QuestionnaireIssue = IssueKind & { path: PathSegment[] };

/** `items[3].statements[2].text.en`; the whole file is `(racine)` / `(root)`. */
export function formatPath(path: readonly PathSegment[], locale: Locale = 'fr'): string {
  if (path.length === 0) return locale === 'fr' ? '(racine)' : '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

const typeNames: Record<Locale, Record<string, string>> = {
  fr: {
    string: 'un texte',
    number: 'un nombre',
    boolean: 'vrai ou faux',
    object: 'un objet { … }',
    array: 'une liste [ … ]',
    null: 'null',
    missing: 'rien',
  },
  en: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'a list [ … ]',
    null: 'null',
    missing: 'nothing',
  },
};

function typeName(name: string, locale: Locale): string {
  return typeNames[locale][name] ?? name;
}

/** A word or a name quoted as each language does; numbers stay numbers. */
function quote(value: unknown, locale: Locale): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '').slice(0, 40);
  return locale === 'fr' ? `«\u00a0${text}\u00a0»` : `"${text}"`;
}

function list(values: readonly unknown[], locale: Locale): string {
  return values.map((v) => quote(v, locale)).join(', ');
}

/** `one` or `other`, by the language's own plural rule. */
export function plural(n: number, locale: Locale, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other;
}

const count = (n: number, locale: Locale, forms: { one: string; other: string }) =>
  `${new Intl.NumberFormat(locale).format(n)}\u00a0${plural(n, locale, forms)}`;

function fieldList(fields: readonly string[], locale: Locale): string {
  const quoted = fields.map((f) => quote(f, locale));
  if (quoted.length < 2) return quoted.join('');
  const and = locale === 'fr' ? ' et ' : ' and ';
  return `${quoted.slice(0, -1).join(', ')}${and}${quoted[quoted.length - 1]}`;
}

/**
 * The part of a message that belongs to one place only (the text quoted around a typographic slip):
 * left out when the same problem is reported once for many places.
 */
export function issueDetail(issue: IssueKind, locale: Locale): string | undefined {
  const fr = locale === 'fr';
  switch (issue.kind) {
    case 'typography':
    case 'level-in-text':
    case 'straight-quotes':
    case 'english-typography': {
      return fr ? `Ici\u00a0: ${quote(issue.excerpt, locale)}.` : `Here: ${quote(issue.excerpt, locale)}.`;
    }
    case 'text-too-long':
      return fr
        ? `Ce texte en a ${new Intl.NumberFormat('fr').format(issue.length)}.`
        : `This text has ${new Intl.NumberFormat('en').format(issue.length)}.`;
    default:
      return undefined;
  }
}

/** One plain sentence, without the path. */
export function describeIssue(issue: IssueKind, locale: Locale, withDetail = true): string {
  const general = describeGeneral(issue, locale);
  const detail = withDetail ? issueDetail(issue, locale) : undefined;
  return detail ? `${general} ${detail}` : general;
}

function describeGeneral(issue: IssueKind, locale: Locale): string {
  const fr = locale === 'fr';
  switch (issue.kind) {
    case 'json-syntax':
      return fr
        ? `Le fichier n’est pas du JSON valide\u00a0: erreur de syntaxe à la ligne ${issue.line}, colonne ${issue.column}${issue.excerpt ? `, près de ${quote(issue.excerpt, locale)}` : ''}. Cherchez une virgule, un guillemet ou une accolade qui manque ou est en trop juste avant.`
        : `The file is not valid JSON: syntax error at line ${issue.line}, column ${issue.column}${issue.excerpt ? `, near ${quote(issue.excerpt, locale)}` : ''}. Look for a comma, a quotation mark or a brace missing or extra just before it.`;
    case 'missing':
      return fr ? 'Ce champ obligatoire manque.' : 'This required field is missing.';
    case 'wrong-type':
      return fr
        ? `On attend ${typeName(issue.expected, locale)}, mais le fichier contient ${typeName(issue.received, locale)}.`
        : `Expected ${typeName(issue.expected, locale)}, but the file has ${typeName(issue.received, locale)}.`;
    case 'empty-text':
      return fr
        ? 'Ce texte est vide : écrivez-le (le français et l’anglais sont tous deux obligatoires).'
        : 'This text is empty: write it (both French and English are required).';
    case 'too-few':
      return fr
        ? `Cette liste doit contenir au moins ${count(issue.minimum, locale, { one: 'élément', other: 'éléments' })}.`
        : `This list needs at least ${count(issue.minimum, locale, { one: 'element', other: 'elements' })}.`;
    case 'too-many':
      return fr
        ? `Cette liste ou ce texte dépasse la limite de ${issue.maximum}.`
        : `This list or text is over the limit of ${issue.maximum}.`;
    case 'too-small-number':
      return fr
        ? `Ce nombre doit être ${issue.inclusive ? 'au moins' : 'plus grand que'} ${issue.minimum}.`
        : `This number must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}.`;
    case 'too-large-number':
      return fr
        ? `Ce nombre doit être ${issue.inclusive ? 'au plus' : 'plus petit que'} ${issue.maximum}.`
        : `This number must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}.`;
    case 'unknown-fields':
      return fr
        ? `${plural(issue.keys.length, locale, { one: 'Champ inconnu', other: 'Champs inconnus' })}\u00a0: ${list(issue.keys, locale)}. Vérifiez l’orthographe ; seuls les champs décrits dans questionnaires/README.md sont permis.`
        : `${plural(issue.keys.length, locale, { one: 'Unknown field', other: 'Unknown fields' })}: ${list(issue.keys, locale)}. Check the spelling; only the fields described in questionnaires/README.md are allowed.`;
    case 'not-allowed-value':
      return fr
        ? `La valeur ${quote(issue.received, locale)} n’est pas permise ici. Valeurs possibles\u00a0: ${list(issue.allowed, locale)}.`
        : `The value ${quote(issue.received, locale)} is not allowed here. Possible values: ${list(issue.allowed, locale)}.`;
    case 'bad-id':
      return fr
        ? 'Un identifiant s’écrit en minuscules sans accents, chiffres et traits d’union (ex. « collecte-billetterie »), 64 caractères au plus.'
        : 'An id is written in lower-case letters without accents, digits and hyphens (e.g. "collecte-billetterie"), 64 characters at most.';
    case 'bad-version':
      return fr
        ? 'La version doit avoir la forme MAJEURE.MINEURE.CORRECTIF, par exemple « 1.0.0 ».'
        : 'The version must look like MAJOR.MINOR.PATCH, for example "1.0.0".';
    case 'bad-format':
      return fr ? 'Ce texte n’a pas la forme attendue.' : 'This text does not have the expected form.';
    case 'duplicate-id':
      return fr
        ? `L’identifiant « ${issue.id} » est déjà utilisé à ${issue.firstAt} : chaque identifiant doit être unique.`
        : `The id "${issue.id}" is already used at ${issue.firstAt}: every id must be unique.`;
    case 'unknown-dimension':
      return fr
        ? `La dimension « ${issue.id} » n’existe pas dans la liste « dimensions » du fichier.`
        : `The dimension "${issue.id}" is not in the file's "dimensions" list.`;
    case 'unknown-item':
      return fr
        ? `La question « ${issue.id} » n’existe pas dans la liste « items » du fichier.`
        : `The item "${issue.id}" is not in the file's "items" list.`;
    case 'levels-not-one-to-five':
      return fr
        ? `Il faut exactement un élément pour chacun des niveaux 1, 2, 3, 4 et 5; le fichier a\u00a0: ${issue.found.length ? list(issue.found, locale) : 'aucun'}.`
        : `There must be exactly one element for each of the levels 1, 2, 3, 4 and 5; the file has: ${issue.found.length ? list(issue.found, locale) : 'none'}.`;
    case 'missing-next-step':
      return fr
        ? `Il manque ${fieldList(issue.fields, locale)} à l’énoncé de niveau ${issue.level}\u00a0: seul le niveau 5 peut s’en passer.`
        : `The level ${issue.level} statement is missing ${fieldList(issue.fields, locale)}: only level 5 may go without them.`;
    case 'too-many-dimensions':
      return fr
        ? `Ce questionnaire a ${issue.count} dimensions; l’application en accepte ${issue.maximum} au plus (le partage envoie un score par dimension).`
        : `This questionnaire has ${issue.count} dimensions; the app accepts at most ${issue.maximum} (sharing sends one score per dimension).`;
    case 'wrong-file-name':
      return fr
        ? `Ce fichier déclare l’identifiant ${quote(issue.id, locale)} et la version ${quote(issue.version, locale)}; il doit donc s’appeler ${issue.expected}.`
        : `This file declares id "${issue.id}" and version "${issue.version}", so it must be named ${issue.expected}.`;
    case 'dimension-without-items':
      return fr
        ? `La dimension « ${issue.id} » n’a aucune question.`
        : `The dimension "${issue.id}" has no question.`;
    case 'carry-over-not-older':
      return fr
        ? `« fromVersion » (${issue.fromVersion}) doit être une version plus ancienne que celle de ce fichier (${issue.version}).`
        : `"fromVersion" (${issue.fromVersion}) must be a version older than this file's (${issue.version}).`;
    case 'carry-over-empty':
      return fr
        ? `L’entrée pour « ${issue.id} » ne dit rien : indiquez « becomes », « removed » ou « levels », ou retirez-la si la question ne change pas.`
        : `The entry for "${issue.id}" says nothing: give "becomes", "removed" or "levels", or delete it if the item does not change.`;
    case 'carry-over-removed-and-mapped':
      return fr
        ? `La question « ${issue.id} » est marquée « removed » : elle ne peut pas aussi avoir « becomes » ou « levels ».`
        : `The item "${issue.id}" is marked "removed": it cannot also have "becomes" or "levels".`;
    case 'carry-over-target-twice':
      return fr
        ? `Deux questions de la version précédente deviennent « ${issue.id} » (déjà à ${issue.firstAt}) : une seule réponse peut être reprise par question.`
        : `Two items of the previous version become "${issue.id}" (already at ${issue.firstAt}): only one answer can be carried over per item.`;
    case 'duplicate-level':
      return fr
        ? `Le niveau ${issue.level} est déjà transposé plus haut : chaque niveau « from » ne peut apparaître qu’une fois.`
        : `Level ${issue.level} is already mapped above: each "from" level may appear only once.`;
    case 'previous-version-missing':
      return fr
        ? `La version ${issue.version}, d’où les réponses seraient reprises, n’existe pas dans le dossier de ce questionnaire.`
        : `Version ${issue.version}, whose answers would be carried over, is not in this questionnaire's folder.`;
    case 'carry-over-missing':
      return fr
        ? `Ce fichier suit la version ${issue.previous} : il doit déclarer « carryOver » (comment les réponses de ${issue.previous} sont reprises).`
        : `This file follows version ${issue.previous}: it must declare "carryOver" (how answers to ${issue.previous} carry over).`;
    case 'carry-over-not-previous':
      return fr
        ? `« fromVersion » vaut ${issue.fromVersion}, mais la version qui précède celle-ci est ${issue.previous} : les réponses sont reprises d’une version à la suivante.`
        : `"fromVersion" is ${issue.fromVersion}, but the version before this one is ${issue.previous}: answers carry over from one version to the next.`;
    case 'unknown-previous-item':
      return fr
        ? `La question « ${issue.id} » n’existe pas dans la version ${issue.version}.`
        : `The item "${issue.id}" does not exist in version ${issue.version}.`;
    case 'previous-item-unaccounted':
      return fr
        ? `La question « ${issue.id} » de la version ${issue.version} n’est plus dans ce fichier : déclarez-la dans « carryOver.items », renommée (« becomes ») ou retirée (« removed »).`
        : `The item "${issue.id}" of version ${issue.version} is no longer in this file: declare it in "carryOver.items", renamed ("becomes") or removed ("removed").`;
    case 'carry-over-target-taken':
      return fr
        ? `« ${issue.id} » existe déjà dans la version ${issue.version} et garde son identifiant : une autre question ne peut pas le devenir.`
        : `"${issue.id}" already exists in version ${issue.version} and keeps its id: another item cannot become it.`;
    case 'floor-item-other-dimension':
      return fr
        ? `La question « ${issue.id} » compte dans la dimension « ${issue.dimension} » : un plancher ne peut nommer qu’une question de sa propre dimension.`
        : `The item "${issue.id}" counts in the dimension "${issue.dimension}": a floor can only name an item of its own dimension.`;
    case 'variant-empty':
      return fr
        ? 'Cette variante ne change rien : donnez-lui « question », « help » ou les deux.'
        : 'This variant changes nothing: give it "question", "help" or both.';
    case 'typography':
      return typographyMessage(issue.rule, fr);
    case 'invalid':
      return fr ? 'Valeur invalide à cet endroit.' : 'Invalid value here.';
    case 'items-per-dimension':
      return fr
        ? `La dimension ${quote(issue.id, locale)} a ${count(issue.count, locale, { one: 'question', other: 'questions' })}; il en faut de ${issue.minimum} à ${issue.maximum} pour que son score tienne sans allonger le questionnaire.`
        : `The dimension "${issue.id}" has ${count(issue.count, locale, { one: 'item', other: 'items' })}; it needs ${issue.minimum} to ${issue.maximum} for its score to stand without making the questionnaire long.`;
    case 'actions-per-stage':
      return fr
        ? `La dimension ${quote(issue.id, locale)} a ${count(issue.count, locale, { one: 'action', other: 'actions' })} pour atteindre le stade ${issue.stage}; il en faut de ${issue.minimum} à ${issue.maximum}.`
        : `The dimension "${issue.id}" has ${count(issue.count, locale, { one: 'action', other: 'actions' })} to reach stage ${issue.stage}; it needs ${issue.minimum} to ${issue.maximum}.`;
    case 'id-without-dimension-prefix':
      return fr
        ? `L’identifiant ${quote(issue.id, locale)} devrait commencer par celui de sa dimension, ${quote(`${issue.dimension}-`, locale)}.`
        : `The id "${issue.id}" should start with its dimension's, "${issue.dimension}-".`;
    case 'text-too-long':
      return fr
        ? `Ce texte dépasse ${issue.maximum} caractères\u00a0: raccourcissez-le pour que l’écran et le PDF restent lisibles.`
        : `This text is over ${issue.maximum} characters: shorten it so the screen and the PDF stay readable.`;
    case 'question-mark':
      return fr ? 'Une question se termine par un point d’interrogation.' : 'A question ends with a question mark.';
    case 'full-stop':
      return fr ? 'Un énoncé se termine par un point.' : 'A statement ends with a full stop.';
    case 'help-without-example':
      return fr
        ? `L’aide devrait donner un exemple, introduit par ${quote(issue.expected, locale)}.`
        : `The help should give an example, introduced by "${issue.expected}".`;
    case 'statements-alike':
      return fr
        ? `Deux énoncés de cette question ont le même texte (${issue.locale === 'fr' ? 'en français' : 'en anglais'})\u00a0: chaque niveau doit se distinguer.`
        : `Two statements of this item have the same text (${issue.locale === 'fr' ? 'in French' : 'in English'}): each level must stand apart.`;
    case 'next-step-repeats-statement':
      return fr
        ? 'La prochaine étape répète l’énoncé\u00a0: dites l’action qui mène au niveau suivant.'
        : 'The next step repeats the statement: say the action that leads to the next level.';
    case 'next-step-on-level-5':
      return fr
        ? 'L’énoncé de niveau 5 n’a pas de prochaine étape\u00a0: l’application ne la montrerait jamais.'
        : 'The level 5 statement has no next step: the app would never show it.';
    case 'level-in-text':
      return fr
        ? 'Un niveau est écrit dans le texte\u00a0: les niveaux sont des données, dites-le en mots.'
        : 'A level is written in the text: levels are data, say it in words.';
    case 'stray-whitespace':
      return fr
        ? 'Espaces en trop\u00a0: au début ou à la fin, deux espaces de suite, une tabulation ou un saut de ligne.'
        : 'Stray whitespace: at the start or the end, two spaces in a row, a tab or a line break.';
    case 'straight-quotes':
      return fr
        ? 'Apostrophe ou guillemet droit (\' ou ")\u00a0: utilisez ’ et «\u00a0»; en anglais, ’ et “ ”.'
        : 'Straight apostrophe or quotation mark (\' or "): use ’ and “ ”; in French, ’ and «\u00a0».';
    case 'english-typography':
      return fr
        ? 'Texte anglais avec une espace avant ; : ! ? ou des guillemets «\u00a0»\u00a0: l’anglais n’en met pas.'
        : 'English text with a space before ; : ! ? or with guillemets « »: English uses neither.';
  }
}

/** `items[3].question.en : Ce texte est vide…` — the line the check command and the build print. */
export function formatIssue(issue: QuestionnaireIssue, locale: Locale = 'fr'): string {
  const separator = locale === 'fr' ? ' : ' : ': ';
  return `${formatPath(issue.path, locale)}${separator}${describeIssue(issue, locale)}`;
}

/** The rule broken (typography.ts); where is the issue's detail, spaces shown as ␣ (plain) and ⍽ (no-break). */
function typographyMessage(rule: TypographyRule, fr: boolean): string {
  const q = (s: string) => (fr ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  const rule_ = {
    'space-before-tight': fr
      ? `aucune espace avant ${q(';')}, ${q('!')} ou ${q('?')} (ou une espace fine insécable U+202F).`
      : `no space before ${q(';')}, ${q('!')} or ${q('?')} (or a narrow no-break space U+202F).`,
    'colon-space': fr
      ? 'une espace insécable (U+00A0) avant le deux-points.'
      : 'a no-break space (U+00A0) before a colon.',
    'guillemet-space': fr
      ? 'une espace insécable (U+00A0) après « et avant ».'
      : 'a no-break space (U+00A0) after « and before ».',
    'legacy-no-break-space': fr
      ? 'une espace insécable (U+00A0) avant ; : ! ? » et après «, la règle des versions publiées avant 3.0.0.'
      : 'a no-break space (U+00A0) before ; : ! ? » and after «, the rule of the versions published before 3.0.0.',
    'number-unit-space': fr
      ? 'une espace insécable (U+00A0), non une espace ordinaire, entre un nombre et $ ou %.'
      : 'a no-break space (U+00A0), not a plain space, between a number and $ or %.',
  }[rule];
  return fr ? `Typographie québécoise (OQLF)\u00a0: ${rule_}` : `Québec typography (OQLF): ${rule_}`;
}
