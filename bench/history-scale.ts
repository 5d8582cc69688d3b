/**
 * An organization with a long history: its result, path and plan screens must open as fast with ten
 * assessments behind them as with one. One organization, its assessments on questionnaire 3.0.0 with
 * every item answered and completed, and a full plan (a row for every action of its last roadmap, a
 * third of them done over the years), is imported from a backup; then each screen is opened by a
 * deep link (a full load, as from a bookmark) until its main content is visible: the score table on
 * the result, the table of every assessment on the path, the first action on the plan. 1 assessment
 * against 10, same run, medians of BENCH_HISTORY_RUNS (5) loads each, with the page's blocking time
 * meanwhile (long tasks beyond 50 ms, as Lighthouse counts them).
 *
 * The assessments are seven months apart, not twelve: the app refuses dates before 2020 (none of its
 * data is older), and ten yearly ones would start in 2017.
 */
import type { Browser, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuestionnaire } from '../src/core/questionnaire/parse.ts';
import { generateRoadmap } from '../src/core/roadmap.ts';
import type { Level, Questionnaire } from '../src/core/questionnaire/schema.ts';
import { buildBackup, serializeBackup } from '../src/client/storage/backup/format.ts';
import { DataSettingsPage } from '../tests/e2e/pages/data.ts';
import { ROOT, launchBrowser, median } from './lib.mjs';
import { longTasks, recordLongTasks } from './long-tasks.ts';

/** Within this factor of the one-assessment figure counts as flat. */
export const BUDGET_HISTORY_RATIO = 1.5;
const COUNTS = (process.env.BENCH_HISTORY_COUNTS ?? '1,10').split(',').map(Number);
const RUNS = Number(process.env.BENCH_HISTORY_RUNS ?? 5);
const VERSION = '3.0.0';

function questionnaire(): Questionnaire {
  const parsed = parseQuestionnaire(JSON.parse(readFileSync(join(ROOT, `questionnaires/cqm-maturite/${VERSION}.json`), 'utf8')));
  if (!parsed.ok) throw new Error('questionnaire 3.0.0 does not parse');
  return parsed.questionnaire;
}

