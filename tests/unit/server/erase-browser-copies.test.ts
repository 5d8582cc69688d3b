/**
 * The route that makes the browser erase its files for the app ("delete all my data"): it answers
 * `Clear-Site-Data` to the app's own pages only. Another site able to trigger it could wipe an
 * organization's data with one hidden form.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createEndpoint } from '../../../src/server/app.ts';
import { createLogger } from '../../../src/server/log.ts';
import { ERASE_BROWSER_COPIES_HEADER, ERASE_BROWSER_COPIES_PATH } from '../../../src/core/api-paths.ts';

const endpoint = createEndpoint({ log: createLogger({ write: () => undefined }) });
afterAll(() => endpoint.close());

const post = (headers: Record<string, string>) => endpoint.app.request(ERASE_BROWSER_COPIES_PATH, { method: 'POST', headers });

describe('erase the browser copies', () => {
  it('from the app itself: 204 with Clear-Site-Data "storage", never cached', async () => {
    const response = await post({ [ERASE_BROWSER_COPIES_HEADER]: '1', 'Sec-Fetch-Site': 'same-origin' });
    expect(response.status).toBe(204);
    expect(response.headers.get('Clear-Site-Data')).toBe('"storage"');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it.each([
    ['a cross-site form (no header)', { 'Sec-Fetch-Site': 'cross-site' }],
    ['the header from another site', { [ERASE_BROWSER_COPIES_HEADER]: '1', 'Sec-Fetch-Site': 'cross-site' }],
    ['the header from a sibling subdomain', { [ERASE_BROWSER_COPIES_HEADER]: '1', 'Sec-Fetch-Site': 'same-site' }],
    ['a plain POST', {}],
    ['a wrong header value', { [ERASE_BROWSER_COPIES_HEADER]: 'yes' }],
  ])('refused for %s: 403, and no Clear-Site-Data', async (_what, headers) => {
    const response = await post(headers);
    expect(response.status).toBe(403);
    expect(response.headers.get('Clear-Site-Data')).toBeNull();
  });

  it('a GET (a link, an image) does nothing', async () => {
    const response = await endpoint.app.request(ERASE_BROWSER_COPIES_PATH);
    expect(response.headers.get('Clear-Site-Data')).toBeNull();
  });
});
