import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { serverFor } from './_server.js';

// The dashboard's files at /, with the single-page fallback, next to the API (a stand-in build in a temp folder).
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-3f9a1c2b.js"></script></head><body><div id="app"></div></body></html>';

let dir: string;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-web-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), INDEX);
  writeFileSync(join(web, 'assets', 'index-3f9a1c2b.js'), 'console.log("dashboard")');
  writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  store = await openStore(join(dir, 'accord.db'));
  app = await serverFor(store, { webRoot: web });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the dashboard', () => {
  it('serves index.html at / with the strict CSP and no caching', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toBe(INDEX);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for good and other files not at all', async () => {
    const asset = await app.inject({ url: '/assets/index-3f9a1c2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/favicon.svg' })).headers['cache-control']).toBe('no-cache');
  });

  it.each(['/relationships/CN-KZ', '/documents/35154b?figure=2', '/commitments'])(
    '%s (a shared link) falls back to index.html',
    async (url) => {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(INDEX);
    },
  );

  it.each(['/api/unknown', '/assets/gone-12345678.js'])('%s stays a 404 problem', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('the API answers beside it', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.json()).toEqual({ ok: true, documents: 0 });
  });
});
