/**
 * Finds IPv4 and IPv6 addresses in text (logs). Candidates are picked generously by a pattern, then
 * confirmed by Node's own parser, so times (21:38:34), versions (1.0.0) and hashes do not count.
 */
import { isIP } from 'node:net';

const CANDIDATE =
  /(?<![\w:.])(?:(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4})(?:%[\w.]+)?(?![\w:])|\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d))/gi;

export function findIpAddresses(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const candidate = match[0].replace(/%[\w.]+$/, '');
    if (isIP(candidate)) found.push(match[0]);
  }
  return found;
}