/** The backup of one organization with `count` completed assessments and a full plan. */
async function historyBackup(q: Questionnaire, count: number): Promise<{ text: string; assessmentIds: string[] }> {
  const organizationId = randomUUID();
  const first = Date.parse('2020-03-02T14:00:00.000Z');
  const at = (i: number, minutes = 0) => new Date(first + i * 213 * 86_400_000 + minutes * 60_000).toISOString();
  const assessments = [];
  const answers = [];
  let lastAnswers: { itemId: string; value: Level }[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    assessments.push({ id, organizationId, questionnaireId: q.id, version: VERSION, status: 'completed', startedAt: at(i), updatedAt: at(i, 90), completedAt: at(i, 90) });
    // Levels rise a little every time, differently per item.
    lastAnswers = q.items.map((item, k) => ({ itemId: item.id, value: Math.min(5, 1 + ((k + i) % 3) + Math.floor(i / 4)) as Level }));
    for (const [k, answer] of lastAnswers.entries()) {
      answers.push({ assessmentId: id, itemId: answer.itemId, value: answer.value, updatedAt: at(i, k), ...(k % 5 === 0 ? { note: `Note de l’évaluation ${i + 1} sur cette question.` } : {}) });
    }
  }
  const last = count - 1;
  const planActions = generateRoadmap(q, lastAnswers).map((action, k) => {
    const done = k % 3 === 0;
    return {
      organizationId,
      questionnaireId: q.id,
      version: VERSION,
      actionId: action.id,
      status: done ? 'done' : k % 3 === 1 ? 'in-progress' : 'todo',
      owner: 'Direction',
      note: 'À faire avant la saison prochaine.',
      updatedAt: at(last, 100 + k),
      // Done over the years, for the path's chart.
      ...(done ? { doneAt: at(k % count, 120) } : {}),
    };
  });
  const organizations = [{ id: organizationId, name: 'Ensemble Mémoire', role: 'producteur', discipline: 'ancienne', region: '06', sizeBand: '3-9', salesModes: [], createdAt: at(0), updatedAt: at(0) }];
  const settings = [{ key: 'currentOrganizationId', value: organizationId }];
  const backup = await buildBackup({ organizations, assessments, answers, planActions, settings }, '0.1.0', at(last, 200));
  return { text: serializeBackup(backup), assessmentIds: assessments.map((a) => a.id) };
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

const SCREENS = {
  result: {
    route: (id: string) => `/#/resultat/${id}`,
    shown: (page: Page) => page.getByRole('table', { name: 'Stade et score par dimension' }),
  },
  path: {
    route: () => '/#/parcours',
    shown: (page: Page) => page.getByRole('table', { name: 'Score par dimension à chaque évaluation terminée' }),
  },
  plan: {
    route: (id: string) => `/#/feuille-de-route/${id}`,
    shown: (page: Page) => page.getByRole('article').first(),
  },
} as const;
type Screen = keyof typeof SCREENS;

interface ScreenFigures {
  ms: number;
  /** The page's blocking time while the screen opened: each long task's time beyond 50 ms, summed. */
  blockingMs: number;
}

async function measureCount(browser: Browser, url: string, q: Questionnaire, count: number, dir: string): Promise<Record<Screen, ScreenFigures>> {
  const { text, assessmentIds } = await historyBackup(q, count);
  const path = join(dir, `history-${count}.json`);
  writeFileSync(path, text);
  const context = await browser.newContext({ locale: 'fr-CA', baseURL: url });
  await context.addInitScript(recordLongTasks);
  const page = await context.newPage();
  const settings = new DataSettingsPage(page);
  await settings.open();
  await settings.choose(path);
  await settings.importAs('replace');
  const latest = assessmentIds.at(-1)!;
  const times: Record<Screen, number[]> = { result: [], path: [], plan: [] };
  const blocking: Record<Screen, number[]> = { result: [], path: [], plan: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const screen of Object.keys(SCREENS) as Screen[]) {
      await page.goto('about:blank');
      times[screen].push(
        await timed(async () => {
          await page.goto(SCREENS[screen].route(latest));
          await SCREENS[screen].shown(page)
            .waitFor({ timeout: Number(process.env.BENCH_HISTORY_TIMEOUT ?? 60_000) })
            .catch(async (error: unknown) => {
              throw new Error(`the ${screen} screen of ${count} assessments never showed: ${await page.locator('body').innerText()}`, { cause: error });
            });
        }),
      );
      blocking[screen].push((await longTasks(page)).blocking);
    }
  }
  await context.close();
  const of = (screen: Screen) => ({ ms: median(times[screen]), blockingMs: median(blocking[screen]) });
  return { result: of('result'), path: of('path'), plan: of('plan') };
}

export async function measureHistoryScale({ url }: { url: string }) {
  const q = questionnaire();
  const browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'diapason-history-'));
  const figures: Record<string, Record<Screen, ScreenFigures>> = {};
  try {
    for (const count of COUNTS) figures[String(count)] = await measureCount(browser, url, q, count, dir);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const fewest = figures[String(COUNTS[0])]!;
  const most = figures[String(COUNTS.at(-1))]!;
  const names: Record<Screen, string> = { result: 'Result', path: 'Path', plan: 'Plan' };
  return {
    figures,
    rows: (Object.keys(names) as Screen[]).flatMap((screen) => {
      const ratio = most[screen].ms / fewest[screen].ms;
      const each = (key: keyof ScreenFigures) => COUNTS.map((c) => `${Math.round(figures[String(c)]![screen][key])} ms`).join(' vs ');
      return [
        [`${names[screen]}, deep link, ${COUNTS.join(' vs ')} assessments`, `${each('ms')} (×${ratio.toFixed(2)})`, `≤ ×${BUDGET_HISTORY_RATIO}`, ratio <= BUDGET_HISTORY_RATIO],
        [`${names[screen]}, blocking time meanwhile`, each('blockingMs'), '', null],
      ];
    }),
  };
}
