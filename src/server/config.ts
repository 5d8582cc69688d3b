/**
 * Configuration from the environment, with safe defaults for a local run. Every variable is listed
 * in the README.
 */
import { resolve } from 'node:path';

export interface ServerConfig {
  /** PORT: where to listen (default 4173). */
  port: number;
  /** HOST: the interface to bind (default 127.0.0.1: reachable from this computer only). */
  host: string;
  /** DIAPASON_DB: the SQLite database file (default ./data/diapason.sqlite). */
  dbFile: string;
  /** DIAPASON_DIST: the built app to serve (default ./dist). */
  distDir: string;
}

export class ConfigError extends Error {}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`PORT must be a port number, got "${value}"`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  return {
    port: port(env.PORT, 4173),
    host: env.HOST || '127.0.0.1',
    dbFile: resolve(cwd, env.DIAPASON_DB || 'data/diapason.sqlite'),
    distDir: resolve(cwd, env.DIAPASON_DIST || 'dist'),
  };
}
