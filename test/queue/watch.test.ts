import { writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countJobs, openQueue, resolveQueueLocation, runWorker } from '../../src/queue/index.js';
import { cli } from '../cli/_cli.js';
import { createTestStore, dropSchemas, freshName, withSchema } from './_pg.js';

interface Item {
  id: number;
  text: string;
}

/** A feed server: serves RSS of `items`, with an ETag and Last-Modified, answering 304 when nothing changed. */
function feedServer(options: { validators: boolean }) {
  const items: Item[] = [
    {
      id: 1,
      text: 'Bilateral trade between Kazakhstan and China reached $41 billion in 2023, officials said.',
    },
    { id: 2, text: 'The two sides plan to raise the figure to $80 billion by 2030, the ministry said.' },
  ];
  const seen: IncomingHttpHeaders[] = [];
  let version = 1;
  const rss =
    () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Steppe Wire</title><language>en</language>
${items
  .map(
    (item) => `<item><title>Report ${item.id}</title><link>http://feeds.example/news/${item.id}</link>
<pubDate>Tue, 0${item.id} Jul 2024 09:00:00 GMT</pubDate><description>${item.text}</description></item>`,
  )
  .join('\n')}</channel></rss>`;
  const server: Server = createServer((request, response) => {
    seen.push(request.headers);
    const etag = `"v${version}"`;
    const modified = new Date(Date.UTC(2024, 6, version)).toUTCString();
    if (
      options.validators &&
      (request.headers['if-none-match'] === etag ||
        (!request.headers['if-none-match'] && request.headers['if-modified-since'] === modified))
    ) {
      response.writeHead(304).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'application/rss+xml; charset=utf-8' };
    if (options.validators) Object.assign(headers, { etag, 'last-modified': modified });
    response.writeHead(200, headers).end(rss());
  });
  return {
    seen,
    add(text: string) {
      items.unshift({ id: items.length + 1, text });
      version++;
    },
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/news.rss`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function watchSetup(validators: boolean) {
  const schema = freshName('q');
  const queueUrl = withSchema(schema);
  const server = feedServer({ validators });
  const url = await server.start();
  const feeds = join(tmpdir(), `${schema}-feeds.txt`);
  writeFileSync(feeds, `# feeds to watch\n${url}\nhttp://127.0.0.1:1/closed.rss\n`);
  cleanups.push(async () => {
    await server.close();
    await dropSchemas(schema);
  });
  const watch = () => cli(['watch', feeds, '--once', '--queue-db', queueUrl]);
  return { queueUrl, server, url, watch };
}

describe('accord watch', () => {
  it('enqueues new items only: a conditional GET answered 304 costs nothing, a new item is enqueued', async () => {
    const { queueUrl, server, url, watch } = await watchSetup(true);
    const first = await watch();
    expect(first.stdout).toBe(`${url}: 2 new of 2 items\n`);
    expect(first.stderr).toMatch(
      /^failed: http:\/\/127\.0\.0\.1:1\/closed\.rss: request failed: bad port\n$/,
    );
    expect(first.code).toBe(1);

    const second = await watch();
    expect(second.stdout).toBe(`${url}: unchanged\n`);
    expect(server.seen.at(-1)).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Mon, 01 Jul 2024 00:00:00 GMT',
    });

    server.add('Rail freight on the route rose to 12 million tonnes in the first half of 2024.');
    const third = await watch();
    expect(third.stdout).toBe(`${url}: 1 new of 3 items\n`);
    expect(JSON.parse((await cli(['queue', '--queue-db', queueUrl, '--format', 'json'])).stdout)).toEqual({
      pending: 3,
      active: 0,
      retry: 0,
      failed: 0,
      done: 0,
    });

    const testStore = createTestStore();
    cleanups.push(() => testStore.drop());
    const worked = await cli(['worker', '--drain', '--db', testStore.location, '--queue-db', queueUrl]);
    expect(worked.stdout).toBe('worker stopped: 3 jobs, 3 stored, 0 duplicates, 0 failed\n');
    const docs = JSON.parse((await cli(['docs', '--db', testStore.location, '--format', 'json'])).stdout);
    expect(docs.map((d: { source: string }) => d.source).sort()).toEqual([
      'http://feeds.example/news/1',
      'http://feeds.example/news/2',
      'http://feeds.example/news/3',
    ]);
    expect(docs.every((d: { outlet: string }) => d.outlet === 'Steppe Wire')).toBe(true);
  });

  it('remembers item ids when the server ignores validators', async () => {
    const { queueUrl, server, url, watch } = await watchSetup(false);
    expect((await watch()).stdout).toBe(`${url}: 2 new of 2 items\n`);
    expect((await watch()).stdout).toBe(`${url}: 0 new of 2 items\n`);
    server.add('Some 40 joint projects worth a total of $15 billion are being implemented.');
    expect((await watch()).stdout).toBe(`${url}: 1 new of 3 items\n`);
    const queue = await openQueue(resolveQueueLocation(queueUrl, undefined));
    try {
      expect(await countJobs(queue)).toMatchObject({ pending: 3 });
    } finally {
      await queue.close();
    }
  });

  it('expands a feed URL given to `ingest --queue` into one document job per item', async () => {
    const { queueUrl, url } = await watchSetup(true);
    const queued = await cli(['ingest', '--queue', url, '--queue-db', queueUrl, '--format', 'jsonl']);
    expect(JSON.parse(queued.stdout)).toEqual({ status: 'queued', kind: 'feed', source: url });
    const testStore = createTestStore();
    cleanups.push(() => testStore.drop());
    const queue = await openQueue(resolveQueueLocation(queueUrl, undefined));
    const store = await testStore.open();
    try {
      const summary = await runWorker({ queue, store, drain: true, pollMs: 100 });
      expect(summary).toEqual({ jobs: 3, stored: 2, duplicates: 0, failed: 0 });
      expect(await countJobs(queue)).toMatchObject({ pending: 0, done: 3 });
    } finally {
      await store.close();
      await queue.close();
    }
  });
});
