/**
 * The Chromium the end-to-end tests, the benchmarks and the fixture scripts drive: CHROMIUM_PATH if
 * set, else Debian's /usr/bin/chromium, else Playwright's own browser if it is installed. Without any
 * of them, one sentence says what to install (`node scripts/chromium.mjs` checks, as `npm test` does
 * before anything else).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const CHROMIUM_MISSING =
  'The end-to-end tests need Chromium: install Debian’s (apt-get install chromium) or Playwright’s (npx playwright install chromium), or set CHROMIUM_PATH to a Chromium executable.';

/** The path of the Chromium to launch; throws CHROMIUM_MISSING if there is none. */
export function chromiumExecutable() {
  const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(wanted)) return wanted;
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return own;
  throw new Error(CHROMIUM_MISSING);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    chromiumExecutable();
  } catch {
    console.error(CHROMIUM_MISSING);
    process.exit(1);
  }
}
