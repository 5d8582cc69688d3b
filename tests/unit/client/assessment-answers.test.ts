/**
 * Answers stored in their assessment's record (Dexie version 7): moving them there and back keeps
 * every row as it was, a version 6 database (one record per answer) opens with every answer in its
 * assessment, the unreadable ones included, and writing one answer leaves the others untouched.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { withAnswerRow, withAnswers, withoutAnswers, writeAnswerRow } from '../../../src/client/storage/assessment-answers.ts';
import { getAnswers, getAssessment, saveAnswer } from '../../../src/client/storage/assessments.ts';
import { AssessmentGoneError } from '../../../src/client/storage/errors.ts';
import { deleteOrganization, organizationContents } from '../../../src/client/storage/organizations.ts';
import type { AnswerRow } from '../../../src/client/storage/rows.ts';
import { SCHEMA_V1, SCHEMA_V4_ADDED, SCHEMA_V5_ADDED, SCHEMA_V6_ADDED } from '../../support/old-schemas.ts';

const AT = '2026-03-01T10:00:00.000Z';
const A1 = '00000000-0000-4000-8000-000000000001';
const A2 = '00000000-0000-4000-8000-000000000002';
type Row = Record<string, unknown>;

const answerRow = fc.record({
  assessmentId: fc.constantFrom('a1', 'a2', 'a3', 'gone'),
  itemId: fc.constantFrom('i1', 'i2', 'i3', 'i4'),
  value: fc.constantFrom(1, 2, 3, 4, 5, 'dont-know'),
  updatedAt: fc.constant(AT),
});
const assessmentRow = (id: string): Row => ({ id, status: 'in-progress', updatedAt: AT });

/** A database of version 6 exactly as it shipped (db.ts before version 7). */
function versionSix(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores({});
  old.version(4).stores(SCHEMA_V4_ADDED);
  old.version(5).stores(SCHEMA_V5_ADDED);
  old.version(6).stores(SCHEMA_V6_ADDED);
  return old;
}

describe('answers in their assessment’s record', () => {
  it('keep every row of an assessment that is there, the last written per item winning (as a put of the same key did); the others are orphans', () => {
    fc.assert(
      fc.property(fc.array(answerRow, { maxLength: 30 }), fc.subarray(['a1', 'a2', 'a3']), (rows, ids) => {
        const { records, orphans } = withAnswers(ids.map(assessmentRow), rows);
        expect(records.map((r) => r.id)).toEqual(ids);
        expect(orphans).toEqual(rows.filter((r) => !ids.includes(r.assessmentId)));
        const lastByKey = new Map(rows.filter((r) => ids.includes(r.assessmentId)).map((r) => [`${r.assessmentId}/${r.itemId}`, r]));
        const back = withoutAnswers(records);
        expect(back.assessments).toEqual(ids.map(assessmentRow));
        expect(back.answers).toHaveLength(lastByKey.size);
        for (const row of back.answers) expect(row).toBe(lastByKey.get(`${String(row.assessmentId)}/${String(row.itemId)}`));
        for (const record of records) expect(((record.answers ?? []) as Row[]).every((a) => a.assessmentId === record.id)).toBe(true);
      }),
    );
  });

  it('an answers field already in an assessment row (a hostile file) is replaced, never kept', () => {
    const { records } = withAnswers([{ ...assessmentRow('a1'), answers: [{ itemId: 'x', value: 9 }] }], []);
    expect(records).toEqual([assessmentRow('a1')]);
  });

  it('an answer written replaces the one for its item or comes last, the others kept as they were', () => {
    fc.assert(
      fc.property(fc.array(answerRow, { maxLength: 10 }), answerRow, (rows, row) => {
        const stored = withoutAnswers(withAnswers([assessmentRow('a1')], rows.map((r) => ({ ...r, assessmentId: 'a1' }))).records).answers;
        const next = withAnswerRow(stored, { ...row, assessmentId: 'a1' } as AnswerRow) as Row[];
        expect(next.filter((r) => r.itemId !== row.itemId)).toEqual(stored.filter((r) => r.itemId !== row.itemId));
        expect(next.filter((r) => r.itemId === row.itemId)).toEqual([{ ...row, assessmentId: 'a1' }]);
        expect(next).toHaveLength(stored.some((r) => r.itemId === row.itemId) ? stored.length : stored.length + 1);
      }),
    );
  });
});

