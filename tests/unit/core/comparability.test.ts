import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { familyOf, isComparable, versionFamilies } from '../../../src/core/comparability.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { makeQuestionnaire } from '../../support/builders.ts';
import { bundledQuestionnaire } from '../../support/questionnaires.ts';

/** A version that follows `from` (or stands first), comparable with it or not. */
function version(v: string, from?: string, comparable = true, id = 'q'): Questionnaire {
  return makeQuestionnaire(undefined, {
    id,
    version: v,
    ...(from ? { carryOver: { fromVersion: from, scoresComparable: comparable, summary: { fr: 'x', en: 'x' }, items: [] } } : {}),
  });
}

describe('version families', () => {
  it('cut the chain where a version declares its scores not comparable', () => {
    const chain = [version('1.0.0'), version('1.1.0', '1.0.0'), version('2.0.0', '1.1.0', false), version('2.1.0', '2.0.0')];
    expect(versionFamilies(chain)).toEqual([
      { questionnaireId: 'q', id: '1.0.0', versions: ['1.0.0', '1.1.0'] },
      { questionnaireId: 'q', id: '2.0.0', versions: ['2.0.0', '2.1.0'] },
    ]);
  });

  it('keep a version that does not follow the one before it apart, and each questionnaire apart', () => {
    const families = versionFamilies([version('1.0.0'), version('1.2.0', '1.1.0'), version('1.0.0', undefined, true, 'other')]);
    expect(families.map((f) => [f.questionnaireId, f.versions])).toEqual([
      ['other', ['1.0.0']],
      ['q', ['1.0.0']],
      ['q', ['1.2.0']],
    ]);
  });

  it('give a version nobody declared a family of its own', () => {
    const families = versionFamilies([version('1.0.0'), version('1.1.0', '1.0.0')]);
    expect(familyOf('q', '1.1.0', families)).toBe('1.0.0');
    expect(familyOf('q', '1.5.0', families)).toBe('1.5.0');
    expect(familyOf('other', '1.0.0', families)).toBe('1.0.0');
  });

  it('put two versions in one family exactly when isComparable says their scores compare (random chains)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }), (steps, gaps) => {
        // Versions 1.0.0, 1.1.0, …; step i declares whether 1.(i+1).0 compares with 1.i.0; a gap drops a version from the set.
        const all = [version('1.0.0'), ...steps.map((comparable, i) => version(`1.${i + 1}.0`, `1.${i}.0`, comparable))];
        const versions = all.filter((_, i) => !gaps.includes(i));
        const families = versionFamilies(versions);
        for (const a of versions) {
          for (const b of versions) {
            const same = familyOf('q', a.version, families) === familyOf('q', b.version, families);
            expect(same, `${a.version} ${b.version}`).toBe(isComparable({ questionnaireId: 'q', version: a.version }, { questionnaireId: 'q', version: b.version }, versions));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keep the published cqm-maturite 1.0.0 and 2.0.0 apart (2.0.0 declares its scores not comparable)', () => {
    const bundled = ['1.0.0', '2.0.0'].map((v) => bundledQuestionnaire({ questionnaireId: 'cqm-maturite', version: v })!);
    expect(versionFamilies(bundled).map((f) => f.versions)).toEqual([['1.0.0'], ['2.0.0']]);
  });
});
