/**
 * Fails the production build, with the same lines as `npm run questionnaire:check`, when a bundled
 * questionnaire file is invalid: a broken file must never reach a user's laptop.
 *
 * Also provides `virtual:questionnaire-titles`: each bundled version's title, in French and English,
 * a few hundred bytes where the whole file is 40 KB gzip. A screen that names a questionnaire (the
 * result's introduction) can be drawn before the file itself has arrived.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { announcedMinutes } from '../src/core/questionnaire/duration.ts';
import { checkAll, checkInventories, inventoryReport, QUESTIONNAIRES_DIR, report } from './questionnaire-files.ts';

const TITLES = 'virtual:questionnaire-titles';
const OFFER = 'virtual:questionnaire-offer';

/**
 * What the person chooses from when starting an assessment: every current questionnaire of
 * catalog.json, in its order, with its title, description and announced duration.
 */
function offer(): string {
  const catalog = JSON.parse(readFileSync(`${QUESTIONNAIRES_DIR}catalog.json`, 'utf8')) as { current: Record<string, string> };
  const checked = checkAll();
  const entries = Object.entries(catalog.current).flatMap(([questionnaireId, version]) => {
    const q = checked.find((c) => c.questionnaire?.id === questionnaireId && c.questionnaire.version === version)?.questionnaire;
    if (!q) return [];
    return [{ questionnaireId, version, title: q.title, description: q.description, minutes: announcedMinutes(q), items: q.items.length }];
  });
  return `export default ${JSON.stringify(entries)};`;
}

export function questionnaires(): Plugin {
  return {
    name: 'diapason-questionnaires',
    resolveId(id) {
      return id === TITLES || id === OFFER ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${OFFER}`) return offer();
      if (id !== `\0${TITLES}`) return undefined;
      const titles: Record<string, unknown> = {};
      for (const { questionnaire: q } of checkAll()) if (q) titles[`${q.id}/${q.version}`] = q.title;
      return `export default ${JSON.stringify(titles)};`;
    },
    buildStart() {
      const checked = checkAll();
      if (checked.some((c) => c.errors.length)) {
        this.error(`Questionnaire invalide — invalid questionnaire:\n${report(checked)}`);
      }
      // Warnings are advice: the build goes on, and says them.
      if (checked.some((c) => c.warnings.length)) this.warn(`Questionnaire : avertissements — warnings:\n${report(checked)}`);
      const inventories = checkInventories(QUESTIONNAIRES_DIR, 'fr', checked);
      if (inventories.some((c) => c.problems.length)) {
        this.error(`Listes de l’inventaire invalides — invalid inventory lists:\n${inventoryReport(inventories)}`);
      }
      for (const c of [...checked, ...inventories]) this.addWatchFile(c.file);
    },
  };
}
