import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { createOrganization, listOrganizations } from '../../../src/client/storage/organizations.ts';
import {
  createAssessment,
  getAnswers,
  listAssessments,
  saveAnswer,
  updateAssessment,
} from '../../../src/client/storage/assessments.ts';

const profile = { name: 'Ensemble Alto', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2' } as const;
const ref = { questionnaireId: 'cqm-maturite', version: '1.0.0' };

let dbName = 0;
beforeEach(() => {
  useDatabase(openDatabase(`test-${++dbName}`));
});

describe('storage', () => {
  it('keeps an organization, its assessment and each answer', async () => {
    const org = await createOrganization(profile);
    const assessment = await createAssessment(org.id, ref);
    await saveAnswer(assessment.id, 'collecte-1', { value: 3 });
    await saveAnswer(assessment.id, 'collecte-2', { value: 'dont-know' });
    await saveAnswer(assessment.id, 'collecte-1', { value: 4 });

    expect((await listOrganizations()).map((o) => o.name)).toEqual(['Ensemble Alto']);
    expect((await listAssessments(org.id)).map((a) => a.version)).toEqual(['1.0.0']);
    const answers = await getAnswers(assessment.id);
    expect(Object.fromEntries(answers.map((a) => [a.itemId, a.value]))).toEqual({ 'collecte-1': 4, 'collecte-2': 'dont-know' });
  });

  it('keeps a note written before any answer, and the answer given after it', async () => {
    const org = await createOrganization(profile);
    const assessment = await createAssessment(org.id, ref);
    await saveAnswer(assessment.id, 'usage-1', { note: 'Voir le rapport 2024' });
    await saveAnswer(assessment.id, 'usage-1', { value: 2 });
    expect(await getAnswers(assessment.id)).toMatchObject([{ itemId: 'usage-1', value: 2, note: 'Voir le rapport 2024' }]);
  });

  it('an answer given confirms an answer carried over', async () => {
    const org = await createOrganization(profile);
    const assessment = await createAssessment(org.id, ref);
    await saveAnswer(assessment.id, 'usage-1', { value: 2 });
    // Simulate a carried-over answer awaiting confirmation.
    const { db } = await import('../../../src/client/storage/db.ts');
    const { writeAnswerRow } = await import('../../../src/client/storage/assessment-answers.ts');
    await writeAnswerRow(db(), { ...(await getAnswers(assessment.id))[0]!, toConfirm: true });
    await saveAnswer(assessment.id, 'usage-1', { note: 'x' });
    expect((await getAnswers(assessment.id))[0]?.toConfirm).toBe(true);
    await saveAnswer(assessment.id, 'usage-1', { value: 2 });
    expect((await getAnswers(assessment.id))[0]?.toConfirm).toBeUndefined();
  });

  it('refuses an answer the schema does not allow, and writes nothing', async () => {
    const org = await createOrganization(profile);
    const assessment = await createAssessment(org.id, ref);
    await expect(saveAnswer(assessment.id, 'usage-1', { value: 7 as never })).rejects.toThrow();
    await expect(saveAnswer(assessment.id, 'Bad Id', { value: 2 })).rejects.toThrow();
    expect(await getAnswers(assessment.id)).toEqual([]);
  });

  it('skips a row it cannot read instead of failing the whole list', async () => {
    const org = await createOrganization(profile);
    const assessment = await createAssessment(org.id, ref);
    await saveAnswer(assessment.id, 'usage-1', { value: 2 });
    const { db } = await import('../../../src/client/storage/db.ts');
    const { writeAnswerRow } = await import('../../../src/client/storage/assessment-answers.ts');
    await writeAnswerRow(db(), { assessmentId: assessment.id, itemId: 'usage-2', value: 'maybe', updatedAt: 'x' } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect((await getAnswers(assessment.id)).map((a) => a.itemId)).toEqual(['usage-1']);
      // Said once in the console, for whoever investigates; the person sees the rest of their answers.
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/ignored an unreadable row in answers/);
    } finally {
      warn.mockRestore();
    }
  });

  it('records where the person stopped and when the assessment was completed', async () => {
    const org = await createOrganization(profile);
    const assessment = await createAssessment(org.id, ref);
    await updateAssessment(assessment.id, { currentDimension: 'usage' });
    await updateAssessment(assessment.id, { status: 'completed', completedAt: '2026-11-21T10:00:00.000Z' });
    expect(await listAssessments(org.id)).toMatchObject([
      { currentDimension: 'usage', status: 'completed', completedAt: '2026-11-21T10:00:00.000Z' },
    ]);
    await expect(updateAssessment('missing-id', { currentDimension: 'usage' })).rejects.toThrow(/no longer exists/);
  });
});
