/**
 * Page models for what comes after the questionnaire: the result's plan (targets, change, exports),
 * the roadmap and the path. Accessible names only; French unless a test switches.
 */
import { expectWhole } from './whole.ts';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export class PlanSection {
  constructor(readonly page: Page) {}

  target(dimension: string): Locator {
    return this.page.getByLabel(new RegExp(`^(Stade visé pour|Target stage for) .{1,2}${dimension}.{1,2}$`));
  }

  /** Changes a dimension's target and waits until it is saved. */
  async setTarget(dimension: string, level: string) {
    await this.target(dimension).selectOption(level);
    await expect(this.page.getByRole('region', { name: dimension }).getByText(/^(Cible enregistrée|Target saved)\.$/)).toBeVisible();
  }

  /** The change column of the score table, by dimension. */
  async changes(): Promise<Record<string, string>> {
    const table = this.page.getByRole('table', { name: /Stade et score par dimension|Stage and score per dimension/ });
    const out: Record<string, string> = {};
    for (const row of (await table.getByRole('row').all()).slice(1)) {
      const header = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
      out[header] = ((await row.getByRole('cell').last().textContent()) ?? '').trim();
    }
    return out;
  }

  /** Downloads the board PDF in a language; returns the saved file's path. */
  async downloadPdf(language: 'Français' | 'English'): Promise<string> {
    await this.page.getByRole('group', { name: /Langue du document|Language of the document/ }).getByRole('radio', { name: language }).check();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: /Télécharger le PDF|Download the PDF/ }).click(),
    ]);
    return save(download);
  }

  async downloadCsv(name: RegExp): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name }).click()]);
    return readFileSync(await save(download), 'utf8');
  }
}

async function save(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error('download failed');
  const named = `${path}-${download.suggestedFilename()}`;
  await download.saveAs(named);
  return named;
}

/** The disclosure of an action's fields; it names the source too once the inventory has one. */
const DETAILS = /^Responsable, échéance(, source)? et note$/;

export class RoadmapPage {
  constructor(readonly page: Page) {}

  /** Points action `n` at one of the inventory's sources (by its label) and waits until it is saved. */
  async chooseSource(n: number, label: string) {
    const action = this.action(n);
    const select = action.getByLabel('Source de données concernée', { exact: true });
    if (!(await select.isVisible())) await action.getByText(DETAILS).click();
    await select.selectOption({ label });
    await expect(action.getByText(/^✓\s*Enregistré$/)).toBeVisible();
  }

  async open() {
    await this.page.getByRole('link', { name: /Voir la feuille de route|See the roadmap/ }).click();
    await this.drawn();
  }

  /** The plan is on screen with every card (the backlog's are drawn a few per frame, busy until then). */
  async drawn() {
    await expect(this.page.getByRole('heading', { level: 1, name: /Feuille de route|Roadmap/ })).toBeVisible();
    await expectWhole(this.page);
  }

  action(n: number): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^Action ${n} `) });
  }

  /** Every action's text, in priority order. */
  async actionTexts(): Promise<string[]> {
    await this.drawn();
    const headings = await this.page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    return headings
      .map((h) => /^Action (\d+)\s*(.*)$/s.exec(h.trim()))
      .filter((m) => m !== null)
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      // As a PDF reader extracts them: no-break spaces read as spaces.
      .map((m) => m[2]!.replace(/\u00a0/g, ' ').trim());
  }

  horizon(name: RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The 90-day focus section. */
  focus(): Locator {
    return this.page.getByRole('region', { name: /^(Vos 90 prochains jours|Your next 90 days)$/ });
  }

  /** The actions the answers show done, waiting for the person's confirmation. */
  offered(): Locator {
    return this.page.getByRole('region', { name: /^(Ces actions semblent faites|These actions look done)$/ });
  }

  /** An action card by its text (wherever the plan shows it). */
  byText(text: string): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByRole('heading', { level: 3 }).filter({ hasText: looseText(text) }) });
  }

  /** The texts of the focus's actions, in order. */
  async focusTexts(): Promise<string[]> {
    await this.drawn();
    const headings = await this.focus().getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    return headings.map((h) => h.replace(/^Action \d+\s*/, '').trim());
  }

  /** Fills a field of an action and waits until it is saved. */
  async set(n: number, field: 'Responsable' | 'Échéance' | 'Statut' | 'Note', value: string) {
    const action = this.action(n);
    const input = action.getByLabel(field, { exact: true });
    // Owner, due date and note sit behind a disclosure, closed until first used.
    if (!(await input.isVisible())) await action.getByText(DETAILS).click();
    if (field === 'Statut') await input.selectOption({ label: value });
    else {
      await input.fill(value);
      await input.blur();
    }
    await expect(action.getByText(/^✓\s*Enregistré$/)).toBeVisible();
  }
}

export class PathPage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: /Score par dimension à chaque évaluation terminée|Score per dimension at each completed assessment/ });
  }

  async expectChartsDrawn(count: number) {
    await expect(this.page.locator('figure.path-chart[data-drawn="true"]')).toHaveCount(count);
  }
}

/** A text as a pattern that any kind of space matches (French text has no-break spaces before « : »). */
export function looseText(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '[\\s\\u00a0\\u202f]+'));
}
