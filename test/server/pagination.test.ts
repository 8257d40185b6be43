import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleStore, getJson, serverFor } from './_server.js';

// Walking `next` until null visits every item exactly once, for keyset (documents, figures) and offset lists alike.
interface Page {
  items: unknown[];
  next: string | null;
}

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

async function walk(path: string, limit: number): Promise<{ items: unknown[]; pages: number }> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = `${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { status, body }: { status: number; body: Page } = await getJson<Page>(app, url);
    expect(status, url).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    cursor = body.next;
    pages++;
  } while (cursor !== null && pages < 1000);
  return { items, pages };
}

const key = (item: unknown) => JSON.stringify(item);

describe('cursor pagination', () => {
  it.each([
    ['/api/documents', 4],
    ['/api/documents?since=2024-01-01', 3],
    ['/api/figures', 7],
    ['/api/figures?parties=CN,KZ', 50],
    ['/api/figures?parties=CN,KZ&indicator=trade.total', 1],
    ['/api/series', 5],
    ['/api/conflicts', 2],
    ['/api/targets', 1],
    ['/api/commitments?today=2024-12-01', 4],
    ['/api/agreements', 1],
    ['/api/entities', 7],
    ['/api/search?q=trade', 5],
    ['/api/stats', 9],
    ['/api/stats/mirror', 3],
    ['/api/relationships', 2],
  ])('%s in pages of %i gives every item exactly once, in the order of one big page', async (path, limit) => {
    const whole = (await getJson<Page>(app, `${path}${path.includes('?') ? '&' : '?'}limit=500`)).body;
    expect(whole.next).toBeNull();
    expect(whole.items.length).toBeGreaterThan(0);
    const { items, pages } = await walk(path, limit);
    expect(items.map(key)).toEqual(whole.items.map(key));
    expect(new Set(items.map(key)).size).toBe(items.length);
    expect(pages).toBe(Math.max(1, Math.ceil(whole.items.length / limit)));
  });

  it('defaults to 50 items a page', async () => {
    const { body } = await getJson<Page>(app, '/api/figures');
    expect(body.items).toHaveLength(50);
    expect(body.next).not.toBeNull();
  });

  it.each([
    ['/api/figures?limit=501', 'limit'],
    ['/api/figures?limit=0', 'limit'],
    ['/api/figures?limit=ten', 'limit'],
    ['/api/documents?limit=100000', 'limit'],
    ['/api/series?limit=-1', 'limit'],
  ])('%s is a 400 problem naming %s', async (url, name) => {
    const { status, body } = await getJson<{ status: number; errors: Array<{ name: string; in: string }> }>(
      app,
      url,
    );
    expect(status).toBe(400);
    expect(body.errors).toContainEqual(expect.objectContaining({ name, in: 'query' }));
  });

  it.each([
    ['/api/figures?cursor=not-a-cursor'],
    ['/api/documents?cursor=WyJvIiw1XQ'], // an offset cursor given to a keyset list
    ['/api/series?cursor=WyJkIixudWxsLCJ4Il0'], // a document cursor given to an offset list
    ['/api/commitments?cursor=%25%25%25'],
  ])('%s: a cursor of another list is a 400 problem', async (url) => {
    const { status, body } = await getJson<{ detail: string }>(app, url);
    expect(status).toBe(400);
    expect(body.detail).toMatch(/cursor/);
  });
});
