/**
 * npx tsx scripts/make-backup-fixtures.ts
 *
 * Writes tests/fixtures/backups/: a valid backup exported by the current code from a database filled
 * through the storage layer (two organizations, a completed and two in-progress assessments on the
 * current questionnaire, notes, "don't know", "not applicable", a note without an answer, an
 * inventory of three data sources and two roles), and the
 * broken or hostile files derived from it that an import must refuse. Files that would be huge
 * (50 MB, 10,000-deep nesting) are made by the tests themselves instead of being committed.
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase, useDatabase } from '../src/client/storage/db.ts';
import { exportBackup } from '../src/client/storage/backup/backup.ts';
import { createOrganization } from '../src/client/storage/organizations.ts';
import { createAssessment, saveAnswer, updateAssessment } from '../src/client/storage/assessments.ts';
import { putSetting } from '../src/client/storage/settings.ts';
import { saveRole, saveSource } from '../src/client/storage/inventory.ts';
import { parseInventoryListsText } from '../src/core/inventory/lists.ts';
import { BACKUP_FORMAT_VERSION, checksumOf, serializeBackup, type Backup } from '../src/client/storage/backup/format.ts';
import { savePlanProgress } from '../src/client/storage/plan.ts';
import { addRespondent, agreeOnAnswer, saveRespondentAnswer } from '../src/client/storage/respondents.ts';
import { parseQuestionnaireText } from '../src/core/questionnaire/parse.ts';
import type { AnswerValue } from '../src/core/answers.ts';

const OUT = new URL('../tests/fixtures/backups/', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('../questionnaires/catalog.json', import.meta.url), 'utf8')) as { current: Record<string, string> };
const ref = { questionnaireId: 'cqm-maturite', version: catalog.current['cqm-maturite'] ?? '1.0.0' };
const parsed = parseQuestionnaireText(readFileSync(new URL(`../questionnaires/${ref.questionnaireId}/${ref.version}.json`, import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the current questionnaire does not parse');
const items = parsed.questionnaire.items;
const notApplicable = items.filter((i) => i.notApplicable).map((i) => i.id);

let minute = 0;
/** A fixed clock: the same script writes the same data, apart from the random ids. */
const at = () => new Date(Date.UTC(2026, 8, 14, 19, 0) + 60_000 * minute++);

useDatabase(openDatabase('fixture-source'));
const aurore = await createOrganization({ name: 'Ensemble Aurore', role: 'producteur', discipline: 'ancienne', region: '06', sizeBand: '0-2' }, at());
const done = await createAssessment(aurore.id, ref, at());
const levels: AnswerValue[] = [3, 2, 4, 1, 'dont-know', 5, 2, 3, 4, 1, 2, 3];
for (const [i, value] of levels.entries()) await saveAnswer(done.id, items[i]?.id ?? '', { value }, at());
await saveAnswer(done.id, items[0]?.id ?? '', { note: 'Export CSV de la billetterie, vérifié le 12 mars — « tout y est »' }, at());
await updateAssessment(done.id, { status: 'completed', completedAt: at().toISOString() }, at());
// The organization's plan: an action in progress with an owner and a date, one done, one pinned.
await savePlanProgress(aurore.id, ref, { actionId: `item:${items[3]?.id}:1`, status: 'in-progress', owner: 'Julie', due: '2027-02-15', note: 'Voir la billetterie' }, at());
await savePlanProgress(aurore.id, ref, { actionId: `item:${items[1]?.id}:2`, status: 'done', doneAt: at().toISOString() }, at());
await savePlanProgress(aurore.id, ref, { actionId: `find-out:${items[4]?.id}`, status: 'todo', focus: 'pinned' }, at());
const again = await createAssessment(aurore.id, ref, at());
for (const [i, value] of ([4, 3, 'dont-know'] as AnswerValue[]).entries()) await saveAnswer(again.id, items[i]?.id ?? '', { value }, at());

const choeur = await createOrganization({ name: 'Chœur de l’Île « Saint-Jean »', role: 'diffuseur', discipline: 'vocale-chorale', region: '03', sizeBand: '3-9' }, at());
const open = await createAssessment(choeur.id, ref, at());
await saveAnswer(open.id, items[0]?.id ?? '', { value: 2 }, at());
await saveAnswer(open.id, items[1]?.id ?? '', { note: 'Bilan 2023 à retrouver' }, at());
await saveAnswer(open.id, items[2]?.id ?? '', { value: 1 }, at());
await saveAnswer(open.id, notApplicable[0] ?? '', { value: 'not-applicable' }, at());
await saveAnswer(open.id, items[items.length - 1]?.id ?? '', { value: 5 }, at());
// Two respondents on the same assessment: far apart on the first item (the organization's answer is
// the proposal), agreed on the third, with why.
const direction = await addRespondent(open.id, { label: 'Direction', name: 'Hélène' }, at());
const communications = await addRespondent(open.id, { label: 'Communications' }, at());
await saveRespondentAnswer(open.id, direction.id, items[0]?.id ?? '', { value: 1, note: 'Rien d’écrit' }, at());
await saveRespondentAnswer(open.id, communications.id, items[0]?.id ?? '', { value: 4 }, at());
await saveRespondentAnswer(open.id, direction.id, items[2]?.id ?? '', { value: 3 }, at());
await saveRespondentAnswer(open.id, communications.id, items[2]?.id ?? '', { value: 'dont-know' }, at());
await agreeOnAnswer(open.id, items[2]?.id ?? '', 2, 'La billetterie le fait pour nous', at());
await putSetting('currentOrganizationId', choeur.id);

