import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { chromiumExecutable } from '../../scripts/chromium.mjs';

test('the web manifest makes the app installable, in French', async ({ page, baseURL }) => {
  const response = await page.request.get('/manifest.webmanifest');
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('Diapason'), short_name: 'Diapason', lang: 'fr-CA', start_url: '/', display: 'standalone', theme_color: expect.stringMatching(/^#/) });
  const icons = manifest.icons as { sizes: string; purpose?: string; src: string }[];
  expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of icons) expect((await page.request.get(icon.src)).ok()).toBe(true);

  // Chrome's own verdict; a normal (incognito) context always answers "in-incognito", so use a profile.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'diapason-install-')), {
    executablePath: chromiumExecutable(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const installPage = context.pages()[0] ?? (await context.newPage());
    await installPage.goto(baseURL ?? '/');
    await installPage.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
    const cdp = await context.newCDPSession(installPage);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
