/**
 * The suite-wide guard of fixtures.ts must really see what it guards against, or every other spec
 * would pass for nothing. Each test provokes one fault, checks the guard caught it, then clears it.
 */
import { test, expect } from './fixtures.ts';

test.describe('the suite-wide guard', () => {
  // The browser also logs the refusals below as console errors: expected here.
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('sees a request to another origin', async ({ app, page, guard }) => {
    await app.open();
    // Faked, so nothing really leaves this machine.
    await page.route('http://elsewhere.test/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'x' }));
    await page.goto('http://elsewhere.test/tracker');
    expect(guard.offOrigin).toEqual(['GET http://elsewhere.test/tracker']);
    guard.offOrigin.length = 0;
  });

  test('sees an inline script and an inline style refused by the Content-Security-Policy', async ({ app, page, guard }) => {
    await app.open();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.head.append(script);
      document.body.setAttribute('style', 'color: red');
    });
    await expect.poll(() => guard.cspViolations.length).toBe(2);
    expect(guard.cspViolations.join('\n')).toMatch(/script-src-elem blocked inline/);
    expect(guard.cspViolations.join('\n')).toMatch(/style-src-attr blocked inline/);
    expect(await page.title()).not.toBe('injected');
    guard.cspViolations.length = 0;
  });

  test('sees a page served without the security headers', async ({ page, guard }) => {
    await page.route('/bare.html', (route) => route.fulfill({ contentType: 'text/html', body: '<title>bare</title>' }));
    await page.goto('/bare.html');
    await expect.poll(() => guard.headerProblems.length).toBeGreaterThan(0);
    expect(guard.headerProblems.join('\n')).toMatch(/no Content-Security-Policy/);
    guard.headerProblems.length = 0;
  });
});
