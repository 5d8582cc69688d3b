/**
 * The whole current questionnaire, answered as the presenter with a hall answers it
 * (tests/fixtures/personas/v3-presenter-hall.ts): its profile says how it sells, so it is asked only
 * the items that apply; the result shows each dimension's stage (governance capped by the missing
 * incident register, with the reason), the spread of its answers and its score as worked out by hand,
 * the pooling readiness, and the Law 25 obligations apart.
 */
import { test, expect } from './fixtures.ts';
import { ENSEMBLE, type Choice } from './pages/app.ts';
import { presenterHall as persona } from '../fixtures/personas/v3-presenter-hall.ts';
import { questionnaireFor } from '../../src/core/applicability.ts';
import { SALES_MODE_LABELS } from '../../src/core/profile.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';

const full = currentQuestionnaire();
const q = questionnaireFor(full, persona.profile.salesModes);

/** Question numbers run across what this organization is asked, in file order, as on screen. */
function personaChoice(n: number): Choice {
  const item = q.items[n - 1];
  const answer = item && persona.answers[item.id];
  if (answer === undefined) throw new Error(`no persona answer for question ${n}`);
  return answer;
}

const percent = (share: number) =>
  new Intl.NumberFormat('fr-CA', { style: 'percent', maximumFractionDigits: 0 }).format(share).replace('\u202f', '\u00a0');

test('the presenter with a hall: only what applies is asked; stages, floors, spread, readiness and Law 25 as worked out by hand, in French and English', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  expect(persona.questionnaire.version).toBe(full.version);
  await app.open();
  await app.createOrganization({
    ...ENSEMBLE,
    name: persona.profile.name,
    role: 'Diffuseur',
    salesModes: (persona.profile.salesModes ?? []).map((mode) => SALES_MODE_LABELS[mode].fr),
  });
  await app.questionnaire.seedAll(personaChoice);
  expect(q.items.length).toBeLessThan(full.items.length);
  expect(await app.questionnaire.progressText()).toMatch(new RegExp(`^${q.items.length} réponses? sur ${q.items.length}`));
  await app.questionnaire.finish();

  // The profile: each dimension's stage first, then its score and confidence, as the fixture works them out.
  const expectedRows = Object.fromEntries(
    q.dimensions.map((d) => {
      const e = persona.expected.dimensions[d.id]!;
      const confidence = percent(e.valued / e.applicable);
      if (!e.sufficient || e.stage === null || e.score === null) return [d.label.fr, ['Information insuffisante', confidence]];
      const stageName = q.levels.find((level) => level.level === e.stage)!.name.fr;
      return [d.label.fr, [`${e.stage} – ${stageName}`, e.score.toFixed(1).replace('.', ','), confidence]];
    }),
  );
  expect(await app.result.rows()).toEqual(expectedRows);
  await expect(page.getByText(`Moyenne des dimensions\u00a0: ${persona.expected.overall!.toFixed(1).replace('.', ',')} sur 5`)).toBeVisible();

  // Governance: held at stage 2 by the incident register, and the result says so.
  const governance = page.getByRole('region', { name: q.dimensions.find((d) => d.id === 'gouvernance')!.label.fr });
  const incidents = q.items.find((i) => i.id === 'gouvernance-incidents')!;
  await expect(governance.getByText(/^Stade limité à 2 tant qu’à la question/)).toContainText(incidents.question.fr);
  // The spread of its answers, read as a list: how many at each level.
  const spread = persona.expected.dimensions.gouvernance!.spread!;
  const items = governance.getByRole('list', { name: 'Vos réponses par niveau' }).getByRole('listitem');
  await expect(items).toHaveText(
    ([1, 2, 3, 4, 5] as const).map((level) => new RegExp(`^Niveau ${level}\\s:\\s${spread[level]} réponses?`)),
  );

  // Readiness, then the Law 25 obligations in their own section, never with a score.
  await expect(app.result.readiness()).toBeVisible();
  expect(await app.result.readinessOutcome()).toBe('Prête');
  const obligations = page.getByRole('region', { name: 'Obligations de la Loi 25' });
  const expected = persona.expected.obligations!.criteria;
  const count = (status: string) => expected.filter((c) => c.status === status).length;
  await expect(obligations.getByText(`${count('met')} obligations remplies, ${count('unmet')} non remplie, ${count('unknown')} à vérifier.`)).toBeVisible();
  const labels = { met: 'Remplie', unmet: 'Non remplie', unknown: 'À vérifier' } as const;
  const rows = obligations.getByRole('list').getByRole('listitem');
  await expect(rows).toHaveCount(expected.length);
  for (const [i, criterion] of expected.entries()) {
    const label = full.obligations!.criteria.find((c) => c.id === criterion.criterionId)!.label.fr;
    await expect(rows.nth(i)).toContainText(labels[criterion.status]);
    await expect(rows.nth(i)).toContainText(label);
  }
  await expect(obligations).not.toContainText(/\d,\d/);

  await app.switchLanguage();
  await expect(app.result.readiness()).toBeVisible();
  expect(await app.result.readinessOutcome()).toBe('Ready');
  await expect(page.getByRole('region', { name: 'Law 25 obligations' }).getByText('Not met', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Stage held at 2 until your answer to/)).toBeVisible();
});
