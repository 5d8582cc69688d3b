/**
 * npx tsx scripts/make-backup-fixtures.ts
 *
 * Writes tests/fixtures/backups/: a valid backup exported by the current code from the v1 legacy
 * database (itself made by running release 674846e), and the broken or hostile files derived from it
 * that an import must refuse. Files that would be huge (50 MB, 10,000-deep nesting) are made by the
 * tests themselves instead of being committed.
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase, useDatabase } from '../src/client/storage/db.ts';
import { exportBackup } from '../src/client/storage/backup/backup.ts';
import { checksumOf, serializeBackup, type Backup } from '../src/client/storage/backup/format.ts';
import { restoreIndexedDb, type DatabaseDump } from '../tests/support/idb-dump.ts';

const OUT = new URL('../tests/fixtures/backups/', import.meta.url);
const legacy = JSON.parse(readFileSync(new URL('../tests/fixtures/databases/v1-walking-skeleton-674846e.json', import.meta.url), 'utf8')) as {
  databases: DatabaseDump[];
};
const dump = legacy.databases.find((d) => d.name === 'diapason');
if (!dump) throw new Error('no diapason database in the legacy fixture');
await restoreIndexedDb({ ...dump, name: 'fixture-source' });
useDatabase(openDatabase('fixture-source'));
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
write('newer-format', await edited((f) => (f.formatVersion = 2)));
write('older-format', await edited((f) => (f.formatVersion = 0)));
write('not-a-backup', JSON.stringify({ id: 'cqm-maturite', version: '1.0.0' }, null, 2) + '\n');
// Keys that reach Object.prototype when a naive merge copies them; JSON.parse keeps them as plain keys.
const insertInFirstRow = (table: string, field: string) => {
  const at = text.indexOf(`"${table}": [\n      {\n`);
  if (at < 0) throw new Error(`no ${table} rows`);
  const end = at + `"${table}": [\n      {\n`.length;
  return `${text.slice(0, end)}        ${field},\n${text.slice(end)}`;
};
write('proto-key', insertInFirstRow('organizations', '"__proto__": { "polluted": true }'));
write('constructor-key', insertInFirstRow('settings', '"constructor": { "prototype": { "polluted": true } }'));
write('unknown-item', await edited((f) => (f.data.answers[0]!.itemId = 'collecte-question-inexistante')));
write('unknown-questionnaire-version', await edited((f) => (f.data.assessments[0]!.version = '9.0.0')));
write('orphan-answer', await edited((f) => (f.data.answers[0]!.assessmentId = '00000000-0000-4000-8000-000000000000')));
write('invalid-answer-value', await edited((f) => (f.data.answers[0]!.value = 9)));
console.log(`wrote ${new URL('.', OUT).pathname}valid.json and the refused/ files`);
