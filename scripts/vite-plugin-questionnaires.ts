/**
 * Fails the production build, with the same lines as `npm run questionnaire:check`, when a bundled
 * questionnaire file is invalid: a broken file must never reach a user's laptop.
 */
import type { Plugin } from 'vite';
import { checkAll, report } from './questionnaire-files.ts';

export function questionnaires(): Plugin {
  return {
    name: 'diapason-questionnaires',
    buildStart() {
      const checked = checkAll();
      if (checked.some((c) => c.problems.length)) {
        this.error(`Questionnaire invalide — invalid questionnaire:\n${report(checked)}`);
      }
      for (const c of checked) this.addWatchFile(c.file);
    },
  };
}
