import { describe, expect, it } from 'vitest';
import { fetchPrivacyContact } from '../../../src/client/sync/privacy-details.ts';
import * as sync from '../../../src/client/i18n/sync.ts';

/** A fetch that records what it was asked and answers `answer`. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const asked: { url: string; init?: RequestInit }[] = [];
  const fn = (async (url: RequestInfo | URL, init?: RequestInit) => {
    asked.push({ url: String(url), init });
    return answer();
  }) as typeof fetch;
  return { fn, asked };
}

const CONTACT = 'Marie Tremblay, vie-privee@cqm.example, 514 555-0100';

describe('the deployment’s privacy contact', () => {
  it('is read from the app’s own files, never from the endpoint, with no cookie and no referrer', async () => {
    const { fn, asked } = fakeFetch(() => Response.json({ contact: CONTACT }));
    expect(await fetchPrivacyContact(fn)).toBe(CONTACT);
    expect(asked.map((a) => a.url)).toEqual(['/privacy.json']);
    expect(asked[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it.each([
    ['a server that sets none', () => Response.json({ contact: null })],
    ['a server without the file (an older one, or the development server)', () => new Response('Not found', { status: 404 })],
    ['no network and no copy kept', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['an answer that is not JSON', () => new Response('<html>', { status: 200 })],
    ['an answer of another shape', () => Response.json({ contact: 42, extra: true })],
    ['a contact far too long', () => Response.json({ contact: 'x'.repeat(301) })],
  ])('is none with %s: the notice then points to CQM’s website', async (_case, answer) => {
    expect(await fetchPrivacyContact(fakeFetch(answer).fn)).toBeNull();
  });

  it('the notice has words for both cases, in both languages', () => {
    expect(sync.fr.contactPerson).toMatch(/^Responsable de la protection des renseignements personnels\u00a0:$/);
    expect(sync.fr.contactUnset).toContain('site Web du CQM');
    expect(sync.en.contactPerson).toBe('Person in charge of the protection of personal information:');
    expect(sync.en.contactUnset).toContain('CQM’s website');
  });
});
