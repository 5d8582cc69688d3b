/**
 * An assessment's questionnaire as its organization answers it: the pinned version, narrowed to the
 * items that apply to how the organization sells and worded for it (src/core/applicability.ts).
 * Every screen, export and sync reads this view, so they all agree on what was asked.
 */
import { questionnaireFor } from '../../core/applicability.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import { getOrganization } from '../storage/first-reads.ts';
import type { AssessmentRow } from '../storage/rows.ts';
import { loadQuestionnaire } from './catalog.ts';

export async function loadQuestionnaireFor(row: Pick<AssessmentRow, 'questionnaireId' | 'version' | 'organizationId'>): Promise<Questionnaire> {
  const [questionnaire, organization] = await Promise.all([
    loadQuestionnaire(row),
    // The profile only narrows the questionnaire: if it cannot be read, every item is asked.
    getOrganization(row.organizationId).catch(() => undefined),
  ]);
  return questionnaireFor(questionnaire, organization?.salesModes);
}
