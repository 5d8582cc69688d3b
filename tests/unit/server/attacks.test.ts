/**
 * The attacks of issue "Sector statistics that hold against an attacker", re-run against the real
 * server process (`npm start`'s main.ts) over TCP: what an attacker with the public API only can do.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { startServer } from '../../support/server.ts';
import { testLogFile } from '../../support/test-logs.ts';

describe('aborted bodies, against the real server', () => {
  it('a client that sends half a body and hangs up: no 500, no error-level line, a few information lines at most', async () => {
    const server = await startServer({ logName: 'attack-aborted-bodies', env: { DIAPASON_RATE_LIMIT: '0', DIAPASON_ACCESS_LOG: '1' } });
    try {
      const { port } = new URL(server.url);
      for (let i = 0; i < 40; i++) {
        await new Promise<void>((resolve) => {
          const socket = connect(Number(port), '127.0.0.1', () => {
            socket.write(
              'POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 900\r\n\r\n{"format":1,"questionnaireId":"cqm-',
            );
            setTimeout(() => socket.destroy(), 20);
          });
          socket.on('close', () => resolve());
          socket.on('error', () => resolve());
        });
      }
      // The server is still well.
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
    const log = readFileSync(testLogFile('attack-aborted-bodies'), 'utf8').split('\n').filter(Boolean);
    expect(log.filter((line) => / error /.test(line))).toEqual([]);
    expect(log.filter((line) => / 500 /.test(line))).toEqual([]);
    // At most 10 lines a minute about it, whatever the client does.
    expect(log.filter((line) => /mid-(body|request)/.test(line)).length).toBeLessThanOrEqual(11);
  }, 60_000);
});
