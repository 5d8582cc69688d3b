import { formatCount, plural } from './format.ts';
import { frenchSpacing } from './typography.ts';

/** How many organizations a published figure is of: an exact count (staff) or a band (everyone else). */
export const fr = frenchSpacing({
  exact: (p: { n: number }) => `${formatCount(p.n, 'fr')} ${plural(p.n, 'fr', { one: 'organisme', other: 'organismes' })}`,
  band: (p: { from: number; to: number }) => `${formatCount(p.from, 'fr')} à ${formatCount(p.to, 'fr')} organismes`,
  bandOpen: (p: { from: number }) => `${formatCount(p.from, 'fr')} organismes ou plus`,
});

export const en: typeof fr = {
  exact: (p: { n: number }) => `${formatCount(p.n, 'en')} ${plural(p.n, 'en', { one: 'organization', other: 'organizations' })}`,
  band: (p: { from: number; to: number }) => `${formatCount(p.from, 'en')} to ${formatCount(p.to, 'en')} organizations`,
  bandOpen: (p: { from: number }) => `${formatCount(p.from, 'en')} or more organizations`,
};