const listsRead = parseInventoryListsText(readFileSync(new URL('../questionnaires/inventory/1.0.0.json', import.meta.url), 'utf8'));
if (!listsRead.ok) throw new Error('the inventory lists do not parse');
const lists = listsRead.lists;
const box = await saveSource(lists, aurore.id, { kind: 'billetterie', tool: 'Tuxedo', operator: 'fournisseur-billetterie', holds: ['acheteurs-nommes', 'courriels', 'codes-postaux', 'detail-achats'], seasons: 3, export: 'sur-demande', hosting: 'quebec', purpose: 'Vente de billets', access: 'Direction, billetterie', retention: '7 ans' }, undefined, at());
await saveSource(lists, aurore.id, { ...box, export: 'oui', exportFormat: 'CSV' }, box.id, at());
await saveSource(lists, aurore.id, { kind: 'infolettre', tool: 'Mailchimp', operator: 'nous', holds: ['courriels', 'dates-consentement'], export: 'oui', hosting: 'hors-canada' }, undefined, at());
await saveSource(lists, choeur.id, { kind: 'tableurs', tool: 'Chiffrier « abonnés » ; 2024', operator: 'nous', holds: ['acheteurs-nommes', 'telephones'], export: 'oui', hosting: 'inconnu' }, undefined, at());
await saveRole(aurore.id, { name: 'Direction', skills: { extraction: 'autonome', 'loi-25': 'debutant' }, hoursPerMonth: 4 }, undefined, at());
await saveRole(choeur.id, { name: 'Communications', skills: { 'analytique-web': 'expert' }, hoursPerMonth: 2.5 }, undefined, at());

const { text } = await exportBackup({ appVersion: '0.1.0', now: new Date('2026-11-21T12:00:00.000Z') });
writeFileSync(new URL('valid.json', OUT), text);

const write = (name: string, content: string) => writeFileSync(new URL(`refused/${name}.json`, OUT), content);
const edited = async (change: (file: Backup) => void) => {
  const file = JSON.parse(text) as Backup;
  change(file);
  file.checksum = await checksumOf(file);
  return serializeBackup(file);
};

write('truncated', text.slice(0, Math.floor(text.length * 0.6)));
write('wrong-checksum', text.replace('"value": 3', '"value": 4'));
write('newer-format', await edited((f) => (f.formatVersion = BACKUP_FORMAT_VERSION + 1)));
write('older-format', await edited((f) => (f.formatVersion = 0)));
write('not-a-backup', JSON.stringify({ id: 'cqm-maturite', version: '1.0.0' }, null, 2) + '\n');
// Keys that reach Object.prototype when a naive merge copies them; JSON.parse keeps them as plain keys.
const insertInFirstRow = (table: string, field: string) => {
  const start = text.indexOf(`"${table}": [\n      {\n`);
  if (start < 0) throw new Error(`no ${table} rows`);
  const end = start + `"${table}": [\n      {\n`.length;
  return `${text.slice(0, end)}        ${field},\n${text.slice(end)}`;
};
write('proto-key', insertInFirstRow('organizations', '"__proto__": { "polluted": true }'));
write('constructor-key', insertInFirstRow('settings', '"constructor": { "prototype": { "polluted": true } }'));
write('unknown-item', await edited((f) => (f.data.answers[0]!.itemId = 'collecte-question-inexistante')));
write('unknown-questionnaire-version', await edited((f) => (f.data.assessments[0]!.version = '9.0.0')));
// Not refused: an earlier release could export such a row; an import leaves it out and says so.
writeFileSync(new URL('orphan-answer.json', OUT), await edited((f) => (f.data.answers[0]!.assessmentId = '00000000-0000-4000-8000-000000000000')));
writeFileSync(new URL('orphan-respondent-answer.json', OUT), await edited((f) => (f.data.respondentAnswers[0]!.respondentId = '00000000-0000-4000-8000-000000000000')));
writeFileSync(new URL('orphan-plan-action.json', OUT), await edited((f) => (f.data.planActions[0]!.organizationId = '00000000-0000-4000-8000-000000000000')));
write('invalid-answer-value', await edited((f) => (f.data.answers[0]!.value = 9)));
write('invalid-respondent-label', await edited((f) => (f.data.respondents[0]!.label = 'x'.repeat(5000))));
write('unknown-respondent-item', await edited((f) => (f.data.respondentAnswers[0]!.itemId = 'collecte-question-inexistante')));
// Not refused either: inventory rows whose organization is gone are left out on import, and counted.
writeFileSync(new URL('orphan-data-source.json', OUT), await edited((f) => (f.data.dataSources[0]!.organizationId = '00000000-0000-4000-8000-000000000000')));
write('invalid-role-hours', await edited((f) => (f.data.dataRoles[0]!.hoursPerMonth = -3)));
console.log(`wrote ${new URL('.', OUT).pathname}valid.json, orphan-answer.json, orphan-respondent-answer.json, orphan-plan-action.json, orphan-data-source.json and the refused/ files`);
