import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/sources/index.js';
import { RSS_FEED } from './_feeds.js';
import { collect, createTempDir, failureOf, OPTIONS, PNG, readOne, streamOf } from './_helpers.js';

type TempDir = Awaited<ReturnType<typeof createTempDir>>;
let temp: TempDir;

beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(() => temp.remove());

describe('directories', () => {
  it('walks recursively in name order, skipping hidden, unknown and symlinked directories', async () => {
    const root = join(temp.dir, 'reports');
    await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await mkdir(join(temp.dir, 'elsewhere'), { recursive: true });
    await temp.write('elsewhere/outside.txt', 'Outside the tree.');
    await temp.write('reports/c.md', '# C\n\nThird.');
    await temp.write('reports/a.txt', 'First.');
    await temp.write('reports/b-sub/b.html', '<p>Second.</p>');
    await temp.write('reports/b-sub/deeper/bb.text', 'Second, deeper.');
    await temp.write('reports/.hidden.txt', 'Hidden.');
    await temp.write('reports/.git/config.txt', 'Hidden directory.');
    await temp.write('reports/data.csv', 'year,trade');
    await temp.write('reports/image.png', PNG);
    await symlink(join(temp.dir, 'elsewhere'), join(root, 'linked-dir'));
    await symlink(join(temp.dir, 'elsewhere', 'outside.txt'), join(root, 'linked-file.txt'));
    const results = await collect([root]);
    expect(
      results.map((result) =>
        result.ok ? [result.raw.source, result.raw.text] : [result.source, result.error.code],
      ),
    ).toEqual([
      [join(root, 'a.txt'), 'First.'],
      [join(root, 'b-sub', 'b.html'), 'Second.'],
      [join(root, 'b-sub', 'deeper', 'bb.text'), 'Second, deeper.'],
      [join(root, 'c.md'), 'C\nThird.'],
      [join(root, 'linked-file.txt'), 'Outside the tree.'],
    ]);
  });

  it.each([
    ['an empty directory', [] as string[]],
    ['a directory of unknown and hidden files', ['data.csv', 'photo.jpg', '.notes.txt']],
  ])('gives one failure naming %s', async (_name, files) => {
    const dir = join(temp.dir, `empty-${files.length}`);
    await mkdir(dir);
    for (const file of files) await temp.write(join(`empty-${files.length}`, file), 'x');
    expect(await failureOf(dir)).toEqual({
      source: dir,
      code: 'EMPTY',
      message:
        'directory has no readable files (.txt .text .md .markdown .html .htm .xhtml .xml .rss .atom .pdf)',
    });
  });
});

describe('standard input', () => {
  it.each([
    ['text', ['Trade reached ', '$41 billion.'], 'text', 'Trade reached $41 billion.'],
    [
      'HTML, sniffed',
      ['<!doctype html><html><body><p>Rail ', 'freight rose.</p></body></html>'],
      'html',
      'Rail freight rose.',
    ],
    [
      'a feed, sniffed',
      [RSS_FEED.slice(0, 100), RSS_FEED.slice(100)],
      'feed',
      'Bilateral trade reached $41 billion in 2023.\nExports rose\nImports rose',
    ],
  ])('reads %s from "-"', async (_name, chunks, format, text) => {
    const [first] = await collect(['-'], { stdin: streamOf(...chunks) });
    expect(first).toMatchObject({ ok: true, raw: { format, text } });
  });

  it('reads Markdown from "-" when it starts like Markdown', async () => {
    expect(await readOne('-', { stdin: streamOf('# Grain\n\nExports **doubled**.') })).toMatchObject({
      format: 'markdown',
      title: 'Grain',
      text: 'Grain\nExports doubled.',
    });
  });

  it('names standard input "-"', async () => {
    expect((await readOne('-', { stdin: streamOf('Text.') })).source).toBe('-');
  });

  it.each([
    ['empty', [], {}, 'EMPTY', 'standard input is empty'],
    [
      'not UTF-8',
      ['Trade ', Buffer.from([0xc1, 0xe0])],
      {},
      'BAD_ENCODING',
      'not valid UTF-8 at byte 6; declare the encoding or convert the file',
    ],
    [
      'over the limit',
      ['x'.repeat(1500), 'y'.repeat(1500)],
      { maxBytes: 2048 },
      'TOO_LARGE',
      'over the 2 KB limit (--max-bytes)',
    ],
  ])('refuses standard input that is %s', async (_name, chunks, options, code, message) => {
    expect(await failureOf('-', { stdin: streamOf(...chunks), ...options })).toEqual({
      source: '-',
      code,
      message,
    });
  });
});

describe('order and streaming', () => {
  it('goes on after a bad input, in input order', async () => {
    const good = await temp.write('good.txt', 'Good.');
    const missing = join(temp.dir, 'missing.md');
    const results = await collect([missing, good, missing]);
    expect(
      results.map((result) =>
        result.ok ? `ok ${result.raw.source}` : `${result.error.code} ${result.source}`,
      ),
    ).toEqual([`NOT_FOUND ${missing}`, `ok ${good}`, `NOT_FOUND ${missing}`]);
  });

  it('streams: an input is read only when its turn comes', async () => {
    const first = await temp.write('first.txt', 'First.');
    const later = join(temp.dir, 'later.txt');
    const results = readSources([first, later], OPTIONS);
    expect((await results.next()).value).toMatchObject({ ok: true, raw: { text: 'First.' } });
    await temp.write('later.txt', 'Written after the first was read.');
    expect((await results.next()).value).toMatchObject({
      ok: true,
      raw: { text: 'Written after the first was read.' },
    });
    expect((await results.next()).done).toBe(true);
  });
});
