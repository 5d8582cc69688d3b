/**
 * The engine against the three personas' results worked out by hand (tests/fixtures/personas).
 * If one of these fails, either the engine or the model changed: recompute by hand before touching
 * the expected values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE } from '../../../src/core/answers.ts';
import { parseQuestionnaireText } from '../../../src/core/questionnaire/parse.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { questionnaireFor } from '../../../src/core/applicability.ts';
import { assessObligations } from '../../../src/core/obligations.ts';
import { assessReadiness, READINESS_OUTCOMES } from '../../../src/core/readiness.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { personas, type Persona } from '../../fixtures/personas/index.ts';
import { makeAnswers } from '../../support/builders.ts';

function load(ref: Persona['questionnaire']): Questionnaire {
  const url = new URL(`../../../questionnaires/${ref.id}/${ref.version}.json`, import.meta.url);
  const result = parseQuestionnaireText(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(`${ref.id} ${ref.version} does not parse`);
  return result.questionnaire;
}

it('each readiness outcome is reached by one persona of each version', () => {
  const versions = new Set(personas.map((p) => p.questionnaire.version));
  for (const version of versions) {
    const outcomes = personas.filter((p) => p.questionnaire.version === version).map((p) => p.expected.readiness.outcome);
    expect(outcomes.sort(), version).toEqual([...READINESS_OUTCOMES].sort());
  }
});

describe.each(personas)('persona $id', (persona) => {
  // The persona's own view: only the items that apply to how it sells (applicability.ts).
  const q = questionnaireFor(load(persona.questionnaire), persona.profile.salesModes);
  const answers = makeAnswers(persona.answers);

  it('answers every item that applies to it exactly once, and "not applicable" only where the item allows it', () => {
    expect(Object.keys(persona.answers).sort()).toEqual(q.items.map((i) => i.id).sort());
    const notAllowed = q.items.filter((i) => persona.answers[i.id] === NOT_APPLICABLE && !i.notApplicable);
    expect(notAllowed.map((i) => i.id)).toEqual([]);
  });

  it('gets, per dimension, the score, stage and confidence worked out by hand', () => {
    const result = scoreAssessment(q, answers);
    expect(Object.keys(persona.expected.dimensions)).toEqual(q.dimensions.map((d) => d.id));
    for (const d of result.dimensions) {
      const expected = persona.expected.dimensions[d.dimensionId];
      if (!expected) throw new Error(`no expected result for ${d.dimensionId}`);
      const { working: _working, ...numbers } = expected;
      expect({ ...d, id: d.dimensionId }).toMatchObject({ id: d.dimensionId, ...numbers });
      expect(d.confidence).toBeCloseTo(expected.valued / expected.applicable, 10);
    }
    expect(result.overall).toBe(persona.expected.overall);
  });

  it('gets the Law 25 obligations worked out by hand, where the version has them', () => {
    const obligations = assessObligations(q, answers);
    expect(obligations?.criteria.map((c) => ({ criterionId: c.criterionId, status: c.status })) ?? null).toEqual(
      persona.expected.obligations?.criteria ?? null,
    );
  });

  it('gets the readiness outcome and the missing criteria worked out by hand', () => {
    const readiness = assessReadiness(q, answers);
    expect(readiness?.outcome).toBe(persona.expected.readiness.outcome);
    expect(readiness?.missing.map((c) => ({ criterionId: c.criterionId, status: c.status }))).toEqual(
      persona.expected.readiness.missing,
    );
  });
});
