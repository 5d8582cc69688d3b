/**
 * The header expectations the release gates use (tests/support/served-headers.ts) must accept the
 * server's headers and refuse each way of loosening them; otherwise the gates would prove nothing.
 */
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../src/server/headers.ts';
import { cachingProblems, securityHeaderProblems } from '../../support/served-headers.ts';

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const served = lower(SECURITY_HEADERS);
const csp = served['content-security-policy']!;

describe('security header expectations', () => {
  it('accept what the server sends', () => {
    expect(securityHeaderProblems(served)).toEqual([]);
  });

  it.each([
    ['an inline script', csp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")],
    ['eval', csp.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")],
    ['inline styles', csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")],
    ['a third-party script', csp.replace("script-src 'self'", "script-src 'self' https://cdn.example")],
    ['framing', csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'")],
    ['any origin', csp.replace("connect-src 'self'", 'connect-src *')],
  ])('refuse a policy that allows %s', (_what, loose) => {
    expect(securityHeaderProblems({ ...served, 'content-security-policy': loose })).not.toEqual([]);
  });

  it.each([
    ['x-content-type-options', undefined],
    ['referrer-policy', 'strict-origin'],
    ['permissions-policy', 'camera=(), microphone=()'],
    ['permissions-policy', 'geolocation=(self), camera=(), microphone=()'],
  ])('refuse %s set to %s', (name, value) => {
    expect(securityHeaderProblems({ ...served, [name]: value })).not.toEqual([]);
  });
});

describe('caching expectations', () => {
  const immutable = 'public, max-age=31536000, immutable';
  it('want the page, the worker and the manifest revalidated', () => {
    for (const path of ['/', '/index.html', '/sw.js']) {
      expect(cachingProblems(path, { 'cache-control': 'no-cache', 'content-type': /js$/.test(path) ? 'text/javascript' : 'text/html' })).toEqual([]);
      expect(cachingProblems(path, { 'cache-control': immutable, 'content-type': 'text/html' })).not.toEqual([]);
    }
    expect(cachingProblems('/manifest.webmanifest', { 'cache-control': 'no-cache', 'content-type': 'application/json' })).not.toEqual([]);
  });

  it('want hashed files kept a year, and never a name without a hash kept for ever', () => {
    expect(cachingProblems('/assets/index-VhaWIu8W.js', { 'cache-control': immutable, 'content-type': 'text/javascript' })).toEqual([]);
    expect(cachingProblems('/assets/index-VhaWIu8W.js', { 'cache-control': 'no-cache', 'content-type': 'text/javascript' })).not.toEqual([]);
    expect(cachingProblems('/icons/icon.svg', { 'cache-control': immutable, 'content-type': 'image/svg+xml' })).not.toEqual([]);
  });
});
