import { describe, expect, it } from 'vitest';
import { findIpAddresses } from '../../support/ip-addresses.ts';

describe('findIpAddresses (the log check’s detector)', () => {
  it.each([
    ['client 203.0.113.7 sent', ['203.0.113.7']],
    ['at 192.168.1.10:4173.', ['192.168.1.10']],
    ['from ::1', ['::1']],
    ['[::1]:80', ['::1']],
    ['::ffff:127.0.0.1 mapped', ['::ffff:127.0.0.1']],
    ['2001:db8::42', ['2001:db8::42']],
    ['fe80::1%eth0', ['fe80::1%eth0']],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', ['2001:0db8:0000:0000:0000:ff00:0042:8329']],
  ])('finds the address in %j', (text, expected) => {
    expect(findIpAddresses(text)).toEqual(expected);
  });

  it.each([
    '2026-11-21T21:38:34.123Z info POST /api/v1/submissions 201 3ms',
    'DELETE /api/v1/organizations/:key 200 2ms',
    'Diapason 0.1.0 — http://localhost:4173/',
    'version 1.0.0 and 1.2.3.4.5',
    'at 12:30:45',
    'hash a1c361f184f7cf3e1dd1103fc07cebbad061c0',
    'std::vector and aa:bb:cc:dd:ee:ff',
  ])('finds nothing in %j', (text) => {
    expect(findIpAddresses(text)).toEqual([]);
  });
});
