import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { SCHEMA_V1, SCHEMA_V4_ADDED, SCHEMA_V5_ADDED } from '../../support/old-schemas.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { createOrganization, deleteOrganization } from '../../../src/client/storage/organizations.ts';
import { createAssessment, getAnswers, saveAnswer } from '../../../src/client/storage/assessments.ts';
import {
  addRespondent,
  agreeOnAnswer,
  getRespondentAnswers,
  listRespondents,
  readRespondents,
  removeRespondent,
  RespondentGoneError,
  saveRespondentAnswer,
} from '../../../src/client/storage/respondents.ts';

const profile = { name: 'Ensemble Alto', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2' } as const;
const ref = { questionnaireId: 'cqm-maturite', version: '1.0.0' };

let n = 0;
beforeEach(() => {
  useDatabase(openDatabase(`respondents-${++n}`));
});

async function assessment() {
  const org = await createOrganization(profile);
  return { org, a: await createAssessment(org.id, ref) };
}

const valueOf = async (assessmentId: string, itemId: string) => (await getAnswers(assessmentId)).find((x) => x.itemId === itemId);

describe('Dexie version 6: respondents', () => {
  it('a database of version 5 opens in version 6 with every row kept and the respondents’ stores empty, ready to write', async () => {
    const name = `v5-${++n}`;
    // Version 5 exactly as it shipped (db.ts before version 6): its stores and indexes.
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores({});
    old.version(4).stores(SCHEMA_V4_ADDED);
    old.version(5).stores(SCHEMA_V5_ADDED);
    const at = '2026-03-01T10:00:00.000Z';
    const org = { id: 'org-0000-1', name: 'Chœur « Île »', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2', createdAt: at, updatedAt: at };
    const a = { id: 'asm-0000-1', organizationId: org.id, questionnaireId: 'cqm-maturite', version: '1.0.0', status: 'in-progress', startedAt: at, updatedAt: at };
    const answer = { assessmentId: a.id, itemId: 'usage-bilans-campagnes', value: 3, note: 'Vu', updatedAt: at };
    const source = { id: 'src-0000-1', organizationId: org.id, kind: 'billetterie', tool: 'Tuxedo', createdAt: at, updatedAt: at };
    await old.table('organizations').put(org);
    await old.table('assessments').put(a);
    await old.table('answers').put(answer);
    await old.table('dataSources').put(source);
    old.close();

    const database = openDatabase(name);
    useDatabase(database);
    await database.open();
    expect(database.verno).toBeGreaterThanOrEqual(6);
    expect(await getAnswers(a.id)).toEqual([answer]);
    expect((await database.assessments.toArray()).map(({ answers: _answers, ...row }) => row)).toEqual([a]);
    expect(await database.dataSources.toArray()).toEqual([source]);
    expect(await listRespondents(a.id)).toEqual([]);
    const r = await addRespondent(a.id, { label: 'Direction' });
    await saveRespondentAnswer(a.id, r.id, 'usage-bilans-campagnes', { value: 5 });
    expect(await database.respondentAnswers.where('assessmentId').equals(a.id).count()).toBe(1);
    // Opening again changes nothing.
    database.close();
    const again = openDatabase(name);
    await again.open();
    expect(await again.respondents.count()).toBe(1);
    again.close();
  });
});

describe('respondents’ answers and the organization’s', () => {
  it('each answer moves the organization’s answer to the proposal (the median), until the group agrees', async () => {
    const { a } = await assessment();
    const [d, c, p] = [await addRespondent(a.id, { label: 'Direction', name: '  Hélène ' }), await addRespondent(a.id, { label: 'Communications' }), await addRespondent(a.id, { label: 'Production' })];
    expect((await listRespondents(a.id)).map((r) => [r.label, r.name])).toEqual([
      ['Direction', 'Hélène'],
      ['Communications', undefined],
      ['Production', undefined],
    ]);
    await saveRespondentAnswer(a.id, d.id, 'item-1', { value: 1 });
    expect((await valueOf(a.id, 'item-1'))?.value).toBe(1);
    await saveRespondentAnswer(a.id, c.id, 'item-1', { value: 4 });
    expect((await valueOf(a.id, 'item-1'))?.value).toBe(1);
    await saveRespondentAnswer(a.id, p.id, 'item-1', { value: 5 });
    expect((await valueOf(a.id, 'item-1'))?.value).toBe(4);
    expect((await valueOf(a.id, 'item-1'))?.agreedAt).toBeUndefined();

    await agreeOnAnswer(a.id, 'item-1', 3, '  On se rencontre le lundi ');
    expect(await valueOf(a.id, 'item-1')).toMatchObject({ value: 3, agreedWhy: 'On se rencontre le lundi' });
    // Agreed: a respondent changing their mind afterwards does not move it.
    await saveRespondentAnswer(a.id, d.id, 'item-1', { value: 5 });
    expect((await valueOf(a.id, 'item-1'))?.value).toBe(3);
  });

  it('a note alone does not move the organization’s answer; a respondent removed takes their answers and the proposal follows', async () => {
    const { a } = await assessment();
    await saveAnswer(a.id, 'item-2', { value: 2, note: 'La nôtre' });
    const d = await addRespondent(a.id, { label: 'Direction' });
    const c = await addRespondent(a.id, { label: 'Communications' });
    await saveRespondentAnswer(a.id, d.id, 'item-2', { note: 'Pas sûr' });
    expect((await valueOf(a.id, 'item-2'))?.value).toBe(2);
    await saveRespondentAnswer(a.id, d.id, 'item-2', { value: 1 });
    await saveRespondentAnswer(a.id, c.id, 'item-2', { value: 5 });
    expect(await valueOf(a.id, 'item-2')).toMatchObject({ value: 1, note: 'La nôtre' });
    await removeRespondent(a.id, d.id);
    expect((await valueOf(a.id, 'item-2'))?.value).toBe(5);
    expect((await getRespondentAnswers(a.id)).map((r) => r.respondentId)).toEqual([c.id]);
    const view = await readRespondents(a.id);
    expect(view.respondents.map((r) => r.label)).toEqual(['Communications']);
  });

  it('refuses an empty label and an answer for a respondent removed meanwhile, writing nothing', async () => {
    const { a } = await assessment();
    await expect(addRespondent(a.id, { label: '   ' })).rejects.toThrow();
    const d = await addRespondent(a.id, { label: 'Direction' });
    await removeRespondent(a.id, d.id);
    await expect(saveRespondentAnswer(a.id, d.id, 'item-1', { value: 2 })).rejects.toBeInstanceOf(RespondentGoneError);
    expect(await db().respondentAnswers.count()).toBe(0);
    expect(await getAnswers(a.id)).toEqual([]);
  });

  it('deleting the organization deletes its respondents and their answers', async () => {
    const { org, a } = await assessment();
    const d = await addRespondent(a.id, { label: 'Direction' });
    await saveRespondentAnswer(a.id, d.id, 'item-1', { value: 2 });
    await deleteOrganization(org.id);
    expect(await db().respondents.count()).toBe(0);
    expect(await db().respondentAnswers.count()).toBe(0);
  });
});
