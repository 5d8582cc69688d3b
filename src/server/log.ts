/**
 * The server's log: a line per event, to standard output (and a file if DIAPASON_LOG_FILE is set).
 *
 * What a line may hold: the time, a level, and text the server wrote itself: a route PATTERN (never a
 * path, which can carry an organization key), a status, a duration, an error's message. Never a client
 * address, a user agent, a header or a body. The test run checks every log it produced for addresses.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export interface LoggerOptions {
  file?: string | undefined;
  /** Where lines go besides the file; tests pass their own. */
  write?: (line: string, level: 'info' | 'error') => void;
}

const toConsole = (line: string, level: 'info' | 'error') =>
  (level === 'error' ? process.stderr : process.stdout).write(line + '\n');

export function createLogger({ file, write = toConsole }: LoggerOptions = {}): Logger {
  if (file) mkdirSync(dirname(file), { recursive: true });
  const emit = (level: 'info' | 'error', message: string) => {
    const line = `${new Date().toISOString()} ${level} ${message.replace(/[\r\n]+/g, ' ')}`;
    write(line, level);
    // Synchronous on purpose: a line must be on disk before a crash, and lines are few.
    if (file) appendFileSync(file, line + '\n');
  };
  return { info: (m) => emit('info', m), error: (m) => emit('error', m) };
}

/** For tests that want silence. */
export const silentLogger: Logger = { info: () => {}, error: () => {} };

/**
 * At most `perMinute` lines of one kind a minute; past that, one line says how many were left out.
 * For what clients can cause at will (aborted bodies): they must not be able to flood the log.
 */
export function throttled(log: Logger, perMinute: number, now: () => number = Date.now): (message: string) => void {
  let windowStart = -Infinity;
  let written = 0;
  let dropped = 0;
  return (message) => {
    const t = now();
    if (t - windowStart >= 60_000) {
      if (dropped > 0) log.info(`(${dropped} more line(s) like the last one left out in the minute before)`);
      windowStart = t;
      written = 0;
      dropped = 0;
    }
    if (written < perMinute) {
      written++;
      log.info(message);
    } else dropped++;
  };
}
