import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleStore, getJson, serverFor } from './_server.js';

// One GET per endpoint on the bundled examples, with the filters each takes (fixed `today` where deadlines matter).
interface Page<T> {
  items: T[];
  next: string | null;
}
type Row = Record<string, unknown>;

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

const get = <T = Row>(url: string) => getJson<Page<T>>(app, url);

describe('read endpoints', () => {
  it('GET /api/health counts the documents', async () => {
    const { status, body } = await getJson<{ ok: boolean; documents: number }>(app, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, documents: 19 });
  });

  it('GET /api/documents lists newest first and filters by outlet, lang, since and until', async () => {
    const all = (await get<{ published: string }>('/api/documents?limit=500')).body.items;
    expect(all).toHaveLength(19);
    const dates = all.map((d) => d.published);
    expect(dates).toEqual([...dates].sort().reverse());
    const wire = (await get<{ outlet: string }>('/api/documents?outlet=central%20asia%20wire&limit=500'))
      .body;
    expect(wire.items.length).toBeGreaterThan(2);
    expect(wire.items.every((d) => d.outlet === 'Central Asia Wire')).toBe(true);
    const window = (await get<{ published: string }>('/api/documents?since=2024-01-01&until=2024-03-31'))
      .body;
    expect(window.items.map((d) => d.published).every((d) => d >= '2024-01-01' && d <= '2024-03-31')).toBe(
      true,
    );
    expect(window.items.length).toBe(4);
    expect((await get('/api/documents?lang=ru')).body.items).toEqual([]);
  });

  it('GET /api/documents/:id returns the text, sentences and every record with spans that slice the text', async () => {
    const [summary] = (
      await get<{ id: string }>(
        '/api/documents?since=2024-07-03&until=2024-07-03&outlet=Central%20Asia%20Wire',
      )
    ).body.items;
    const { status, body } = await getJson<{
      text: string;
      sentences: Array<{ start: number; end: number; text: string }>;
      figures: Array<{ ord: number; start: number; end: number; text: string }>;
      entities: Array<{ mentions: Array<{ start: number; end: number; text: string }> }>;
      commitments: Array<{ start: number; end: number; text: string }>;
      agreements: unknown[];
      extractor: string;
    }>(app, `/api/documents/${summary?.id.slice(0, 6)}`);
    expect(status).toBe(200);
    expect(body.extractor).toMatch(/^records-/);
    for (const s of body.sentences) expect(body.text.slice(s.start, s.end)).toBe(s.text);
    expect(body.figures.length).toBeGreaterThan(0);
    body.figures.forEach((f, i) => {
      expect(f.ord).toBe(i);
      expect(body.text.slice(f.start, f.end)).toBe(f.text);
    });
    for (const m of body.entities.flatMap((e) => e.mentions))
      expect(body.text.slice(m.start, m.end)).toBe(m.text);
    for (const c of body.commitments) expect(body.text.slice(c.start, c.end)).toBe(c.text);
    expect(body.commitments.length + body.agreements.length).toBeGreaterThan(0);
  });

  it('GET /api/documents/:id is a 404 problem for an unknown id', async () => {
    const { status, body, headers } = await getJson<Row>(app, '/api/documents/0123456789abcdef');
    expect(status).toBe(404);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({
      status: 404,
      type: 'urn:accord:problem:not-found',
      instance: '/api/documents/0123456789abcdef',
    });
  });

  it('GET /api/figures filters by parties (any order), indicator, kind, since, until, outlet and document', async () => {
    type F = {
      parties: string[];
      indicator: string;
      kind: string;
      value: number;
      period: { end: string } | null;
      outlet: string;
      document: string;
      published: string;
    };
    const trade = (await get<F>('/api/figures?parties=kz,CN&indicator=trade.total&kind=actual&limit=500'))
      .body.items;
    expect(trade.length).toBeGreaterThan(5);
    expect(
      trade.every(
        (f) => f.parties.join() === 'CN,KZ' && f.indicator === 'trade.total' && f.kind === 'actual',
      ),
    ).toBe(true);
    expect(trade.map((f) => f.value)).toEqual(expect.arrayContaining([41e9, 31.4e9]));
    const recent = (await get<F>('/api/figures?parties=CN,KZ&since=2023-01-01&until=2023-12-31&limit=500'))
      .body.items;
    expect(recent.length).toBeGreaterThan(0);
    for (const f of recent) expect((f.period?.end ?? f.published) >= '2023-01-01').toBe(true);
    const one = trade[0] as F;
    const byDocument = (await get<F>(`/api/figures?document=${one.document}&limit=500`)).body.items;
    expect(byDocument.every((f) => f.document === one.document)).toBe(true);
    const byOutlet = (await get<F>(`/api/figures?outlet=${encodeURIComponent(one.outlet)}&limit=500`)).body
      .items;
    expect(byOutlet.every((f) => f.outlet === one.outlet)).toBe(true);
    expect((await get('/api/figures?kind=target&parties=CN,KZ')).body.items.length).toBeGreaterThan(0);
  });

  it('GET /api/series gives 2023 trade with both sources, the official values and the mirror conflict', async () => {
    type O = {
      period: { label: string };
      sources: Array<{ value: number }>;
      conflict: { cause: string } | null;
      official: Array<{ reporter: string; value: number }>;
    };
    const { body } = await get<{ key: string; observations: O[] }>(
      '/api/series?parties=CN,KZ&indicator=trade.total&tolerance=0.05',
    );
    const yearly = body.items.find((s) => s.key === 'trade.total|CN,KZ||USD|year');
    const y2023 = yearly?.observations.find((o) => o.period.label === '2023');
    expect(y2023?.sources.map((s) => s.value)).toEqual(expect.arrayContaining([41e9, 31.4e9]));
    expect(y2023?.conflict?.cause).toBe('mirror statistics');
    expect(y2023?.official.map((o) => [o.reporter, o.value]).sort()).toEqual([
      ['CN', 41e9],
      ['KZ', 31.4e9],
    ]);
    // A tolerance wide enough to cover the gap leaves no conflict.
    const loose = await get<{ key: string; observations: O[] }>(
      '/api/series?parties=CN,KZ&indicator=trade.total&tolerance=0.5',
    );
    const loose2023 = loose.body.items
      .find((s) => s.key === yearly?.key)
      ?.observations.find((o) => o.period.label === '2023');
    expect(loose2023?.conflict).toBeNull();
    const sorted = (await get<{ indicator: string }>('/api/series?sort=indicator&limit=500')).body.items.map(
      (s) => s.indicator,
    );
    expect(sorted).toEqual([...sorted].sort());
  });

  it('GET /api/conflicts lists disagreements with sides and a cause, widest first on request', async () => {
    const { body } = await get<{ conflict: { spread: number; sides: unknown[] } }>(
      '/api/conflicts?sort=-spread',
    );
    expect(body.items.length).toBeGreaterThan(0);
    for (const o of body.items) expect(o.conflict.sides.length).toBeGreaterThanOrEqual(2);
    const spreads = body.items.map((o) => o.conflict.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    const trade = await get<{ indicator: string }>('/api/conflicts?parties=CN,KZ&indicator=trade.total');
    expect(trade.body.items.every((o) => o.indicator === 'trade.total')).toBe(true);
  });

  it('GET /api/targets tracks the China–Kazakhstan trade target with its revisions', async () => {
    const { body } = await get<{
      indicator: string;
      revisions: unknown[];
      current: { value: number };
      progress: number | null;
    }>('/api/targets?parties=CN,KZ&indicator=trade.total');
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.revisions.length).toBeGreaterThanOrEqual(1);
    expect(body.items[0]?.progress).not.toBeNull();
  });

  it('GET /api/commitments tracks status and history, and filters by status, sector and parties', async () => {
    type T = {
      status: string;
      history: Array<{ status: string; document: string | null }>;
      commitment: { sectors: string[]; actors: string[]; published: string };
    };
    const all = (await get<T>('/api/commitments?today=2024-12-01&limit=500')).body.items;
    expect(all.length).toBeGreaterThan(5);
    for (const t of all) expect(t.status).toBe(t.history[t.history.length - 1]?.status);
    const kept = (await get<T>('/api/commitments?status=kept&today=2024-12-01')).body.items;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((t) => t.status === 'kept' && t.history.length >= 2)).toBe(true);
    const education = (await get<T>('/api/commitments?sector=education&today=2024-12-01')).body.items;
    expect(education.length).toBeGreaterThan(0);
    expect(education.every((t) => t.commitment.sectors.includes('education'))).toBe(true);
    const pair = (await get<T>('/api/commitments?parties=KZ,UZ&today=2024-12-01')).body.items;
    expect(pair.every((t) => t.commitment.actors.includes('KZ') && t.commitment.actors.includes('UZ'))).toBe(
      true,
    );
    const newest = (
      await get<T>('/api/commitments?sort=-published&today=2024-12-01&limit=500')
    ).body.items.map((t) => t.commitment.published);
    expect(newest).toEqual([...newest].sort().reverse());
  });

  it('GET /api/agreements lists agreements of the parties', async () => {
    const { body } = await get<{ parties: string[]; document: string }>('/api/agreements?parties=CN,KZ');
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((a) => a.parties.includes('CN') && a.parties.includes('KZ'))).toBe(true);
  });

  it('GET /api/entities filters by type and name', async () => {
    const people = (await get<{ type: string }>('/api/entities?type=person&limit=500')).body.items;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((e) => e.type === 'person')).toBe(true);
    const china = (await get<{ name: string; country: string }>('/api/entities?name=China')).body.items;
    expect(china[0]).toMatchObject({ name: 'China', country: 'CN' });
  });

  it('GET /api/search returns plain snippets with highlight ranges', async () => {
    const { body } = await get<{ snippet: string; highlights: Array<{ start: number; end: number }> }>(
      '/api/search?q=grain&limit=5',
    );
    expect(body.items.length).toBeGreaterThan(0);
    for (const hit of body.items) {
      expect(hit.snippet).not.toMatch(/[\uE000\uE001]/);
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights)
        expect(hit.snippet.slice(h.start, h.end).toLowerCase()).toContain('grain');
    }
    expect((await get('/api/search?q=zzzyyyxxx')).body.items).toEqual([]);
  });

  it('GET /api/stats and /api/stats/mirror list official observations and mirror gaps', async () => {
    const stats = (
      await get<{ indicator: string; parties: string[] }>(
        '/api/stats?parties=CN,KZ&indicator=trade.exports&limit=500',
      )
    ).body.items;
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.every((o) => o.indicator === 'trade.exports' && o.parties.join() === 'CN,KZ')).toBe(true);
    const mirror = (
      await get<{ period: string; exports: number; imports: number }>('/api/stats/mirror?parties=CN,KZ')
    ).body.items;
    expect(mirror.find((g) => g.period === '2021')).toBeTruthy();
  });

  it('GET /api/relationships gives China–Kazakhstan first with counts and headline figures', async () => {
    type R = {
      parties: string[];
      label: string;
      documents: number;
      figures: number;
      commitments: number;
      agreements: number;
      headlines: Array<{ indicator: string; value: number }>;
    };
    const { body } = await get<R>('/api/relationships');
    const [first] = body.items;
    expect(first).toMatchObject({ parties: ['CN', 'KZ'], label: 'China–Kazakhstan' });
    expect(first?.documents).toBeGreaterThan(10);
    expect(first?.commitments).toBeGreaterThan(0);
    expect(first?.agreements).toBeGreaterThan(0);
    expect(first?.headlines.find((h) => h.indicator === 'trade.total')?.value).toBe(31.4e9);
    const byParties = (await get<R>('/api/relationships?sort=parties')).body.items.map((r) =>
      r.parties.join(),
    );
    expect(byParties).toEqual([...byParties].sort());
    expect((await get<R>('/api/relationships?parties=UZ,KZ')).body.items.map((r) => r.label)).toEqual([
      'Kazakhstan–Uzbekistan',
    ]);
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document of every endpoint', async () => {
    const { body } = await getJson<{
      openapi: string;
      paths: Record<string, Record<string, { parameters?: Array<{ name: string }> }>>;
    }>(app, '/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/documents',
      '/api/documents/{id}',
      '/api/figures',
      '/api/series',
      '/api/conflicts',
      '/api/targets',
      '/api/commitments',
      '/api/agreements',
      '/api/entities',
      '/api/search',
      '/api/stats',
      '/api/stats/mirror',
      '/api/relationships',
    ]) {
      expect(body.paths[path]?.get, path).toBeTruthy();
    }
    expect(body.paths['/api/documents']?.post).toBeTruthy();
    expect(body.paths['/api/stats']?.post).toBeTruthy();
    expect(body.paths['/api/figures']?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'parties',
        'indicator',
        'kind',
        'since',
        'until',
        'outlet',
        'document',
        'limit',
        'cursor',
      ]),
    );
  });
});
