/**
 * Content lint for every published questionnaire under questionnaires/: what the schema cannot say
 * but readers, the result screen and the PDF need. Each failure names the file and the JSON path.
 *
 * French typography: from 3.0.0 on, Québec's (OQLF) rule, which `npm run questionnaire:check` enforces
 * (src/core/questionnaire/typography.ts): no space before ; ! ? (or a narrow U+202F), a no-break
 * space U+00A0 before : and inside « ». Versions published before it (1.0.0, 2.0.0) are never
 * edited and keep the rule they were written to: a no-break space U+00A0 before ; : ! ? » and after «.
 * Apostrophes are typographic (’) in both languages.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listQuestionnaireFiles, QUESTIONNAIRES_DIR } from '../../scripts/questionnaire-files.ts';
import { parseQuestionnaireText } from '../../src/core/questionnaire/parse.ts';
import { formatIssue, formatPath, type PathSegment } from '../../src/core/questionnaire/issues.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';
import { frenchTypographyProblems, typographyApplies } from '../../src/core/questionnaire/typography.ts';
import { LOCALES, type LocalizedText } from '../../src/core/text.ts';

const LIMITS = { question: 160, statement: 200, itemsPerDimension: [6, 8], actionsPerStage: [2, 3] } as const;

const files = listQuestionnaireFiles().map((file) => {
  const result = parseQuestionnaireText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file}:\n${result.issues.map((i) => formatIssue(i)).join('\n')}`);
  return { name: relative(QUESTIONNAIRES_DIR, file), q: result.questionnaire };
});

interface Found {
  path: string;
  text: LocalizedText;
}

/** Every translatable text in the file, with its JSON path. */
function texts(value: unknown, path: PathSegment[] = []): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string') {
    return [{ path: formatPath(path), text: { fr: record.fr, en: record.en } }];
  }
  return Object.entries(record).flatMap(([k, v]) => texts(v, [...path, k]));
}

/** Lists every offending place, so a failure shows them all at once. */
function offenders(found: Found[], test: (s: string, locale: 'fr' | 'en') => boolean): string[] {
  return found.flatMap(({ path, text }) =>
    LOCALES.filter((l) => test(text[l], l)).map((l) => `${path}.${l}: ${JSON.stringify(text[l])}`),
  );
}

