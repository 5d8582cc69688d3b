/** The OQLF typography rule the questionnaire check applies to French text from 3.0.0 on. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuestionnaire } from '../../../src/core/questionnaire/parse.ts';
import { formatIssue, formatPath, severityOf } from '../../../src/core/questionnaire/issues.ts';
import { frenchTypographyProblems, typographyModeOf } from '../../../src/core/questionnaire/typography.ts';
import { makeQuestionnaire } from '../../support/builders.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const rules = (text: string) => frenchTypographyProblems(text).map((p) => p.rule);

describe('French typography (OQLF)', () => {
  it('accepts the Québec forms', () => {
    for (const text of [
      'Qui s’en occupe?',
      `Qui s’en occupe${NNBSP}?`,
      'Oui; non! Vraiment?',
      `Par exemple${NBSP}: la billetterie.`,
      `Le mot «${NBSP}diffuseur${NBSP}» compte.`,
      'Voir https://artsdata.ca pour les données.',
      'Un ratio 3:1 reste tel quel.',
    ]) {
      expect(rules(text), text).toEqual([]);
    }
  });

  it('refuses a plain or no-break space before ; ! ?', () => {
    expect(rules('Qui s’en occupe ?')).toEqual(['space-before-tight']);
    expect(rules(`Oui${NBSP}; non${NBSP}!`)).toEqual(['space-before-tight', 'space-before-tight']);
  });

  it('wants a no-break space before a colon', () => {
    expect(rules('Par exemple: la billetterie.')).toEqual(['colon-space']);
    expect(rules('Par exemple : la billetterie.')).toEqual(['colon-space']);
    expect(rules(`Par exemple${NNBSP}: la billetterie.`)).toEqual(['colon-space']);
  });

  it('wants no-break spaces inside guillemets', () => {
    expect(rules('Le mot « diffuseur » compte.')).toEqual(['guillemet-space', 'guillemet-space']);
    expect(rules('Le mot «diffuseur» compte.')).toEqual(['guillemet-space', 'guillemet-space']);
  });

  it('shows where, with the spaces made visible', () => {
    expect(frenchTypographyProblems('Qui s’en occupe ?')[0]?.excerpt).toBe('…s’en␣occupe␣?');
  });

  // The marks the rules look at: ; : ! ? « » and, after a number, $ and % (number-unit-space).
  it('property: text without any of the marks the rules look at always passes', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[;:!?«»$%]/.test(s)), (s) => {
        expect(frenchTypographyProblems(s)).toEqual([]);
      }),
    );
  });

  it('property: fixing every space before ; ! ? leaves no such problem', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('mot', ' ', NBSP, '?', '!', ';', 'a'), { maxLength: 30 }), (parts) => {
        const fixed = parts.join('').replace(/[ \u00a0]+(?=[;!?])/g, '');
        expect(rules(fixed).filter((r) => r === 'space-before-tight')).toEqual([]);
      }),
    );
  });

  it('applies to every file but those published before it', () => {
    expect(typographyModeOf({ id: 'cqm-maturite', version: '2.0.0' })).toBe('legacy');
    expect(typographyModeOf({ id: 'cqm-maturite', version: '1.0.0' })).toBe('legacy');
    expect(typographyModeOf({ id: 'cqm-maturite', version: '3.0.0' })).toBe('oqlf');
    expect(typographyModeOf({ id: 'cqm-apercu', version: '1.0.0' })).toBe('oqlf');
    expect(typographyModeOf({ id: 'other', version: '2.0.0' })).toBe('oqlf');
  });
});

describe('the questionnaire check', () => {
  const spaced = (version: string) => {
    const q = makeQuestionnaire([{ id: 'a', items: 1 }], { id: 'cqm-maturite', version });
    q.items[0]!.question = { fr: 'Qui s’en occupe ?', en: 'Who does it?' };
    q.dimensions[0]!.description = { fr: 'Par exemple: rien.', en: 'For example: nothing.' };
    return q;
  };

  it('warns about French text against the rule in a 3.0.0 file, naming the path of each; the file stays usable', () => {
    const result = parseQuestionnaire(spaced('3.0.0'));
    if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i)).join('\n'));
    const found = result.warnings.filter((i) => i.kind === 'typography');
    expect(found.map((i) => formatPath(i.path))).toEqual(['dimensions[0].description.fr', 'items[0].question.fr']);
    expect(found.map((i) => severityOf(i))).toEqual(['warning', 'warning']);
    expect(formatIssue(found[1]!, 'fr')).toContain('?');
    expect(formatIssue(found[1]!, 'en')).toContain('no space');
  });

  it('holds files published before it to the rule they were written to: a no-break space before ; : ! ? »', () => {
    const result = parseQuestionnaire(spaced('2.0.0'));
    if (!result.ok) throw new Error('refused');
    const rules = result.warnings.flatMap((i) => (i.kind === 'typography' ? [i.rule] : []));
    expect(rules).toEqual(['legacy-no-break-space', 'legacy-no-break-space']);
    expect(frenchTypographyProblems(`Qui s’en occupe${NBSP}?`, 'legacy')).toEqual([]);
    expect(frenchTypographyProblems(`Par exemple${NBSP}: «${NBSP}oui${NBSP}».`, 'legacy')).toEqual([]);
    expect(frenchTypographyProblems('Qui s’en occupe?', 'legacy').map((p) => p.rule)).toEqual(['legacy-no-break-space']);
  });

  it('joins a number and its $ or % with a no-break space, in every version', () => {
    for (const mode of ['oqlf', 'legacy'] as const) {
      expect(frenchTypographyProblems('Un billet à 35 $ et 10 % de rabais.', mode).map((p) => p.rule)).toEqual([
        'number-unit-space',
        'number-unit-space',
      ]);
      expect(frenchTypographyProblems(`Un billet à 35${NBSP}$ et 10${NBSP}% de rabais.`, mode)).toEqual([]);
    }
  });
});
