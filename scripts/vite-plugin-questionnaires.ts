/**
 * Fails the production build, with the same lines as `npm run questionnaire:check`, when a bundled
 * questionnaire file is invalid: a broken file must never reach a user's laptop.
 *
 * Also provides `virtual:questionnaire-titles`: each bundled version's title, in French and English,
 * a few hundred bytes where the whole file is 40 KB gzip. A screen that names a questionnaire (the
 * result's introduction) can be drawn before the file itself has arrived.
 */
import type { Plugin } from 'vite';
import { checkAll, report } from './questionnaire-files.ts';

const TITLES = 'virtual:questionnaire-titles';

export function questionnaires(): Plugin {
  return {
    name: 'diapason-questionnaires',
    resolveId(id) {
      return id === TITLES ? `\0${TITLES}` : undefined;
    },
    load(id) {
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
      for (const c of checked) this.addWatchFile(c.file);
    },
  };
}
