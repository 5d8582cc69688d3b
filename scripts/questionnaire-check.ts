/**
 * npm run questionnaire:check [-- --lang en] [-- path/to/questionnaires]
 * Checks every questionnaire file with the rules of src/core/questionnaire: errors (the app cannot
 * use the file) and warnings (content advice). Prints each problem with its JSON path and a plain
 * sentence, the same problem in many places once with its count; exits 1 if there is any error.
 */
import { resolve } from 'node:path';
import { checkAll, checkInventories, inventoryReport, QUESTIONNAIRES_DIR, report } from './questionnaire-files.ts';
import { countText, summaryLine } from '../src/core/questionnaire/report.ts';
import { isLocale, type Locale } from '../src/core/text.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const locale: Locale = isLocale(lang) ? lang : 'fr';
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
const root = dirArg ? resolve(dirArg) + '/' : QUESTIONNAIRES_DIR;

const checked = checkAll(root);
if (checked.length === 0) {
  console.error(locale === 'fr' ? `Aucun questionnaire trouvé dans ${root}` : `No questionnaire found in ${root}`);
  process.exit(1);
}
const printed = report(checked, locale);
if (printed) console.error(`${printed}\n`);
for (const c of checked) {
  const q = c.questionnaire;
  if (!q || c.errors.length) continue;
  const warnings = c.warnings.length ? ` (${countText(c.warnings.length, 'warning', locale)})` : '';
  console.log(`✓ ${q.id} ${q.version}: ${q.dimensions.length} dimensions, ${q.items.length} items${warnings}`);
}
// The inventory's lists (not questionnaires) are checked with them: their readiness rules name criteria.
const inventories = checkInventories(root, locale, checked);
const inventoryProblems = inventoryReport(inventories, root);
if (inventoryProblems) console.error(`${inventoryProblems}\n`);
for (const { inventory: inv, problems } of inventories) {
  if (inv && !problems.length) console.log(`✓ ${inv.id} ${inv.version}: ${inv.kinds.length} kinds, ${inv.dataCategories.length} data categories, ${inv.skills.length} skills, ${Object.keys(inv.readiness).length} readiness rules`);
}
const hasErrors = checked.some((c) => c.errors.length) || inventories.some((c) => c.problems.length);
(hasErrors ? console.error : console.log)(summaryLine(checked, locale));
if (hasErrors) process.exit(1);
