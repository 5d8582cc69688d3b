import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { createOrganization } from '../../../src/client/storage/organizations.ts';
import { createAssessment, getAnswers } from '../../../src/client/storage/assessments.ts';
import { addRespondent, agreeOnAnswer, getRespondentAnswers, replaceRespondentAnswers, saveRespondentAnswer } from '../../../src/client/storage/respondents.ts';
import {
  buildInvitation,
  buildResponse,
  MAX_RESPONSE_BYTES,
  readInvitation,
  readResponse,
  responseProblem,
  serializeExchange,
  type ResponseBody,
  type ResponseFile,
  type ResponseTarget,
} from '../../../src/client/storage/respondent-files.ts';
import { checksumOf } from '../../../src/client/storage/backup/format.ts';
import { getInvitation, listInvitations, receiveInvitation, saveInvitationAnswer } from '../../../src/client/storage/invitations.ts';
import { currentQuestionnaire } from '../../support/questionnaires.ts';

const q = currentQuestionnaire();
const [i1, i2, i3] = q.items.map((i) => i.id);
const ASSESSMENT = 'a1000000-0000-4000-8000-000000000001';
const RESPONDENT = { id: 'b2000000-0000-4000-8000-000000000002', label: 'Communications' };
const AT = '2026-12-01T10:00:00.000Z';
const body = (answers: ResponseBody['answers'] = [{ itemId: i1!, value: 4, updatedAt: AT }]): ResponseBody => ({
  assessmentId: ASSESSMENT,
  questionnaireId: q.id,
  version: q.version,
  respondent: RESPONDENT,
  answers,
});
const target: ResponseTarget = { assessmentId: ASSESSMENT, questionnaireId: q.id, version: q.version, respondents: [RESPONDENT], itemIds: new Set(q.items.map((i) => i.id)) };

/** The file edited, signed again (a hostile file with a right checksum) unless `resign` is false. */
async function edited(file: ResponseFile, edit: (f: Record<string, any>) => void, resign = true): Promise<string> {
  const copy = structuredClone(file) as Record<string, any>;
  edit(copy);
  if (resign) copy.checksum = await checksumOf(copy);
  return JSON.stringify(copy);
}

describe('invitation and response files', () => {
  it('an invitation holds who, for which assessment and questionnaire, and no answers; it reads back as written', async () => {
    const file = await buildInvitation({ assessmentId: ASSESSMENT, organizationName: 'Ensemble Aurore', questionnaireId: q.id, version: q.version, respondent: RESPONDENT }, '0.1.0', AT);
    const text = serializeExchange(file);
    expect(text).not.toContain('answers');
    const read = await readInvitation(text);
    expect(read).toEqual({ ok: true, file });
    // A response is not an invitation, and the other way round: each says what it is.
    expect(await readResponse(text)).toEqual({ ok: false, problem: { kind: 'wrong-file', found: 'invitation' } });
  });

  it('a response reads back as written and fits its assessment', async () => {
    const file = await buildResponse(body(), '0.1.0', AT);
    const read = await readResponse(serializeExchange(file));
    if (!read.ok) throw new Error(read.problem.kind);
    expect(read.file).toEqual(file);
    expect(responseProblem(read.file, target)).toBeUndefined();
  });

  it('hostile and wrong responses are refused, each with its reason', async () => {
    const file = await buildResponse(body(), '0.1.0', AT);
    const refused = async (text: string) => {
      const read = await readResponse(text);
      if (!read.ok) return read.problem;
      return responseProblem(read.file, target) ?? { kind: 'accepted' };
    };
    expect(await refused('{"format": "diapason-response", "formatVersion": 1, ')).toMatchObject({ kind: 'not-json' });
    expect(await refused(await edited(file, (f) => (f.response.answers[0].value = 5), false))).toEqual({ kind: 'checksum-mismatch' });
    expect(await refused(await edited(file, (f) => (f.formatVersion = 2)))).toEqual({ kind: 'newer-format', version: 2 });
    expect(await refused(await edited(file, (f) => (f.formatVersion = 0)))).toEqual({ kind: 'unknown-format', version: '0' });
    expect(await refused(await edited(file, (f) => (f.response.assessmentId = 'c3000000-0000-4000-8000-000000000003')))).toEqual({ kind: 'other-assessment' });
    expect(await refused(await edited(file, (f) => (f.response.version = '1.0.0')))).toEqual({ kind: 'other-version', version: '1.0.0' });
    expect(await refused(await edited(file, (f) => (f.response.respondent.label = '<script>alert(1)</script>')))).toEqual({
      kind: 'unknown-respondent',
      label: '<script>alert(1)</script>',
    });
    expect(await refused(await edited(file, (f) => (f.response.answers[0].itemId = 'question-inexistante')))).toEqual({ kind: 'unknown-item', itemId: 'question-inexistante' });
    expect(await refused(await edited(file, (f) => f.response.answers.push({ ...f.response.answers[0] })))).toEqual({ kind: 'duplicate-item', itemId: i1 });
    expect(await refused(await edited(file, (f) => (f.response.answers[0].value = 9)))).toEqual({ kind: 'invalid-content' });
    expect(await refused(JSON.stringify(file).replace('"response":', '"__proto__": {}, "response":'))).toEqual({ kind: 'forbidden-key', key: '__proto__' });
    expect(await refused(await edited(file, (f) => (f.format = 'diapason-backup')))).toEqual({ kind: 'wrong-file', found: 'backup' });
    expect(await refused(JSON.stringify({ ...file, pad: 'x'.repeat(MAX_RESPONSE_BYTES) }))).toMatchObject({ kind: 'too-large' });
    expect(await refused(`{"a":${'['.repeat(50)}${']'.repeat(50)}}`)).toMatchObject({ kind: 'too-deep' });
    expect(await refused(serializeExchange(file))).toEqual({ kind: 'accepted' });
  });
});

