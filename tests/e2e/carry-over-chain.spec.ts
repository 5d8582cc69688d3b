/**
 * Answers given on 1.0.0 and on 2.0.0 carry over to the current version 3.0.0 through the chain of
 * declarations (1.0.0 → 2.0.0 → 3.0.0): renamed items keep their answer and note, moved levels move,
 * removed items are gone, every carried answer is to confirm. And an organization that says how it
 * sells is asked only the items that apply to it, in its own wording.
 *
 * The laptop already holds two organizations, each with an assessment completed on an older version
 * (the database is put in place before the app opens, as a person upgrading would have it).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { OrganizationsPage, restoreDatabase } from './pages/data.ts';
import type { DatabaseDump } from '../support/idb-dump.ts';
import { questionnaireFor } from '../../src/core/applicability.ts';
import { carryAnswers, carryOverPath, type CarriedAnswer } from '../../src/core/carry-over.ts';
import type { AnswerValue } from '../../src/core/answers.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';
import type { SalesMode } from '../../src/core/profile.ts';

const read = (version: string) =>
  JSON.parse(readFileSync(new URL(`../../questionnaires/cqm-maturite/${version}.json`, import.meta.url), 'utf8')) as Questionnaire;
const catalog = JSON.parse(readFileSync(new URL('../../questionnaires/catalog.json', import.meta.url), 'utf8')) as {
  current: Record<string, string>;
};
const versions = ['1.0.0', '2.0.0', '3.0.0'].map(read);
const [v1, v2, v3] = versions as [Questionnaire, Questionnaire, Questionnaire];

// The database schema as the app declares it (Dexie version 1), taken from the legacy fixture.
const legacy = (
  JSON.parse(readFileSync(new URL('../fixtures/databases/v1-walking-skeleton-674846e.json', import.meta.url), 'utf8')) as {
    databases: DatabaseDump[];
  }
).databases.find((d) => d.name === 'diapason')!;

const AURORE = '11111111-1111-4111-8111-111111111111';
const BOREAL = '22222222-2222-4222-8222-222222222222';
const AT = '2026-09-14T19:00:00.000Z';

/** A level for every item, varied, with a don't know now and then; a note on the first item. */
function answersTo(q: Questionnaire): CarriedAnswer[] {
  return q.items.map((item, i) => ({
    itemId: item.id,
    value: (i % 9 === 4 ? 'dont-know' : ((i * 3) % 5) + 1) as AnswerValue,
    ...(i === 0 ? { note: 'Vérifié avec la billetterie' } : {}),
  }));
}

function database(): DatabaseDump {
  const organization = (id: string, name: string, salesModes?: SalesMode[]) => ({
    id,
    name,
    role: 'producteur',
    discipline: 'ancienne',
    region: '06',
    sizeBand: '0-2',
    ...(salesModes ? { salesModes } : {}),
    createdAt: AT,
    updatedAt: AT,
  });
  const assessment = (id: string, organizationId: string, version: string) => ({
    id,
    organizationId,
    questionnaireId: 'cqm-maturite',
    version,
    status: 'completed',
    startedAt: AT,
    updatedAt: AT,
    completedAt: AT,
  });
  const rows = (assessmentId: string, answers: CarriedAnswer[]) => answers.map((a) => ({ assessmentId, updatedAt: AT, ...a }));
  const data: Record<string, unknown[]> = {
    organizations: [organization(AURORE, 'Ensemble Aurore'), organization(BOREAL, 'Duo Boréal', ['vente-a-cachet', 'tournee'])],
    assessments: [assessment('a1000000-0000-4000-8000-000000000001', AURORE, '1.0.0'), assessment('a2000000-0000-4000-8000-000000000002', BOREAL, '2.0.0')],
    answers: [...rows('a1000000-0000-4000-8000-000000000001', answersTo(v1)), ...rows('a2000000-0000-4000-8000-000000000002', answersTo(v2))],
    settings: [{ key: 'currentOrganizationId', value: AURORE }],
  };
  return { ...legacy, stores: legacy.stores.map((s) => ({ ...s, rows: data[s.name] ?? [] })) };
}

