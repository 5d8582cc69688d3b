/**
 * French typography for the catalogs: a no-break space (U+00A0) before : ; ! ? » and after «, so
 * "Détails : …" never breaks before its colon. Catalogs are written with ordinary spaces and passed
 * through `frenchSpacing` once; functions have their output fixed too.
 */
export function fixFrenchSpacing(text: string): string {
  return text
    .replace(/[ \u202f]([:;!?»])/g, '\u00a0$1')
    .replace(/«[ \u202f]/g, '«\u00a0');
}

type Catalog = Record<string, unknown>;

export function frenchSpacing<T extends Catalog>(catalog: T): T {
  const out: Catalog = {};
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out[key] = fixFrenchSpacing(value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => string;
      out[key] = (...args: unknown[]) => fixFrenchSpacing(fn(...args));
    } else out[key] = value;
  }
  return out as T;
}
