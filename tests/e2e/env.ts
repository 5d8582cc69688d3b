/**
 * What the end-to-end server is started with (playwright.config.ts) and what specs need to know of
 * it: the dashboard's login, the privacy contact, and the SQLite file the server writes, which specs read to check rows.
 */
export const E2E_ADMIN = { user: 'cqm-e2e', password: 'e2e admin password' };
/** The deployment's privacy contact (DIAPASON_PRIVACY_CONTACT), which the privacy notice shows. */
export const E2E_PRIVACY_CONTACT = 'Marie Tremblay, vie-privee@cqm.example, 514 555-0100';

/** Set once by playwright.config.ts in the runner; workers inherit it. */
export function e2eDatabase(): string {
  const file = process.env.DIAPASON_E2E_DB;
  if (!file) throw new Error('DIAPASON_E2E_DB is not set: run the specs through playwright.config.ts');
  return file;
}
