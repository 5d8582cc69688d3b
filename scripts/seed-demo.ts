/**
 * npm run db:seed-demo [-- FILE]: seeds a made-up demonstration sector into closed past quarters of a
 * local database (DIAPASON_DB, or FILE), with its published snapshots, so the dashboard and the peers
 * view have something to show. Refused on a database holding real submissions. Every figure published
 * from it is marked as a demonstration.
 */
import { resolve } from 'node:path';
import { readConfig } from '../src/server/config.ts';
import { openDb } from '../src/server/db.ts';
import { DemonstrationRefused, seedDemonstration } from '../src/server/demo.ts';
import { readBundled } from '../src/server/questionnaires.ts';

const file = process.argv[2] ? resolve(process.argv[2]) : readConfig().dbFile;
const db = openDb(file);
try {
  const { organizations, submissions, periods } = seedDemonstration(db, readBundled(), new Date());
  console.log(`Demonstration sector seeded into ${file}: ${organizations} made-up organizations, ${submissions} submissions, quarters ${periods.join(', ')} (published).`);
  console.log('Not real data: every published response carries "demonstration": true. Use a database of its own for it.');
} catch (error) {
  if (!(error instanceof DemonstrationRefused)) throw error;
  console.error(`Refused: ${error.message}.`);
  process.exitCode = 1;
} finally {
  db.close();
}
