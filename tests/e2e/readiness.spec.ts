/**
 * The whole v1 questionnaire, answered as the mid-size presenter persona answers it
 * (tests/fixtures/personas), ends on the profile and the pooling readiness worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import type { Choice } from './pages/app.ts';
import { midSizePresenter as persona } from '../fixtures/personas/mid-size-presenter.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';

const q = JSON.parse(
  readFileSync(new URL('../../questionnaires/cqm-maturite/1.0.0.json', import.meta.url), 'utf8'),
) as Questionnaire;

/** Question numbers run across the questionnaire in file order, as on screen. */
function personaChoice(n: number): Choice {
  const item = q.items[n - 1];
  const answer = item && persona.answers[item.id];
  if (answer === undefined) throw new Error(`no persona answer for question ${n}`);
  return answer;
}

const percent = (share: number) =>
  new Intl.NumberFormat('fr-CA', { style: 'percent', maximumFractionDigits: 0 }).format(share).replace('\u202f', '\u00a0');

test('the whole v1 questionnaire ends on the hand-computed profile and pooling readiness, in French and English', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answerAll(personaChoice);
  expect(await app.questionnaire.progressText()).toMatch(new RegExp(`^${q.items.length} réponses? sur ${q.items.length}`));
  await app.questionnaire.finish();

  // The profile: each dimension's score, stage and confidence as the persona's fixture works them out.
  const expectedRows = Object.fromEntries(
    q.dimensions.map((d) => {
      const e = persona.expected.dimensions[d.id]!;
      const confidence = percent(e.valued / e.applicable);
      if (!e.sufficient || e.stage === null || e.score === null) return [d.label.fr, ['Information insuffisante', confidence]];
      const stageName = q.levels.find((level) => level.level === e.stage)!.name.fr;
      return [d.label.fr, [e.score.toFixed(1).replace('.', ','), `${e.stage} – ${stageName}`, confidence]];
    }),
  );
  expect(await app.result.rows()).toEqual(expectedRows);

  // Readiness: "almost", missing the postal codes and (don't know) someone to extract the data.
  await expect(app.result.readiness()).toBeVisible();
  expect(await app.result.readinessOutcome()).toBe('Presque');
  const missing = await app.result.readinessMissing();
  expect(missing).toHaveLength(2);
  expect(missing[0]).toContain('Provenance de vos publics');
  expect(missing[0]).toContain('Le code postal de la grande majorité de vos acheteurs.');
  expect(missing[0]).not.toContain('à vérifier');
  expect(missing[1]).toContain('Quelqu’un pour extraire les données');
  expect(missing[1]).toContain('Je ne sais pas » : à vérifier');

  await app.switchLanguage();
  await expect(app.result.readiness()).toBeVisible();
  expect(await app.result.readinessOutcome()).toBe('Almost');
  const missingEn = await app.result.readinessMissing();
  expect(missingEn[0]).toContain('Where your audiences come from');
  expect(missingEn[1]).toContain('Someone who can extract the data');
  expect(missingEn[1]).toContain('find out');
  await page.getByText('How this result is worked out').click();
  await expect(app.result.readiness().getByText(/at most 2 others are missing/)).toBeVisible();
});
