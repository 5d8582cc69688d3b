import { test, expect } from './fixtures.ts';
import { E2E_ADMIN } from './env.ts';

test.setTimeout(600_000);
test('screens', async ({ app, page }) => {
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answerAll(() => 2);
  await app.questionnaire.finish();
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: 'Commencer une évaluation' }).click();
  await app.questionnaire.ready();
  const draft = page.url().split('#')[1];
  await app.questionnaire.answerAll((n) => (n === 1 ? 4 : 3));
  await app.questionnaire.finish();
  const id = /resultat\/([^/]+)/.exec(page.url())![1];
  const screens: Record<string, string> = {
    home: '/', profile: '/#/organisme/modifier', orgs: '/#/organismes', questionnaire: `/#/evaluation/${id}`,
    result: `/#/resultat/${id}`, roadmap: `/#/feuille-de-route/${id}`, path: '/#/parcours', settings: '/#/parametres',
    dashboard: '/#/cqm', notfound: '/#/nope',
  };
  void draft;
  const only = process.env.SHOTS?.split(',');
  for (const lang of ['fr', 'en']) {
    if (lang === 'en') await app.switchLanguage();
    for (const [name, url] of Object.entries(screens)) {
      if (only && !only.includes(name)) continue;
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('about:blank');
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForTimeout(900);
        if (name === 'dashboard') {
          await page.getByLabel(/Nom d’utilisateur|User name/).fill(E2E_ADMIN.user);
          await page.getByLabel(/Mot de passe|Password/).fill(E2E_ADMIN.password);
          await page.getByRole('button', { name: /Se connecter|Sign in/ }).click();
          await page.waitForTimeout(1200);
        }
        const file = `${process.env.SHOTDIR ?? '/tmp/shots13/x'}/${name}-${lang}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        if (name === 'dashboard') await page.context().clearCookies();
      }
    }
  }
});
