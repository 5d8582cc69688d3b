/**
 * Configuration from the environment, with safe defaults for a local run. Every variable is listed
 * in the README.
 */
import { resolve } from 'node:path';
import { PRIVACY_CONTACT_MAX } from '../core/sync-api.ts';

export interface ServerConfig {
  /** PORT: where to listen (default 4173). */
  port: number;
  /** HOST: the interface to bind (default 127.0.0.1: reachable from this computer only). */
  host: string;
  /** DIAPASON_DB: the SQLite database file (default ./data/diapason.sqlite). */
  dbFile: string;
  /** DIAPASON_DIST: the built app to serve (default ./dist). */
  distDir: string;
  /**
   * DIAPASON_ORIGIN: origins of the app allowed to call the endpoint from another origin (CORS),
   * comma-separated. Default none: the app served by this process is same-origin and needs no CORS.
   */
  allowedOrigins: string[];
  /** DIAPASON_ADMIN_USER / DIAPASON_ADMIN_PASSWORD: the CQM dashboard login; no password, no login. */
  admin: { user: string; password: string } | null;
  /**
   * DIAPASON_ORGANIZATION_CODES: "1": each submission needs an organization code made on the dashboard
   * (one code, one organization key). Off: open mode, for demonstrations and local use only.
   */
  organizationCodes: boolean;
  /** DIAPASON_RATE_LIMIT: submissions per minute per client address (default 30; 0 turns limits off). */
  rateLimitPerMinute: number;
  /** DIAPASON_TRUST_PROXY: "1" behind a reverse proxy, to rate-limit by X-Forwarded-For. */
  trustProxy: boolean;
  /** DIAPASON_RETENTION_YEARS: submissions older than this many years are deleted (default 5). */
  retentionYears: number;
  /** DIAPASON_LOG_FILE: also append log lines to this file (default: standard output only). */
  logFile: string | undefined;
  /** DIAPASON_ACCESS_LOG: "1" logs one line per API request (method, route, status, time). */
  accessLog: boolean;
  /**
   * DIAPASON_PRIVACY_CONTACT: who answers for personal information, as the privacy notice shows it
   * (name or role, e-mail, telephone). Default none: the notice points to CQM's website.
   */
  privacyContact: string | null;
}

export class ConfigError extends Error {}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`PORT must be a port number, got "${value}"`);
  return n;
}

function count(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new ConfigError(`${name} must be a whole number from 0 to ${max}, got "${value}"`);
  return n;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

function origins(value: string | undefined): string[] {
  return list(value).map((origin) => {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(`DIAPASON_ORIGIN must list origins like https://diapason.example.org, got "${origin}"`);
    }
    if (url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(`DIAPASON_ORIGIN takes origins only (scheme, host, port), got "${origin}"`);
    }
    return url.origin;
  });
}

function privacyContact(value: string | undefined): string | null {
  const contact = (value ?? '').trim();
  if (contact === '') return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(contact)) throw new ConfigError('DIAPASON_PRIVACY_CONTACT must be one line of text');
  if (contact.length > PRIVACY_CONTACT_MAX) {
    throw new ConfigError(`DIAPASON_PRIVACY_CONTACT must be at most ${PRIVACY_CONTACT_MAX} characters, got ${contact.length}`);
  }
  return contact;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  if (env.DIAPASON_ENROLLMENT_CODES) {
    // A code shared by everyone let one sender be as many organizations as it liked.
    throw new ConfigError('DIAPASON_ENROLLMENT_CODES is gone: set DIAPASON_ORGANIZATION_CODES=1 and make one code per member on the dashboard');
  }
  const organizationCodes = flag(env.DIAPASON_ORGANIZATION_CODES);
  const password = env.DIAPASON_ADMIN_PASSWORD ?? '';
  const retentionYears = count('DIAPASON_RETENTION_YEARS', env.DIAPASON_RETENTION_YEARS, 5, 100);
  if (retentionYears === 0) throw new ConfigError('DIAPASON_RETENTION_YEARS must be at least 1');
  if (password && password.length < 12) throw new ConfigError('DIAPASON_ADMIN_PASSWORD must be at least 12 characters');
  if (organizationCodes && !password) throw new ConfigError('DIAPASON_ORGANIZATION_CODES=1 needs DIAPASON_ADMIN_PASSWORD: codes are made on the dashboard');
  return {
    port: port(env.PORT, 4173),
    host: env.HOST || '127.0.0.1',
    dbFile: resolve(cwd, env.DIAPASON_DB || 'data/diapason.sqlite'),
    distDir: resolve(cwd, env.DIAPASON_DIST || 'dist'),
    allowedOrigins: origins(env.DIAPASON_ORIGIN),
    admin: password ? { user: env.DIAPASON_ADMIN_USER || 'cqm', password } : null,
    organizationCodes,
    rateLimitPerMinute: count('DIAPASON_RATE_LIMIT', env.DIAPASON_RATE_LIMIT, 30, 1_000_000),
    trustProxy: flag(env.DIAPASON_TRUST_PROXY),
    retentionYears,
    logFile: env.DIAPASON_LOG_FILE ? resolve(cwd, env.DIAPASON_LOG_FILE) : undefined,
    accessLog: flag(env.DIAPASON_ACCESS_LOG),
    privacyContact: privacyContact(env.DIAPASON_PRIVACY_CONTACT),
  };
}
