/**
 * An answer's save in one round trip, from what the screen holds: whatever the screen believed,
 * the stored rows end exactly as a read-then-write would leave them; an assessment deleted meanwhile
 * refuses the write with nothing written; live queries hear of it.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { createOrganization } from '../../../src/client/storage/organizations.ts';
import { createAssessment, getAnswers, getAssessment, saveAnswer, watchAnswers } from '../../../src/client/storage/assessments.ts';
import { AssessmentGoneError } from '../../../src/client/storage/errors.ts';
import type { AnswerRow, AssessmentRow } from '../../../src/client/storage/rows.ts';
import { writeAnswerRow } from '../../../src/client/storage/assessment-answers.ts';

const profile = { name: 'Ensemble Alto', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2' } as const;
const ref = { questionnaireId: 'cqm-maturite', version: '3.0.0' };
const NOW = new Date('2026-12-07T10:00:00.000Z');

let n = 0;
beforeEach(() => {
  useDatabase(openDatabase(`answer-save-${++n}`));
});

async function setUp() {
  const org = await createOrganization(profile);
  return createAssessment(org.id, ref);
}

const level = fc.constantFrom(1, 2, 3, 4, 5, 'dont-know', 'not-applicable') as fc.Arbitrary<AnswerRow['value']>;
const note = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });
const change = fc.oneof(level.map((value) => ({ value })), fc.string({ maxLength: 20 }).map((note) => ({ note })));
/** What was stored for the item before, if anything. */
const stored = fc.option(fc.record({ value: fc.option(level, { nil: undefined }), note, toConfirm: fc.option(fc.constant(true as const), { nil: undefined }) }), { nil: undefined });

describe('saving an answer in one round trip', () => {
  it('leaves the same rows as a read-then-write, whether the screen’s copy was right or stale, the other answers included', async () => {
    await fc.assert(
      fc.asyncProperty(stored, stored, stored, stored, change, fc.boolean(), async (onDisk, onScreen, otherOnDisk, otherOnScreen, what, staleAssessment) => {
        useDatabase(openDatabase(`answer-save-${++n}`));
        const assessment = await setUp();
        const row = (assessmentId: string, itemId: string, s: typeof onDisk): AnswerRow[] =>
          s ? [Object.fromEntries(Object.entries({ assessmentId, itemId, updatedAt: '2026-12-01T00:00:00.000Z', ...s }).filter(([, v]) => v !== undefined)) as AnswerRow] : [];
        // What is stored for this item and another one, and what the screen believes of both.
        const disk = (id: string) => [...row(id, 'usage-2', otherOnDisk), ...row(id, 'usage-1', onDisk)];
        // Another tab changed the assessment (a target) after this screen read it.
        const screenAssessment: AssessmentRow = { ...assessment };
        if (staleAssessment) await db().assessments.put({ ...assessment, targets: { usage: 4 } });
        for (const r of disk(assessment.id)) await writeAnswerRow(db(), r);
        const screen = [...row(assessment.id, 'usage-1', onScreen), ...row(assessment.id, 'usage-2', otherOnScreen)];
        const saved = await saveAnswer(assessment.id, 'usage-1', what, NOW, { answers: screen, assessment: screenAssessment });
        const answersAfter = await getAnswers(assessment.id);
        const assessmentAfter = await getAssessment(assessment.id);

        // The same from scratch, reading first.
        useDatabase(openDatabase(`answer-save-${++n}`));
        const again = await setUp();
        if (staleAssessment) await db().assessments.put({ ...again, targets: { usage: 4 } });
        for (const r of disk(again.id)) await writeAnswerRow(db(), r);
        const expected = await saveAnswer(again.id, 'usage-1', what, NOW);
        const anonymous = (rows: AnswerRow[]) => rows.map((a) => ({ ...a, assessmentId: '' })).sort((a, b) => a.itemId.localeCompare(b.itemId));
        expect({ ...saved, assessmentId: '' }).toEqual({ ...expected, assessmentId: '' });
        expect(anonymous(answersAfter)).toEqual(anonymous(await getAnswers(again.id)));
        expect(assessmentAfter?.targets).toEqual((await getAssessment(again.id))?.targets);
        expect(assessmentAfter?.updatedAt).toBe(NOW.toISOString());
      }),
      { numRuns: 40 },
    );
  });

  it('an assessment deleted meanwhile: refused, and nothing written', async () => {
    const assessment = await setUp();
    await db().assessments.delete(assessment.id);
    await expect(saveAnswer(assessment.id, 'usage-1', { value: 3 }, NOW, { assessment })).rejects.toBeInstanceOf(AssessmentGoneError);
    expect(await db().assessments.count()).toBe(0);
  });

  it('an answer the schema refuses: nothing written', async () => {
    const assessment = await setUp();
    await expect(saveAnswer(assessment.id, 'usage-1', { value: 9 as never }, NOW, { assessment })).rejects.toThrow();
    expect((await db().assessments.get(assessment.id))?.answers).toBeUndefined();
    expect((await getAssessment(assessment.id))?.updatedAt).toBe(assessment.updatedAt);
  });

  it('live queries hear of it, though Dexie did not write it', async () => {
    const assessment = await setUp();
    const seen: number[] = [];
    const stop = watchAnswers(assessment.id, (rows) => seen.push(rows.length), () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await saveAnswer(assessment.id, 'usage-1', { value: 3 }, NOW, { assessment });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(seen.at(-1)).toBe(1);
  });
});
