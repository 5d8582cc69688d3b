/**
 * The legal-obligations checklist: each obligation met, not met or unknown, from the answers, with the
 * same condition logic as readiness; never averaged into any score.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue } from '../../../src/core/answers.ts';
import { questionnaireFor } from '../../../src/core/applicability.ts';
import { assessObligations } from '../../../src/core/obligations.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { criterion, makeAnswers, makeQuestionnaire } from '../../support/builders.ts';

const text = (fr: string, en = fr) => ({ fr, en });

function withObligations(q: Questionnaire): Questionnaire {
  return {
    ...q,
    obligations: {
      title: text('Obligations de la Loi 25', 'Law 25 obligations'),
      description: text('Une liste, pas une note.', 'A checklist, not a score.'),
      criteria: [
        criterion('responsable', [['g-1', 3]]),
        criterion('politique', [['g-2', 2]]),
        criterion('registre', [
          ['g-3', 3],
          ['g-4', 3],
        ], { match: 'any' }),
      ].map(({ essential: _e, ...c }) => c),
    },
  };
}

const q = withObligations(makeQuestionnaire([{ id: 'g', items: [{}, {}, {}, { appliesWhen: ['salle'] }] }]));

describe('obligations', () => {
  it('a questionnaire without a checklist has none', () => {
    expect(assessObligations(makeQuestionnaire(), [])).toBeNull();
  });

  it('each obligation is met, not met or unknown, and counted', () => {
    const result = assessObligations(q, makeAnswers({ 'g-1': 3, 'g-2': 1, 'g-3': 'dont-know' }));
    expect(result?.criteria.map((c) => [c.criterionId, c.status])).toEqual([
      ['responsable', 'met'],
      ['politique', 'unmet'],
      ['registre', 'unknown'],
    ]);
    expect(result?.counts).toEqual({ met: 1, unmet: 1, unknown: 1 });
  });

  it('an obligation resting on an item that does not apply is met by another of its conditions, or by that', () => {
    const view = questionnaireFor(q, ['tournee']);
    const result = assessObligations(view, makeAnswers({ 'g-1': 3, 'g-2': 2, 'g-3': 1 }));
    expect(result?.criteria.find((c) => c.criterionId === 'registre')?.status).toBe('met');
  });

  it('never changes a score, however it is answered', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know'), { minLength: 4, maxLength: 4 }), (values) => {
        const answers = makeAnswers(Object.fromEntries(values.map((v, i) => [`g-${i + 1}`, v])));
        const { obligations: _o, ...plain } = q;
        expect(scoreAssessment(q, answers)).toEqual(scoreAssessment(plain, answers));
      }),
    );
  });
});
