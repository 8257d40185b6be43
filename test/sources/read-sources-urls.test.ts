import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RSS_FEED } from './_feeds.js';
import { collect, encodeLegacy, failureOf, makePdf, readOne, startServer } from './_helpers.js';
import { newsPageHtml } from './_pages.js';

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const send =
  (status: number, contentType: string, body: string | Uint8Array): Route =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  };
const redirect =
  (location: string): Route =>
  (_request, response) => {
    response.writeHead(302, { location });
    response.end();
  };

const LONG_SUMMARY = `<p>${'The ministers reviewed 45 joint projects worth $14.5 billion in energy and transport. '.repeat(6)}</p>`;

const FOLLOW_FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Trade Ministry</title><language>en</language>
<item><title>Feed title one</title><link>LINK/items/1</link><pubDate>Mon, 01 Jul 2024 08:00:00 GMT</pubDate><description>Short summary one.</description></item>
<item><title>Feed title two</title><link>LINK/items/missing</link><pubDate>Tue, 02 Jul 2024 08:00:00 GMT</pubDate><description>Short summary two.</description></item>
<item><title>Feed title three</title><link>LINK/items/3</link><pubDate>Wed, 03 Jul 2024 08:00:00 GMT</pubDate><description>Short summary three.</description></item>
<item><title>Feed title four</title><link>LINK/items/4</link><description>${LONG_SUMMARY.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</description></item>
<item><title>Feed title five</title><link>ftp://files.example/5</link><description>Short summary five.</description></item>
</channel></rss>`;

const ITEM_PAGE_THREE = `<html><body><main><p>${'Rail freight through Khorgos rose by a fifth last year, and a second crossing is planned. '.repeat(3)}</p></main></body></html>`;

let server: Awaited<ReturnType<typeof startServer>>;
let base = '';
const hits: string[] = [];
let pdfBytes: Uint8Array;

const routes: Record<string, Route> = {
  '/article': send(200, 'text/html; charset=utf-8', newsPageHtml()),
  '/moved': redirect('/article'),
  '/bare': send(200, 'text/html', '<html><body><p>Grain exports doubled to $1 billion.</p></body></html>'),
  '/cp1251': send(
    200,
    'text/html; charset=windows-1251',
    encodeLegacy('<p>Экспорт зерна удвоился.</p>', 'windows-1251'),
  ),
  '/feed': send(200, 'application/rss+xml', RSS_FEED),
  '/feed-as-xml': send(200, 'application/xml', RSS_FEED),
  '/statement': (request, response) => send(200, 'application/pdf', pdfBytes)(request, response),
  '/plain': send(200, 'text/plain', 'Flights to Urumqi resume.'),
  '/notes': send(200, 'text/markdown; charset=utf-8', '# Flights\n\nTo **Urumqi**.'),
  '/image': send(200, 'image/png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
  '/missing': send(404, 'text/html', '<p>Not here</p>'),
  '/broken': send(500, 'text/plain', 'boom'),
  '/loop': redirect('/loop'),
  '/user-agent': (request, response) =>
    send(200, 'text/plain', `Agent: ${request.headers['user-agent']}`)(request, response),
  '/slow-headers': () => undefined,
  '/slow-body': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('The first part arrives');
  },
  '/huge': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('x'.repeat(1500));
    response.end('y'.repeat(1500));
  },
  '/huge-declared': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '3000' });
    response.end('z'.repeat(3000));
  },
  '/follow-feed': (request, response) =>
    send(200, 'application/rss+xml', FOLLOW_FEED.replaceAll('LINK', base))(request, response),
  '/items/1': send(
    200,
    'text/html',
    `<html lang="en"><head><meta property="og:title" content="Page title one"><meta property="article:published_time" content="2024-06-30"></head><body><article>${newsPageHtml().split('<article class="story">')[1]?.split('</article>')[0]}</article></body></html>`,
  ),
  '/items/3': send(200, 'text/html', ITEM_PAGE_THREE),
  '/items/4': send(200, 'text/html', '<p>Should not be fetched.</p>'),
};

beforeAll(async () => {
  pdfBytes = await makePdf((doc) => doc.text('Joint statement: 45 projects worth $14.5 billion.', 72, 100), {
    info: { Title: 'Statement' },
  });
  server = await startServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    hits.push(path);
    const route = routes[path] ?? send(404, 'text/plain', 'no route');
    route(request, response);
  });
  base = server.url;
});
afterAll(() => server.close());

describe('URLs', () => {
  it('reads a page with its metadata, the host as fallback outlet and the final URL as source', async () => {
    const raw = await readOne(`${base}/moved`);
    expect({ ...raw, text: undefined }).toEqual({
      source: `${base}/article`,
      format: 'html',
      title: 'Kazakhstan and China agree to widen trade and transport ties',
      outlet: 'Steppe Herald',
      author: 'Aigerim Sadykova',
      published: '2024-07-03',
      lang: 'en',
      text: undefined,
    });
    expect(raw.text).toContain('Students from Kazakhstan in China: over 4,000');
    expect(await readOne(`${base}/bare`)).toMatchObject({
      outlet: '127.0.0.1',
      text: 'Grain exports doubled to $1 billion.',
    });
  });

  it('sends the User-Agent of Accord', async () => {
    expect((await readOne(`${base}/user-agent`)).text).toBe('Agent: accord/0.1 (+offline research tool)');
  });

  it.each([
    ['/cp1251', 'html', 'Экспорт зерна удвоился.'],
    ['/plain', 'text', 'Flights to Urumqi resume.'],
    ['/notes', 'markdown', 'Flights\nTo Urumqi.'],
    ['/statement', 'pdf', 'Joint statement: 45 projects worth $14.5 billion.'],
  ])('reads %s by its Content-Type as %s', async (path, format, text) => {
    expect(await readOne(`${base}${path}`)).toMatchObject({ format, text });
  });

  it.each(['/feed', '/feed-as-xml'])('reads the feed at %s item by item', async (path) => {
    const results = await collect([`${base}${path}`]);
    expect(results.map((result) => (result.ok ? result.raw.source : result.error.code))).toEqual([
      'https://trade.gov.kz/news/41-billion',
      'https://trade.gov.kz/news/projects',
      'NO_TEXT',
    ]);
  });

  it.each([
    ['/missing', {}, 'HTTP', 'HTTP 404 Not Found'],
    ['/broken', {}, 'HTTP', 'HTTP 500 Internal Server Error'],
    ['/loop', {}, 'NETWORK', 'redirect loop or too many redirects'],
    ['/image', {}, 'BINARY', 'binary file (PNG image)'],
    ['/slow-headers', { timeoutMs: 300 }, 'TIMEOUT', 'no answer within 0.3 s'],
    ['/slow-body', { timeoutMs: 300 }, 'TIMEOUT', 'no answer within 0.3 s'],
    ['/huge', { maxBytes: 2048 }, 'TOO_LARGE', 'over the 2 KB limit (--max-bytes)'],
    ['/huge-declared', { maxBytes: 2048 }, 'TOO_LARGE', '2.9 KB over the 2 KB limit (--max-bytes)'],
  ])('refuses %s', async (path, options, code, message) => {
    expect(await failureOf(`${base}${path}`, options)).toEqual({ source: `${base}${path}`, code, message });
  });

  it('refuses a URL nothing listens on as NETWORK', async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    expect(await failureOf(`${closed.url}/news`)).toEqual({
      source: `${closed.url}/news`,
      code: 'NETWORK',
      message: 'connection refused',
    });
  });
});

describe('feeds with --follow', () => {
  it('fetches the pages of summary-only items and keeps the feed date and title where a page lacks them', async () => {
    hits.length = 0;
    const results = await collect([`${base}/follow-feed`], { follow: true });
    const documents = results.flatMap((result) => (result.ok ? [result.raw] : []));
    expect(results).toHaveLength(5);
    expect(
      documents.map(({ source, format, title, published, outlet }) => ({
        source,
        format,
        title,
        published,
        outlet,
      })),
    ).toEqual([
      {
        source: `${base}/items/1`,
        format: 'html',
        title: 'Page title one',
        published: '2024-06-30',
        outlet: 'Trade Ministry',
      },
      {
        source: `${base}/items/missing`,
        format: 'feed',
        title: 'Feed title two',
        published: '2024-07-02',
        outlet: 'Trade Ministry',
      },
      {
        source: `${base}/items/3`,
        format: 'html',
        title: 'Feed title three',
        published: '2024-07-03',
        outlet: 'Trade Ministry',
      },
      {
        source: `${base}/items/4`,
        format: 'feed',
        title: 'Feed title four',
        published: null,
        outlet: 'Trade Ministry',
      },
      {
        source: 'ftp://files.example/5',
        format: 'feed',
        title: 'Feed title five',
        published: null,
        outlet: 'Trade Ministry',
      },
    ]);
    expect(documents[0]?.text).toContain('Joint projects: 45, worth $14.5 billion');
    expect(documents[1]?.text).toBe('Short summary two.');
    expect(documents[2]?.text).toContain('Rail freight through Khorgos rose by a fifth last year');
    expect(hits).toEqual(['/follow-feed', '/items/1', '/items/missing', '/items/3']);
  });

  it('keeps the summaries without --follow', async () => {
    hits.length = 0;
    const results = await collect([`${base}/follow-feed`], { follow: false });
    expect(results.map((result) => (result.ok ? result.raw.text.slice(0, 18) : result.error.code))).toEqual([
      'Short summary one.',
      'Short summary two.',
      'Short summary thre',
      'The ministers revi',
      'Short summary five',
    ]);
    expect(hits).toEqual(['/follow-feed']);
  });
});
