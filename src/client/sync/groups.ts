/**
 * Names of the peer groups (cells of the disclosure grid) in the person's language, shared by the
 * result screen's peers and the CQM dashboard.
 */
import { FILTER_KEYS, type CellFilter, type FilterKey } from '../../core/disclosure.ts';
import { DISCIPLINE_LABELS, ROLE_LABELS, SIZE_BAND_LABELS } from '../../core/profile.ts';
import { REGION_GROUP_LABELS } from '../../core/sync.ts';
import type { Locale, LocalizedText } from '../../core/text.ts';
import type * as sync from '../i18n/sync.ts';

const VALUE_LABELS: Record<FilterKey, Record<string, LocalizedText>> = {
  role: ROLE_LABELS,
  sizeBand: SIZE_BAND_LABELS,
  regionGroup: REGION_GROUP_LABELS,
  discipline: DISCIPLINE_LABELS,
};

export function filterName(key: FilterKey, m: typeof sync.fr): string {
  return { role: m.filterRole, sizeBand: m.filterSizeBand, regionGroup: m.filterRegionGroup, discipline: m.filterDiscipline }[key];
}

/** A value's label; region groups without the list of their regions, which tables cannot fit. */
export function valueName(key: FilterKey, value: string, locale: Locale): string {
  const label = VALUE_LABELS[key][value]?.[locale] ?? value;
  return key === 'regionGroup' ? label.replace(/\s*\(.*\)$/, '') : label;
}

/**
 * "All organizations", "Role: Producing organization", "Producing organization · 0 to 2 permanent
 * staff". A pair names its values in `order` (the order a person chose them in), else the grid's.
 */
export function groupName(filter: CellFilter, m: typeof sync.fr, locale: Locale, order: readonly FilterKey[] = FILTER_KEYS): string {
  const keys = [...order, ...FILTER_KEYS.filter((k) => !order.includes(k))].filter((k) => filter[k] !== undefined);
  if (keys.length === 0) return m.groupAll;
  if (keys.length === 1) {
    const key = keys[0]!;
    // French puts a no-break space before the colon.
    return `${filterName(key, m)}${locale === 'fr' ? '\u00a0' : ''}: ${valueName(key, filter[key]!, locale)}`;
  }
  return keys.map((k) => valueName(k, filter[k]!, locale)).join(' · ');
}
