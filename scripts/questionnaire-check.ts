/**
 * npm run questionnaire:check [-- --lang en] [-- path/to/questionnaires]
 * Validates every questionnaire file; prints each problem with its JSON path and a plain sentence;
 * exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { checkAll, QUESTIONNAIRES_DIR, report } from './questionnaire-files.ts';
import { isLocale, type Locale } from '../src/core/text.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const locale: Locale = isLocale(lang) ? lang : 'fr';
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
const root = dirArg ? resolve(dirArg) + '/' : QUESTIONNAIRES_DIR;

const checked = checkAll(root, locale);
const bad = checked.filter((c) => c.problems.length);
if (checked.length === 0) {
  console.error(locale === 'fr' ? `Aucun questionnaire trouvé dans ${root}` : `No questionnaire found in ${root}`);
  process.exit(1);
}
if (bad.length) {
  console.error(report(checked, root));
  const count = bad.reduce((n, c) => n + c.problems.length, 0);
  console.error(
    locale === 'fr'
      ? `\n${count} problème(s) dans ${bad.length} fichier(s) sur ${checked.length}.`
      : `\n${count} problem(s) in ${bad.length} of ${checked.length} file(s).`,
  );
  process.exit(1);
}
for (const c of checked) {
  const q = c.questionnaire;
  if (q) console.log(`✓ ${q.id} ${q.version}: ${q.dimensions.length} dimensions, ${q.items.length} items`);
  const inv = c.inventory;
  if (inv) console.log(`✓ ${inv.id} ${inv.version}: ${inv.kinds.length} kinds, ${inv.dataCategories.length} data categories, ${inv.skills.length} skills, ${Object.keys(inv.readiness).length} readiness rules`);
}