describe('Dexie version 7: answers in their assessment’s record', () => {
  it('a version 6 database opens with every answer in its assessment, an unreadable one kept, and the old store gone', async () => {
    const name = `v6-${Math.random()}`;
    const old = versionSix(name);
    const org = { id: '00000000-0000-4000-8000-0000000000f1', name: 'Chœur « Île »', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2', createdAt: AT, updatedAt: AT };
    const assessments = [A1, A2].map((id) => ({ id, organizationId: org.id, questionnaireId: 'cqm-maturite', version: '1.0.0', status: 'in-progress', startedAt: AT, updatedAt: AT }));
    const answers = [
      { assessmentId: A1, itemId: 'usage-bilans-campagnes', value: 3, note: 'Vu « là »', updatedAt: AT },
      { assessmentId: A1, itemId: 'usage-tableau', value: 'peut-être', updatedAt: 'hier' },
      { assessmentId: A2, itemId: 'usage-bilans-campagnes', value: 'not-applicable', toConfirm: true, updatedAt: AT },
    ];
    await old.table('organizations').put(org);
    await old.table('assessments').bulkPut(assessments);
    await old.table('answers').bulkPut(answers);
    old.close();

    const database = openDatabase(name);
    useDatabase(database);
    await database.open();
    expect(database.tables.map((t) => t.name)).not.toContain('answers');
    expect(await database.assessments.toArray()).toEqual([
      { ...assessments[0], answers: answers.slice(0, 2) },
      { ...assessments[1], answers: answers.slice(2) },
    ]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect((await getAnswers(A1)).map((a) => a.itemId)).toEqual(['usage-bilans-campagnes']);
      // The assessment as the app reads it has no answers field.
      expect(await getAssessment(A1)).toEqual(assessments[0]);
      // A new answer beside the unreadable one leaves it as it was: never dropped by another's write.
      await saveAnswer(A1, 'usage-donnees', { value: 2 });
      expect((await database.assessments.get(A1))?.answers).toEqual([...answers.slice(0, 2), expect.objectContaining({ itemId: 'usage-donnees', value: 2 })]);
    } finally {
      warn.mockRestore();
    }
    expect(await organizationContents(org.id)).toMatchObject({ assessments: 2, answers: 4 });
    await deleteOrganization(org.id);
    expect(await database.assessments.count()).toBe(0);
    database.close();
  });

  it('answers of an assessment deleted by an early release (never shown nor exported) go with it, and say so in the console', async () => {
    const name = `v6-orphans-${Math.random()}`;
    const old = versionSix(name);
    await old.table('answers').put({ assessmentId: A2, itemId: 'usage-tableau', value: 3, updatedAt: AT });
    old.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const database = openDatabase(name);
      await database.open();
      expect(await database.assessments.count()).toBe(0);
      expect(warn).toHaveBeenCalledWith('[diapason] 1 answers of deleted assessments were not kept');
      database.close();
    } finally {
      warn.mockRestore();
    }
  });

  it('writing one answer leaves the others as they were; into an assessment that is not stored, refused', async () => {
    const database = openDatabase(`v7-${Math.random()}`);
    useDatabase(database);
    const assessment = { id: A1, organizationId: A2, questionnaireId: 'cqm-maturite', version: '1.0.0', status: 'in-progress', startedAt: AT, updatedAt: AT } as const;
    await database.assessments.put(assessment);
    const first = { assessmentId: A1, itemId: 'i1', value: 3, updatedAt: AT } as AnswerRow;
    await writeAnswerRow(database, first);
    await writeAnswerRow(database, { assessmentId: A1, itemId: 'i2', value: 4, updatedAt: AT } as AnswerRow);
    await writeAnswerRow(database, { ...first, value: 5 });
    expect(await database.assessments.get(A1)).toEqual({ ...assessment, answers: [{ ...first, value: 5 }, { assessmentId: A1, itemId: 'i2', value: 4, updatedAt: AT }] });
    await expect(writeAnswerRow(database, { ...first, assessmentId: A2 })).rejects.toBeInstanceOf(AssessmentGoneError);
    database.close();
  });
});
