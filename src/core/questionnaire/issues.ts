/**
 * Problems found in a questionnaire file, named by their JSON path and told as a plain sentence in
 * French or English. Shared by `npm run questionnaire:check`, the production build and the app.
 */
import type { Locale } from '../text.ts';
import type { TypographyRule } from './typography.ts';

export type PathSegment = string | number;

export type IssueKind =
  | { kind: 'json-syntax'; detail: string }
  | { kind: 'missing' }
  | { kind: 'wrong-type'; expected: string; received: string }
  | { kind: 'empty-text' }
  | { kind: 'too-few'; minimum: number }
  | { kind: 'too-many'; maximum: number }
  | { kind: 'too-small-number'; minimum: number; inclusive: boolean }
  | { kind: 'too-large-number'; maximum: number; inclusive: boolean }
  | { kind: 'unknown-fields'; keys: string[] }
  | { kind: 'not-allowed-value'; allowed: string[] }
  | { kind: 'bad-id' }
  | { kind: 'bad-version' }
  | { kind: 'bad-format' }
  | { kind: 'duplicate-id'; id: string; firstAt: string }
  | { kind: 'unknown-dimension'; id: string }
  | { kind: 'unknown-item'; id: string }
  | { kind: 'levels-not-one-to-five'; found: number[] }
  | { kind: 'missing-next-step'; level: number; field: 'nextStep' | 'effort' | 'horizon' }
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
  | { kind: 'invalid' };

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

function list(values: readonly (string | number)[]): string {
  return values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');
}

/** One plain sentence, without the path. */
export function describeIssue(issue: IssueKind, locale: Locale): string {
  const fr = locale === 'fr';
  switch (issue.kind) {
    case 'json-syntax':
      return fr
        ? `Le fichier n’est pas du JSON valide : ${issue.detail}`
        : `The file is not valid JSON: ${issue.detail}`;
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
        ? `Cette liste doit contenir au moins ${issue.minimum} élément(s).`
        : `This list needs at least ${issue.minimum} element(s).`;
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
        ? `Champ inconnu : ${list(issue.keys)}. Vérifiez l’orthographe ; seuls les champs décrits dans questionnaires/README.md sont permis.`
        : `Unknown field: ${list(issue.keys)}. Check the spelling; only the fields described in questionnaires/README.md are allowed.`;
    case 'not-allowed-value':
      return fr
        ? `Valeur non permise. Valeurs possibles : ${list(issue.allowed)}.`
        : `Value not allowed. Possible values: ${list(issue.allowed)}.`;
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
        ? `Il faut exactement un élément pour chacun des niveaux 1, 2, 3, 4 et 5 ; le fichier a : ${issue.found.length ? list(issue.found) : 'aucun'}.`
        : `There must be exactly one element for each of the levels 1, 2, 3, 4 and 5; the file has: ${issue.found.length ? list(issue.found) : 'none'}.`;
    case 'missing-next-step': {
      const field = issue.field;
      return fr
        ? `L’énoncé de niveau ${issue.level} doit avoir « ${field} » : seul le niveau 5 peut s’en passer.`
        : `The level ${issue.level} statement needs "${field}": only level 5 may go without it.`;
    }
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
      return typographyMessage(issue.rule, issue.excerpt, fr);
    case 'invalid':
      return fr ? 'Valeur invalide à cet endroit.' : 'Invalid value here.';
  }
}

/** `items[3].question.en : Ce texte est vide…` — the line the check command and the build print. */
export function formatIssue(issue: QuestionnaireIssue, locale: Locale = 'fr'): string {
  const separator = locale === 'fr' ? ' : ' : ': ';
  return `${formatPath(issue.path, locale)}${separator}${describeIssue(issue, locale)}`;
}

/** The OQLF rule broken (typography.ts), then where, spaces shown as ␣ (plain) and ⍽ (no-break). */
function typographyMessage(rule: TypographyRule, excerpt: string, fr: boolean): string {
  const q = (s: string) => (fr ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  const where = fr ? ` Ici\u00a0: ${q(excerpt)}.` : ` Here: ${q(excerpt)}.`;
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
  }[rule];
  return (fr ? `Typographie québécoise (OQLF)\u00a0: ${rule_}` : `Québec typography (OQLF): ${rule_}`) + where;
}
