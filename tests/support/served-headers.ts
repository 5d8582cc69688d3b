/**
 * What every response of the server must carry, written from the release gates (README, Performance), not
 * from src/server: the unit gates (tests/unit/release-gates.test.ts) and the end-to-end fixture both
 * check responses against it, so a header lost anywhere fails a test.
 *
 * Returns the problems found, in plain words; an empty list means the response is right.
 */

/** A file name with a build hash in it (Vite's `name-HASH.js`, workbox's `workbox-HASH.js`). */
export const HASHED = /-[A-Za-z0-9_-]{8}\.(js|css|woff2?|png|svg)$/;

/** Paths that must be revalidated on every load, or an update would never reach anyone. */
const REVALIDATED = /^\/(index\.html|sw\.js|manifest\.webmanifest)?$/;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** The security headers the release gates ask for, on any response (page, asset, API, error). */
export function securityHeaderProblems(headers: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const h = (name: string) => headers[name.toLowerCase()];
  const csp = h('content-security-policy');
  if (!csp) problems.push('no Content-Security-Policy');
  else {
    if (/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*/.test(csp)) problems.push(`CSP too loose: ${csp}`);
    const d = directives(csp);
    const scripts = d.get('script-src') ?? d.get('default-src');
    if (scripts?.join(' ') !== "'self'") problems.push(`CSP script-src is not 'self' only: ${scripts?.join(' ')}`);
    const styles = d.get('style-src') ?? d.get('default-src');
    if (styles?.join(' ') !== "'self'") problems.push(`CSP style-src is not 'self' only: ${styles?.join(' ')}`);
    if (d.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("CSP lacks frame-ancestors 'none'");
    if (d.get('object-src')?.join(' ') !== "'none'") problems.push("CSP lacks object-src 'none'");
  }
  if (h('x-content-type-options') !== 'nosniff') problems.push('X-Content-Type-Options is not nosniff');
  if (h('referrer-policy') !== 'no-referrer') problems.push('Referrer-Policy is not no-referrer');
  const permissions = h('permissions-policy') ?? '';
  for (const feature of ['geolocation', 'camera', 'microphone']) {
    if (!new RegExp(`(^|,)\\s*${feature}=\\(\\)\\s*(,|$)`).test(permissions)) problems.push(`Permissions-Policy does not deny ${feature}`);
  }
  return problems;
}

/** Caching and content type of a file of the built app, by its URL path. */
export function cachingProblems(path: string, headers: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const cacheControl = headers['cache-control'] ?? '';
  const type = headers['content-type'] ?? '';
  if (REVALIDATED.test(path)) {
    if (!/\bno-cache\b/.test(cacheControl)) problems.push(`${path} must be revalidated (no-cache), got "${cacheControl}"`);
  } else if (HASHED.test(path)) {
    if (!/\bmax-age=31536000\b/.test(cacheControl) || !/\bimmutable\b/.test(cacheControl)) {
      problems.push(`${path} is hashed: expected a year, immutable; got "${cacheControl}"`);
    }
  } else if (/\bimmutable\b/.test(cacheControl)) {
    problems.push(`${path} has no hash in its name and must not be immutable`);
  }
  if (path.endsWith('.webmanifest') && !type.startsWith('application/manifest+json')) {
    problems.push(`${path} must be application/manifest+json, got "${type}"`);
  }
  const expected: Record<string, RegExp> = {
    js: /^(text|application)\/javascript\b/,
    css: /^text\/css\b/,
    html: /^text\/html\b/,
    svg: /^image\/svg\+xml\b/,
    png: /^image\/png\b/,
  };
  const ext = /\.([a-z0-9]+)$/.exec(path === '/' ? '/index.html' : path)?.[1] ?? '';
  if (expected[ext] && !expected[ext].test(type)) problems.push(`${path} has Content-Type "${type}"`);
  return problems;
}