let n = 0;
beforeEach(() => {
  useDatabase(openDatabase(`respondent-files-${++n}`));
});

describe('a response imported', () => {
  it('replaces that respondent’s answers, all of them; the proposals follow, an agreed answer does not move', async () => {
    const org = await createOrganization({ name: 'Ensemble Alto', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2' });
    const a = await createAssessment(org.id, { questionnaireId: q.id, version: q.version });
    const d = await addRespondent(a.id, { label: 'Direction' });
    const c = await addRespondent(a.id, { label: 'Communications' });
    await saveRespondentAnswer(a.id, d.id, i1!, { value: 4 });
    await saveRespondentAnswer(a.id, c.id, i1!, { value: 1 });
    await saveRespondentAnswer(a.id, c.id, i2!, { value: 2, note: 'sur place' });
    await agreeOnAnswer(a.id, i3!, 2, 'entente');
    await replaceRespondentAnswers(a.id, c.id, [
      { itemId: i1!, value: 5, updatedAt: AT },
      { itemId: i3!, value: 5, note: 'de chez moi', updatedAt: AT },
    ], AT);
    const mine = (await getRespondentAnswers(a.id)).filter((r) => r.respondentId === c.id);
    expect(mine.map((r) => [r.itemId, r.value, r.note]).sort()).toEqual([[i1, 5, undefined], [i3, 5, 'de chez moi']].sort());
    const organization = new Map((await getAnswers(a.id)).map((r) => [r.itemId, r]));
    // The proposal for 4 and 1 was 1 (the lower middle); for 4 and 5, it is 4.
    expect(organization.get(i1!)?.value).toBe(4);
    expect(organization.get(i3!)).toMatchObject({ value: 2, agreedWhy: 'entente' });
    expect((await db().respondents.get(c.id))?.respondedAt).toBe(AT);
  });
});

describe('invitations received', () => {
  it('are kept with their answers; opening the same invitation again keeps the answers', async () => {
    const invitation = { assessmentId: ASSESSMENT, organizationName: 'Ensemble Aurore', questionnaireId: q.id, version: q.version, respondent: RESPONDENT };
    expect(await receiveInvitation(invitation)).toEqual({ existing: false });
    await saveInvitationAnswer(ASSESSMENT, RESPONDENT.id, i1!, { value: 3 });
    await saveInvitationAnswer(ASSESSMENT, RESPONDENT.id, i1!, { note: 'vu' });
    expect(await receiveInvitation(invitation)).toEqual({ existing: true });
    const kept = await getInvitation(ASSESSMENT, RESPONDENT.id);
    expect(kept?.answers[i1!]).toMatchObject({ itemId: i1, value: 3, note: 'vu' });
    expect(await listInvitations()).toHaveLength(1);
  });
});
