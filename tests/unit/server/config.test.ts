import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../src/server/config.ts';
import { RateLimiter } from '../../../src/server/rate-limit.ts';
import { AdminSessions } from '../../../src/server/admin.ts';

describe('readConfig', () => {
  it('has safe defaults for a local run: loopback, no CORS, no admin, no codes, limits on', () => {
    const config = readConfig({}, '/srv/diapason');
    expect(config).toMatchObject({
      port: 4173,
      host: '127.0.0.1',
      dbFile: '/srv/diapason/data/diapason.sqlite',
      allowedOrigins: [],
      admin: null,
      organizationCodes: false,
      rateLimitPerMinute: 30,
      trustProxy: false,
      retentionYears: 5,
      logFile: undefined,
      accessLog: false,
      privacyContact: null,
    });
  });

  it('reads every setting', () => {
    const config = readConfig(
      {
        PORT: '8080',
        DIAPASON_DB: '/var/lib/diapason/db.sqlite',
        DIAPASON_ORIGIN: 'https://diapason.cqm.example, http://localhost:5173',
        DIAPASON_ADMIN_USER: 'equipe',
        DIAPASON_ADMIN_PASSWORD: 'correct horse battery',
        DIAPASON_ORGANIZATION_CODES: '1',
        DIAPASON_RATE_LIMIT: '0',
        DIAPASON_TRUST_PROXY: '1',
        DIAPASON_RETENTION_YEARS: '3',
        DIAPASON_LOG_FILE: 'logs/server.log',
        DIAPASON_ACCESS_LOG: '1',
        DIAPASON_PRIVACY_CONTACT: '  Responsable de la vie privée, vie-privee@cqm.example, 514 555-0100 ',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      dbFile: '/var/lib/diapason/db.sqlite',
      allowedOrigins: ['https://diapason.cqm.example', 'http://localhost:5173'],
      admin: { user: 'equipe', password: 'correct horse battery' },
      organizationCodes: true,
      rateLimitPerMinute: 0,
      trustProxy: true,
      retentionYears: 3,
      logFile: '/srv/logs/server.log',
      accessLog: true,
      privacyContact: 'Responsable de la vie privée, vie-privee@cqm.example, 514 555-0100',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ DIAPASON_ORIGIN: 'https://x.example/app' }, /origins only/],
    [{ DIAPASON_ORIGIN: 'not a url' }, /DIAPASON_ORIGIN/],
    [{ DIAPASON_ADMIN_PASSWORD: 'short' }, /at least 12/],
    [{ DIAPASON_ENROLLMENT_CODES: 'CQM-2026' }, /DIAPASON_ENROLLMENT_CODES is gone: set DIAPASON_ORGANIZATION_CODES=1/],
    [{ DIAPASON_ORGANIZATION_CODES: '1' }, /needs DIAPASON_ADMIN_PASSWORD/],
    [{ DIAPASON_RATE_LIMIT: '-1' }, /DIAPASON_RATE_LIMIT/],
    [{ DIAPASON_RETENTION_YEARS: '0' }, /at least 1/],
    [{ DIAPASON_PRIVACY_CONTACT: 'Marie Tremblay\nvie-privee@cqm.example' }, /DIAPASON_PRIVACY_CONTACT must be one line/],
    [{ DIAPASON_PRIVACY_CONTACT: 'x'.repeat(301) }, /DIAPASON_PRIVACY_CONTACT must be at most 300 characters, got 301/],
  ])('refuses %j with a plain message', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});

it('an empty or blank privacy contact is no contact: the notice then points to CQM’s website', () => {
  expect(readConfig({ DIAPASON_PRIVACY_CONTACT: '' }).privacyContact).toBeNull();
  expect(readConfig({ DIAPASON_PRIVACY_CONTACT: '   ' }).privacyContact).toBeNull();
});

describe('the rate limiter', () => {
  it('allows a burst of the per-minute limit, then refills with time', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const take = () => limiter.take('submit', 'client', { perMinute: 3 });
    expect([take(), take(), take()]).toEqual([0, 0, 0]);
    expect(take()).toBe(20);
    now += 20_000;
    expect(take()).toBe(0);
    expect(limiter.take('submit', 'client', { perMinute: 0 })).toBe(0);
  });

  it('keys clients by an HMAC that holds no trace of the address', () => {
    const limiter = new RateLimiter();
    const key = limiter.keyOf('submit', '203.0.113.5');
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(key).not.toContain('203');
    expect(new RateLimiter().keyOf('submit', '203.0.113.5')).not.toBe(key);
  });
});

describe('admin sessions', () => {
  it('open for the right credentials only, and expire', () => {
    let now = 0;
    const sessions = new AdminSessions({ user: 'cqm', password: 'a long password' }, () => now);
    expect(sessions.check('cqm', 'a long password')).toBe(true);
    expect(sessions.check('cqm', 'a long passwore')).toBe(false);
    expect(sessions.check('CQM', 'a long password')).toBe(false);
    const { token } = sessions.open();
    expect(sessions.valid(token)).toBe(true);
    now += 8 * 3600 * 1000 + 1;
    expect(sessions.valid(token)).toBe(false);
    expect(new AdminSessions(null).check('', '')).toBe(false);
  });
});
