/**
 * The process `npm start` runs: reads the configuration, opens the database and listens. Nothing else.
 */
import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import { createEndpoint } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { openDb } from './db.ts';
import { createLogger } from './log.ts';

let config;
try {
  config = readConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

const log = createLogger({ file: config.logFile });
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const db = openDb(config.dbFile);
const endpoint = createEndpoint({ distDir: config.distDir, version, db, settings: config, log });

const purge = () =>
  endpoint.purgeExpired().then(
    (deleted) => deleted > 0 && log.info(`retention: deleted ${deleted} submission(s) older than ${config.retentionYears} years`),
    (error: Error) => log.error(`retention: ${error.message}`),
  );
void purge();
setInterval(purge, 24 * 3600 * 1000).unref();

/** 0.0.0.0 and :: listen everywhere: no browser opens them, so the terminal also says localhost. */
const wildcard = (host: string) => host === '0.0.0.0' || host === '::';

// A quarter's figures are computed once its grace has ended (src/core/quarters.ts): checked at start
// and every hour, so a snapshot is never more than an hour late, and taken only once.
const snapshot = () =>
  endpoint.takeDueSnapshots().then(
    (taken) => taken > 0 && log.info(`snapshots: ${taken} closed quarter(s) published`),
    (error: Error) => log.error(`snapshots: ${error.message}`),
  );
void snapshot();
setInterval(snapshot, 3600 * 1000).unref();

const server = serve({ fetch: endpoint.app.fetch, port: config.port, hostname: config.host }, (info) => {
  // The address to open goes to the terminal only, as HOST says it (an IPv6 one in brackets); the
  // log line and the log file carry the port alone: a log holds no address, not even the server's own.
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  log.info(`Diapason ${version} listening on port ${info.port}`);
  process.stdout.write(`Open http://${host}:${info.port}/${wildcard(config.host) ? ` (every interface; on this machine http://localhost:${info.port}/)` : ''}\n`);
  if (!config.admin) log.info('CQM dashboard login is off: set DIAPASON_ADMIN_PASSWORD to turn it on');
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    log.error(`Port ${config.port} is already in use: set another one with PORT=…`);
    process.exit(1);
  }
  throw error;
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => {
      void endpoint.close().finally(() => {
        db.close();
        process.exit(0);
      });
    });
    // Connections kept alive by a browser must not hold the process open.
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
