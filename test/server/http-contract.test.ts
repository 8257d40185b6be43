import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etagOf } from '../../src/server/etag.js';
import { exampleStore, getJson, serverFor } from './_server.js';

// What every response promises: problem details, CSV on request, ETag/304, cache and security headers.
let app: FastifyInstance;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const example = await exampleStore();
  cleanup = example.cleanup;
  app = await serverFor(example.store);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await cleanup?.();
});

const LISTS = [
  '/api/relationships',
  '/api/documents',
  '/api/figures',
  '/api/series',
  '/api/conflicts',
  '/api/targets',
  '/api/commitments?today=2024-12-01',
  '/api/agreements',
  '/api/entities',
  '/api/search?q=trade',
  '/api/stats',
  '/api/stats/mirror',
];

const withParam = (path: string, param: string) => `${path}${path.includes('?') ? '&' : '?'}${param}`;

describe('problem details', () => {
  it('lists every bad parameter of a request at once', async () => {
    const { status, headers, body } = await getJson<{
      type: string;
      title: string;
      status: number;
      detail: string;
      instance: string;
      errors: Array<{ name: string; in: string; message: string }>;
    }>(app, '/api/figures?limit=9999&kind=guess&since=yesterday&parties=KAZ');
    expect(status).toBe(400);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ type: 'urn:accord:problem:bad-request', title: 'Bad Request', status: 400 });
    expect(body.instance).toBe('/api/figures?limit=9999&kind=guess&since=yesterday&parties=KAZ');
    expect(body.errors.map((e) => e.name).sort()).toEqual(['kind', 'limit', 'parties', 'since']);
    expect(body.errors.find((e) => e.name === 'kind')?.message).toBe(
      'must be one of: actual, target, change, share',
    );
    expect(body.detail).toMatch(/limit/);
  });

  it.each([
    ['/api/nothing-here', 404],
    ['/api/documents/ffffffffffffffff', 404],
    ['/api/search', 400],
    ['/api/series?tolerance=abc', 400],
    ['/api/commitments?status=done', 400],
    ['/api/entities?type=planet', 400],
    ['/api/documents?lang=english', 400],
    ['/api/figures?document=xyz', 400],
  ])('%s is a %i problem', async (url, status) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance']),
    );
    expect(body.status).toBe(status);
  });

  it('a method that no route answers is a 404 problem', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/api/documents' });
    expect(response.statusCode).toBe(404);
    expect(response.json().type).toBe('urn:accord:problem:not-found');
  });
});

describe('CSV', () => {
  it.each(LISTS)('%s?format=csv is CSV with a header row and one row per item', async (path) => {
    const json = (await getJson<{ items: unknown[] }>(app, withParam(path, 'limit=500'))).body;
    const response = await app.inject({ url: withParam(path, 'limit=500&format=csv') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    if (!path.startsWith('/api/series')) expect(rows).toHaveLength(json.items.length);
    else expect(rows.length).toBeGreaterThan(json.items.length); // one row per observation
  });

  it('Accept: text/csv does the same, and flattens nested fields into dotted columns', async () => {
    const response = await app.inject({
      url: '/api/figures?parties=CN,KZ&indicator=trade.total&limit=3',
      headers: { accept: 'text/csv' },
    });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining([
        'value',
        'unit',
        'parties',
        'period.label',
        'period.end',
        'document',
        'sentence',
      ]),
    );
    expect(rows[0]?.parties).toBe('CN,KZ');
    // The next page is in a Link header, as the JSON's `next`.
    const next = (
      await getJson<{ next: string }>(app, '/api/figures?parties=CN,KZ&indicator=trade.total&limit=3')
    ).body.next;
    expect(response.headers.link).toBe(
      `</api/figures?parties=CN%2CKZ&indicator=trade.total&limit=3&cursor=${next}>; rel="next"`,
    );
  });

  it('?format=json wins over Accept: text/csv', async () => {
    const response = await app.inject({ url: '/api/documents?format=json', headers: { accept: 'text/csv' } });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('conditional reads', () => {
  it.each([...LISTS, '/api/health', '/api/openapi.json'])(
    '%s has an ETag and answers 304 to If-None-Match',
    async (url) => {
      const first = await app.inject({ url });
      expect(first.statusCode).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('no-cache');
      const again = await app.inject({ url, headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      const other = await app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
      expect(other.statusCode).toBe(200);
    },
  );

  it.each(['/api/figures?limit=500', '/api/documents?limit=500', '/api/figures?limit=500&format=csv'])(
    '%s is sent as the bytes its ETag and Content-Length describe, non-ASCII text included',
    async (url) => {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      // Some text outside ASCII, so that characters and bytes differ in count.
      expect(response.rawPayload.length).toBeGreaterThan(response.body.length);
      expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
      expect(response.headers.etag).toBe(etagOf(response.rawPayload));
    },
  );

  it('the ETag differs between pages and between JSON and CSV', async () => {
    const a = await app.inject({ url: '/api/figures?limit=5' });
    const b = await app.inject({ url: `/api/figures?limit=5&cursor=${a.json().next}` });
    const c = await app.inject({ url: '/api/figures?limit=5&format=csv' });
    expect(new Set([a.headers.etag, b.headers.etag, c.headers.etag]).size).toBe(3);
  });

  it('errors carry no ETag', async () => {
    const response = await app.inject({ url: '/api/documents/ffffffffffffffff' });
    expect(response.headers.etag).toBeUndefined();
  });
});

describe('security headers', () => {
  it.each(['/api/figures', '/api/nothing', '/api/figures?limit=0', '/'])(
    '%s carries CSP, nosniff and no-referrer',
    async (url) => {
      const response = await app.inject({ url });
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    },
  );
});
