/**
 * The one place a published count becomes words. Public figures carry a band ("10-19", "20-49",
 * "100+"), never an exact count; only the signed-in CQM dashboard gets exact counts. Screens pass
 * whatever the endpoint gave and never read `n` or `band` themselves, so a change of what is
 * published changes this module only.
 */
import type * as counts from '../i18n/counts.ts';

export type PublishedCount = { n: number } | { band: string };

export function countText(count: PublishedCount, m: typeof counts.fr): string {
  if ('n' in count) return m.exact({ n: count.n });
  const closed = /^(\d+)-(\d+)$/.exec(count.band);
  if (closed) return m.band({ from: Number(closed[1]), to: Number(closed[2]) });
  const open = /^(\d+)\+$/.exec(count.band);
  if (open) return m.bandOpen({ from: Number(open[1]) });
  // A band this version does not know yet: shown as it came rather than hidden.
  return count.band;
}