it('there is at least one published questionnaire to lint', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('$name', ({ q }: { q: Questionnaire }) => {
  const all = texts(q);

  it('has six to eight items in every dimension', () => {
    const counts = Object.fromEntries(q.dimensions.map((d) => [d.id, q.items.filter((i) => i.dimension === d.id).length]));
    const [min, max] = LIMITS.itemsPerDimension;
    for (const [id, count] of Object.entries(counts)) {
      expect(count, `dimension ${id}`).toBeGreaterThanOrEqual(min);
      expect(count, `dimension ${id}`).toBeLessThanOrEqual(max);
    }
  });

  it('never reuses an id, across items, dimensions, actions and readiness criteria', () => {
    const ids = [
      ...q.dimensions.map((d) => d.id),
      ...q.items.map((i) => i.id),
      ...q.dimensions.flatMap((d) => (d.actions ?? []).map((a) => a.id)),
      ...(q.readiness?.criteria ?? []).map((c) => c.id),
      ...(q.obligations?.criteria ?? []).map((c) => c.id),
    ];
    const reused = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(reused).toEqual([]);
  });

  it('prefixes every item and action id with its dimension, so an id says where it belongs', () => {
    const wrong = [
      ...q.items.filter((i) => !i.id.startsWith(`${i.dimension}-`)).map((i) => i.id),
      ...q.dimensions.flatMap((d) => (d.actions ?? []).filter((a) => !a.id.startsWith(`${d.id}-`)).map((a) => a.id)),
    ];
    expect(wrong).toEqual([]);
  });

  it('keeps questions and statements short enough for the screen and the PDF', () => {
    const long = q.items.flatMap((item, i) =>
      LOCALES.flatMap((l) => [
        ...(item.question[l].length > LIMITS.question ? [`items[${i}].question.${l} (${item.question[l].length})`] : []),
        ...item.statements
          .filter((s) => s.text[l].length > LIMITS.statement)
          .map((s) => `items[${i}] level ${s.level} ${l} (${s.text[l].length})`),
      ]),
    );
    expect(long).toEqual([]);
  });

  it('gives the five statements of an item five different texts, in each language', () => {
    const same = q.items.flatMap((item) =>
      LOCALES.filter((l) => new Set(item.statements.map((s) => s.text[l].trim().toLowerCase())).size !== 5).map(
        (l) => `${item.id} (${l})`,
      ),
    );
    expect(same).toEqual([]);
  });

  it('has a help text with an example, and a next step below level 5 that differs from its statement', () => {
    const problems = q.items.flatMap((item) => [
      ...LOCALES.filter((l) => item.help[l].trim() === '').map((l) => `${item.id} help.${l} empty`),
      ...(!/par exemple/i.test(item.help.fr) ? [`${item.id} help.fr has no « Par exemple »`] : []),
      ...(!/for example/i.test(item.help.en) ? [`${item.id} help.en has no "For example"`] : []),
      ...item.statements.flatMap((s) => {
        if (s.level === 5) return s.nextStep ? [`${item.id} level 5 has a next step`] : [];
        if (!s.nextStep) return [`${item.id} level ${s.level} has no next step`];
        return LOCALES.filter((l) => !s.nextStep?.[l].trim() || s.nextStep[l] === s.text[l]).map(
          (l) => `${item.id} level ${s.level} nextStep.${l}`,
        );
      }),
    ]);
    expect(problems).toEqual([]);
  });

  it('ends questions with a question mark and statements with a full stop', () => {
    const problems = q.items.flatMap((item) => [
      ...(!(typographyApplies(q.version) ? /[^\s\u00a0]\u202f?\?$/ : /\u00a0\?$/).test(item.question.fr)
        ? [`${item.id} question.fr`]
        : []),
      ...(!/[^\s]\?$/.test(item.question.en) ? [`${item.id} question.en`] : []),
      ...item.statements.flatMap((s) =>
        LOCALES.filter((l) => !s.text[l].endsWith('.')).map((l) => `${item.id} level ${s.level} ${l}`),
      ),
    ]);
    expect(problems).toEqual([]);
  });

  it('offers two or three dimension actions for each target stage, 2 to 5', () => {
    const [min, max] = LIMITS.actionsPerStage;
    for (const d of q.dimensions) {
      for (const stage of [2, 3, 4, 5]) {
        const n = (d.actions ?? []).filter((a) => a.targetStage === stage).length;
        expect(n, `${d.id} → ${stage}`).toBeGreaterThanOrEqual(min);
        expect(n, `${d.id} → ${stage}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it('keeps levels out of translatable text (levels are data, so a remap never has to touch prose)', () => {
    expect(offenders(all, (s) => /\b(niveau|level|stade|stage|étape)\s+[1-5]\b/i.test(s))).toEqual([]);
  });

  it('has no stray whitespace: none at either end, no double space, no tab or line break', () => {
    expect(offenders(all, (s) => s !== s.trim() || /[ \u00a0]{2}|[\t\n\r]/.test(s))).toEqual([]);
  });

  it('uses typographic apostrophes and quotation marks, never straight ones', () => {
    expect(offenders(all, (s) => /['"]/.test(s))).toEqual([]);
  });

  it('French: the typography rule of its version (OQLF from 3.0.0; a no-break space before ; : ! ? » and after « before)', () => {
    // A digit and its $ or % are joined by a no-break space in every version.
    expect(offenders(all, (s, l) => l === 'fr' && /\d \$|\d \u0025/.test(s))).toEqual([]);
    if (typographyApplies(q.version)) {
      expect(offenders(all, (s, l) => l === 'fr' && frenchTypographyProblems(s).length > 0)).toEqual([]);
      return;
    }
    expect(offenders(all, (s, l) => l === 'fr' && /[ \u202f][;:!?»]|«[ \u202f]/.test(s))).toEqual([]);
    expect(offenders(all, (s, l) => l === 'fr' && /[^\s\u00a0][;!?»]|[^\s\u00a0]:(?!\/\/)|«[^\u00a0]/.test(s))).toEqual(
      [],
    );
  });

  it('English: no French spacing before punctuation, no guillemets', () => {
    expect(offenders(all, (s, l) => l === 'en' && /[\s\u00a0\u202f][;:!?]|[«»]/.test(s))).toEqual([]);
  });

  it('has a pooling-readiness checklist whose rules point at items that exist', () => {
    const criteria = q.readiness?.criteria ?? [];
    expect(criteria.length).toBeGreaterThan(0);
    const itemIds = new Set(q.items.map((i) => i.id));
    expect(criteria.flatMap((c) => c.requires.map((r) => r.item)).filter((id) => !itemIds.has(id))).toEqual([]);
  });
});
