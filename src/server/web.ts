import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `vite build` writes the dashboard, relative to the package root. */
export const DEFAULT_WEB_ROOT = resolve(import.meta.dirname, '..', '..', 'dist', 'web');

/** True when a folder holds a built dashboard (its index.html). */
export function hasWebBuild(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

// Vite names built assets by content hash (`assets/index-3f9a1c.js`): they never change, so they may be cached for good.
const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[\w-]{8,}\.\w+$/;

/**
 * Serves the dashboard from `root` at `/`: hashed assets cached for a year, everything else revalidated each time.
 * `await serveWeb(app, 'dist/web')`.
 */
export async function serveWeb(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}

/**
 * The single-page app's fallback: a GET for a path that is no file and not under /api/ (a shared link such as
 * /relationships/CN-KZ) gets index.html, and the dashboard's router shows the view. A missing file (a path whose last
 * segment has an extension, `/assets/gone.js`) stays a 404, so a stale script is not answered with HTML.
 */
export function isAppRoute(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  const read = request.method === 'GET' || request.method === 'HEAD';
  return read && path !== '/api' && !path.startsWith('/api/') && !last.includes('.');
}

export function sendApp(reply: FastifyReply) {
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}
