/**
 * The HTTP app: exported without listening, so tests drive it with `app.request()`.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { securityHeaders } from './headers.ts';
import { mountStatic } from './static.ts';

export interface AppOptions {
  /** The built client to serve; omit to serve the API only (tests). */
  distDir?: string;
  version?: string;
}

export function createApp(options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', compress());

  const api = new Hono();
  api.get('/health', (c) => c.json({ status: 'ok', version: options.version ?? 'dev' }));
  api.all('*', (c) => c.json({ error: 'not-found' }, 404));
  app.route('/api/v1', api);

  if (options.distDir) mountStatic(app, options.distDir);
  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    // The message only: a stack or a request could carry what must not be logged.
    console.error(`[diapason] ${c.req.method} ${new URL(c.req.url).pathname} failed: ${error.message}`);
    return c.json({ error: 'internal' }, 500);
  });
  return app;
}