test('answers from 1.0.0 and 2.0.0 carry over to 3.0.0 through the chain; a presenter’s buyer is asked only what applies', async ({ app, page }) => {
  test.setTimeout(120_000);
  expect(catalog.current['cqm-maturite']).toBe(v3.version);
  await restoreDatabase(page, database());
  await app.open('/');

  // Ensemble Aurore, last assessed on 1.0.0: a new assessment on 3.0.0 starts from those answers.
  const fromV1 = carryAnswers(carryOverPath(versions, '1.0.0', '3.0.0')!, answersTo(v1));
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  await expect(page.getByText(/Cette évaluation commence avec \d+ réponses? reprises?/)).toContainText(new RegExp(`${fromV1.length} réponses?`));
  await expect(page.getByText('Le questionnaire est passé de la version 1.0.0 à la version 3.0.0.')).toBeVisible();

  const assessmentUrl = () => page.url().replace(/(#\/evaluation\/[^/]+).*$/, '$1');
  const goTo = async (q: Questionnaire, itemId: string) => {
    const n = q.items.findIndex((i) => i.id === itemId) + 1;
    expect(n, itemId).toBeGreaterThan(0);
    await page.goto(`${assessmentUrl()}/${q.items[n - 1]!.dimension}`);
    await app.questionnaire.ready();
    return { question: app.questionnaire.question(n), n };
  };
  const expectCarried = async (q: Questionnaire, carried: CarriedAnswer[], itemId: string) => {
    const answer = carried.find((a) => a.itemId === itemId);
    if (!answer || answer.value === undefined) throw new Error(`${itemId} carries no value`);
    const { question } = await goTo(q, itemId);
    await expect(app.questionnaire.choiceIn(question, answer.value)).toBeChecked();
    await expect(question.getByText('À confirmer')).toBeVisible();
    return question;
  };

  // Renamed in 2.0.0 (collecte-codes-postaux → collecte-provenance-publics), kept in 3.0.0, note and all.
  const renamedV2 = v2.carryOver!.items.find((e) => e.becomes === 'collecte-provenance-publics')!;
  expect(renamedV2.item).toBe('collecte-codes-postaux');
  await expectCarried(v3, fromV1, 'collecte-provenance-publics');
  // The note given on the first item of 1.0.0 follows it.
  const first = await expectCarried(v3, fromV1, fromV1.find((a) => a.note)!.itemId);
  await expect(first.getByRole('textbox')).toHaveValue('Vérifié avec la billetterie');
  // Renamed in 3.0.0 (gouvernance-acces-outils → outils-acces-comptes): the 1.0.0 answer follows.
  await expectCarried(v3, fromV1, 'outils-acces-comptes');
  // Levels moved in 3.0.0: the carried level is the remapped one.
  const remapped = v3.carryOver!.items.find((e) => e.item === 'gouvernance-responsable-rp')!;
  const given = answersTo(v1).find((a) => a.itemId === 'gouvernance-responsable-rp')!.value;
  const carriedLevel = fromV1.find((a) => a.itemId === 'gouvernance-responsable-rp')!.value;
  expect(carriedLevel).toBe(remapped.levels?.find((m) => m.from === given)?.to ?? given);
  await expectCarried(v3, fromV1, 'gouvernance-responsable-rp');
  // New in 3.0.0: nothing to carry.
  const { question: added } = await goTo(v3, 'metadonnees-identifiants');
  for (const radio of await app.questionnaire.radios(added).all()) await expect(radio).not.toBeChecked();

  // Duo Boréal, last assessed on 2.0.0, sells its concerts for a fee and tours.
  const orgs = new OrganizationsPage(page);
  await orgs.open();
  await orgs.switchTo('Duo Boréal');
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  await expect(page.getByText('Le questionnaire est passé de la version 2.0.0 à la version 3.0.0.')).toBeVisible();
  const view = questionnaireFor(v3, ['vente-a-cachet', 'tournee']);
  const fromV2 = carryAnswers(carryOverPath(versions, '2.0.0', '3.0.0')!, answersTo(v2));
  // Only the items that apply are asked, numbered as asked.
  expect(view.items.length).toBeLessThan(v3.items.length);
  const { question: buyers } = await goTo(view, 'collecte-acheteurs-identifies');
  await expect(page.getByRole('group', { name: new RegExp(`^Question \\d+ sur ${view.items.length}`) }).first()).toBeVisible();
  // In the wording for a producer whose concerts presenters buy; the statements are the item's own.
  const item = v3.items.find((i) => i.id === 'collecte-acheteurs-identifies')!;
  const variant = item.variants!.find((v) => v.when.salesModes.includes('vente-a-cachet'))!;
  await expect(buyers.getByText(variant.question!.fr, { exact: true })).toBeVisible();
  await expect(buyers.getByText(item.question.fr, { exact: true })).toHaveCount(0);
  await expectCarried(view, fromV2, 'collecte-acheteurs-identifies');
  // An item for organizations with their own ticketing or a hall is not asked at all.
  const notAsked = v3.items.find((i) => i.id === 'usage-abonnements-renouvellement')!;
  expect(view.items.some((i) => i.id === notAsked.id)).toBe(false);
  await page.goto(`${assessmentUrl()}/usage`);
  await app.questionnaire.ready();
  await expect(page.getByText(notAsked.question.fr, { exact: true })).toHaveCount(0);
});
