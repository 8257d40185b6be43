import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATOM_FEED, BILLION_LAUGHS, RSS_FEED } from './_feeds.js';
import { collect, createTempDir, encodeLegacy, readOne } from './_helpers.js';
import { newsPageHtml } from './_pages.js';

type TempDir = Awaited<ReturnType<typeof createTempDir>>;
let temp: TempDir;

const SEED_LIKE =
  'Kazakhstan and China Sign Trade Agreements\n\nBilateral trade reached $41 billion last year.\n\n45 projects worth $14.5 billion are under way.\n';

beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(() => temp.remove());

describe('text and Markdown files', () => {
  it('reads a .txt file with its first line as title, one block per line', async () => {
    const path = await temp.write('summit.txt', SEED_LIKE);
    expect(await readOne(path)).toEqual({
      source: path,
      format: 'text',
      title: 'Kazakhstan and China Sign Trade Agreements',
      outlet: null,
      author: null,
      published: null,
      lang: null,
      text: 'Kazakhstan and China Sign Trade Agreements\nBilateral trade reached $41 billion last year.\n45 projects worth $14.5 billion are under way.',
    });
  });

  it('reads a file without an extension as text', async () => {
    const path = await temp.write('README', 'Trade reached $41 billion.');
    expect(await readOne(path)).toMatchObject({ format: 'text', text: 'Trade reached $41 billion.' });
  });

  it('reads Markdown without its markup, the first heading as title', async () => {
    const path = await temp.write(
      'notes.markdown',
      '# Grain corridor\n\nExports **doubled** to [$1 billion](https://x).\n',
    );
    expect(await readOne(path)).toMatchObject({
      format: 'markdown',
      title: 'Grain corridor',
      text: 'Grain corridor\nExports doubled to $1 billion.',
    });
  });

  it('reads a UTF-16LE file with a byte order mark', async () => {
    const text = 'Товарооборот достиг 41 млрд долларов.';
    const path = await temp.write(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect((await readOne(path)).text).toBe(text);
  });

  it('reads a UTF-16BE Markdown file with a byte order mark', async () => {
    const be = Buffer.from('# 中哈合作\n\n贸易额达到410亿美元。', 'utf16le').swap16();
    const path = await temp.write('utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(await readOne(path)).toMatchObject({ title: '中哈合作', text: '中哈合作\n贸易额达到410亿美元。' });
  });
});

describe('HTML files', () => {
  it('reads a news page with its metadata', async () => {
    const path = await temp.write('talks.html', newsPageHtml());
    const raw = await readOne(path);
    expect({ ...raw, text: undefined }).toEqual({
      source: path,
      format: 'html',
      title: 'Kazakhstan and China agree to widen trade and transport ties',
      outlet: 'Steppe Herald',
      author: 'Aigerim Sadykova',
      published: '2024-07-03',
      lang: 'en',
      text: undefined,
    });
    expect(raw.text).toContain('Joint projects: 45, worth $14.5 billion');
  });

  it('decodes a windows-1251 page with Cyrillic text', async () => {
    const body = encodeLegacy(
      '<p>Товарооборот между Казахстаном и Китаем в 2023 году достиг 41 миллиарда долларов.</p>',
      'windows-1251',
    );
    const html = Buffer.concat([
      Buffer.from(
        '<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>',
      ),
      body,
      Buffer.from('</body></html>'),
    ]);
    const path = await temp.write('ru.htm', html);
    expect(await readOne(path)).toMatchObject({
      lang: 'ru',
      text: 'Товарооборот между Казахстаном и Китаем в 2023 году достиг 41 миллиарда долларов.',
    });
  });

  it('decodes a GBK page with Chinese text', async () => {
    const html = Buffer.concat([
      Buffer.from('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="gbk"><title>'),
      encodeLegacy('中哈经贸合作', 'gbk'),
      Buffer.from('</title></head><body><p>'),
      encodeLegacy('双方正在实施45个项目，总金额145亿美元。', 'gbk'),
      Buffer.from('</p></body></html>'),
    ]);
    const path = await temp.write('zh.html', html);
    expect(await readOne(path)).toMatchObject({
      title: '中哈经贸合作',
      lang: 'zh',
      text: '双方正在实施45个项目，总金额145亿美元。',
    });
  });

  it('sniffs HTML by its content whatever the extension says', async () => {
    const path = await temp.write(
      'saved-page.txt',
      '<!DOCTYPE html><html><body><p>Rail freight rose.</p></body></html>',
    );
    expect(await readOne(path)).toMatchObject({ format: 'html', text: 'Rail freight rose.' });
  });
});

describe('feed files', () => {
  it('gives one document per RSS item, and a failure for an item without text', async () => {
    const path = await temp.write('trade.rss', RSS_FEED);
    const results = await collect([path]);
    expect(results).toEqual([
      {
        ok: true,
        raw: {
          source: 'https://trade.gov.kz/news/41-billion',
          format: 'feed',
          title: 'Trade with China reached $41 billion',
          outlet: 'Ministry of Trade & Integration',
          author: 'Press Office',
          published: '2024-07-03',
          lang: 'en',
          text: 'Bilateral trade reached $41 billion in 2023.\nExports rose\nImports rose',
        },
      },
      {
        ok: true,
        raw: {
          source: 'https://trade.gov.kz/news/projects',
          format: 'feed',
          title: '45 projects — $14.5 billion',
          outlet: 'Ministry of Trade & Integration',
          author: 'Asel Nurova',
          published: '2024-07-04',
          lang: 'en',
          text: 'The portfolio holds 45 projects worth $14.5 billion.\nTwelve open next year.',
        },
      },
      {
        ok: false,
        source: 'https://trade.gov.kz/news/title-only',
        error: expect.objectContaining({ code: 'NO_TEXT', message: 'feed item has no text' }),
      },
    ]);
  });

  it('names an Atom entry without a link after the feed and its position', async () => {
    const path = await temp.write('herald.atom', ATOM_FEED);
    const documents = (await collect([path])).flatMap((result) => (result.ok ? [result.raw] : []));
    expect(
      documents.map(({ source, title, text, lang, outlet }) => ({ source, title, text, lang, outlet })),
    ).toEqual([
      {
        source: 'https://steppeherald.kz/rail?id=1&lang=en',
        title: 'Rail freight through Khorgos grows',
        text: 'Container traffic rose by a fifth.\nA second crossing is planned.',
        lang: 'ru',
        outlet: 'Steppe Herald',
      },
      {
        source: 'https://steppeherald.kz/grain',
        title: 'Grain corridor talks',
        text: 'Exports of grain doubled to $1 billion.',
        lang: 'ru',
        outlet: 'Steppe Herald',
      },
      {
        source: `${path}#item-3`,
        title: 'Plain text entry',
        text: 'Flights between Almaty and Urumqi <weekly> resume.',
        lang: 'ru',
        outlet: 'Steppe Herald',
      },
    ]);
  });

  it('reads a billion-laughs feed without expanding it, quickly', async () => {
    const path = await temp.write('lol.xml', BILLION_LAUGHS);
    const started = performance.now();
    const raw = await readOne(path);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(raw).toMatchObject({
      source: 'https://example.org/lol',
      title: '&lol9;',
      text: 'Trade rose. &lol9;',
    });
  });
});
