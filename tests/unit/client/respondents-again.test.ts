import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { createOrganization } from '../../../src/client/storage/organizations.ts';
import { createAssessment, getAssessment, updateAssessment } from '../../../src/client/storage/assessments.ts';
import { addRespondent, getRespondentAnswers, listRespondents, saveRespondentAnswer } from '../../../src/client/storage/respondents.ts';
import { answersToCarry } from '../../../src/client/state/carry-over.ts';
import { invitePrevious, previousRespondents } from '../../../src/client/state/respondents-again.ts';
import { currentQuestionnaire } from '../../support/questionnaires.ts';

const q = currentQuestionnaire();
const ref = { questionnaireId: q.id, version: q.version };
const [i1, i2] = q.items.map((i) => i.id);

let n = 0;
beforeEach(() => {
  useDatabase(openDatabase(`respondents-again-${++n}`));
});

describe('the next assessment invites the same respondents', () => {
  it('their answers carry over like the organization’s, each value to confirm; one already here by label is not offered again', async () => {
    const org = await createOrganization({ name: 'Ensemble Alto', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2' });
    const first = await createAssessment(org.id, ref, new Date('2026-01-10T10:00:00.000Z'));
    const d = await addRespondent(first.id, { label: 'Direction', name: 'Hélène' });
    const c = await addRespondent(first.id, { label: 'Communications' });
    await saveRespondentAnswer(first.id, d.id, i1!, { value: 2, note: 'tableau' });
    await saveRespondentAnswer(first.id, c.id, i1!, { value: 4 });
    await saveRespondentAnswer(first.id, c.id, i2!, { note: 'à voir' });
    await updateAssessment(first.id, { status: 'completed', completedAt: '2026-01-20T10:00:00.000Z' });

    const carried = await answersToCarry(org.id, ref);
    const next = await createAssessment(org.id, ref, new Date(), carried);
    const row = (await getAssessment(next.id))!;
    const here = await addRespondent(next.id, { label: 'communications' });
    const previous = await previousRespondents(row, [here]);
    expect(previous?.source.id).toBe(first.id);
    expect(previous?.respondents.map((r) => r.label)).toEqual(['Direction']);

    await invitePrevious(row, previous!);
    const invited = (await listRespondents(next.id)).find((r) => r.label === 'Direction');
    expect(invited).toMatchObject({ name: 'Hélène', carriedFrom: d.id });
    expect((await getRespondentAnswers(next.id)).filter((a) => a.respondentId === invited?.id)).toEqual([
      expect.objectContaining({ itemId: i1, value: 2, note: 'tableau', toConfirm: true }),
    ]);
    // All invited: nothing more to offer.
    expect(await previousRespondents(row, await listRespondents(next.id))).toBeUndefined();
  });

  it('an assessment started afresh (nothing carried) offers nobody', async () => {
    const org = await createOrganization({ name: 'Ensemble Alto', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2' });
    const a = await createAssessment(org.id, ref);
    expect(await previousRespondents(a, [])).toBeUndefined();
  });
});
