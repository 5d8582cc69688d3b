/**
 * Serves the production build. Caching follows what each file is: hashed assets never change
 * (a year, immutable); the page, the service worker and the manifest must be checked every time, or
 * an update would never reach anyone.
 */
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export function cacheControlFor(path: string): string {
  if (path.startsWith('assets/') || /^workbox-[0-9a-f]{8}\.js$/.test(path)) return IMMUTABLE;
  if (path.startsWith('icons/')) return 'public, max-age=86400';
  return REVALIDATE;
}

export function mountStatic(app: Hono, distDir: string): void {
  const root = relative(process.cwd(), distDir) || '.';
  if (!existsSync(distDir)) {
    app.get('/', (c) => c.text(`The app is not built: run "npm run build" (looked in ${distDir}).`, 503));
    return;
  }
  // serveStatic (@hono/node-server 2) has no hook for a found file: set the caching on the way out,
  // from the path the file was served for.
  app.use('/*', async (c, next) => {
    await next();
    if (c.res.status !== 200 || c.req.path.startsWith('/api/')) return;
    const file = c.req.path === '/' ? 'index.html' : c.req.path.slice(1);
    c.res.headers.set('Cache-Control', cacheControlFor(file));
    if (file.endsWith('.webmanifest')) c.res.headers.set('Content-Type', 'application/manifest+json');
  });
  app.use('/*', serveStatic({ root }));
}
