import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, DOCX, failureOf, PNG } from './_helpers.js';

type TempDir = Awaited<ReturnType<typeof createTempDir>>;
let temp: TempDir;

beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(() => temp.remove());

describe('bad inputs', () => {
  it.each([
    ['a missing file', null, null, 'NOT_FOUND', 'no such file or directory'],
    ['an empty file', 'empty.txt', '', 'EMPTY', 'empty (0 bytes)'],
    ['a whitespace-only file', 'blank.md', ' \n\t\n  ', 'EMPTY', 'only whitespace'],
    ['a PNG image', 'chart.png', PNG, 'BINARY', 'binary file (PNG image)'],
    ['a PNG image named .txt', 'chart.txt', PNG, 'BINARY', 'binary file (PNG image)'],
    ['a docx (ZIP) file', 'statement.docx', DOCX, 'BINARY', 'binary file (ZIP archive or Office document)'],
    [
      'a file with NUL bytes',
      'dump.txt',
      Buffer.from('abc\0def'),
      'BINARY',
      'binary file (binary data (NUL bytes))',
    ],
    [
      'invalid UTF-8',
      'latin.txt',
      Buffer.concat([Buffer.from('a'.repeat(1234)), Buffer.from([0xe9, 0x20])]),
      'BAD_ENCODING',
      'not valid UTF-8 at byte 1234; declare the encoding or convert the file',
    ],
    [
      'HTML that is only scripts',
      'scripts.html',
      '<html><head><script>var x=1;</script></head><body><script>track()</script><style>p{}</style></body></html>',
      'NO_TEXT',
      'no article text found',
    ],
    [
      'an HTML page with no article',
      'menu.html',
      '<html><body><nav><a href="/">Home</a></nav><ul><li><a href="/a">About</a></li></ul></body></html>',
      'NO_TEXT',
      'no article text found',
    ],
    [
      'a malformed feed',
      'broken.rss',
      '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</item></channel></rss>',
      'BAD_FEED',
      "malformed XML at line 3: Expected closing tag 'title' (opened in line 3, col 7) instead of closing tag 'item'.",
    ],
    [
      'a feed with zero items',
      'none.rss',
      '<rss version="2.0"><channel><title>Quiet</title></channel></rss>',
      'EMPTY',
      'feed has no items',
    ],
    [
      'XML that is not a feed',
      'sitemap.xml',
      '<?xml version="1.0"?><urlset><url/></urlset>',
      'BAD_FEED',
      'not an RSS or Atom feed (root element <urlset>)',
    ],
  ])('refuses %s', async (_name, file, content, code, message) => {
    const path = file === null ? join(temp.dir, 'no-such-file.txt') : await temp.write(file, content ?? '');
    expect(await failureOf(path)).toEqual({ source: path, code, message });
  });

  it('refuses a file over maxBytes by its size, before reading it', async () => {
    const path = await temp.write('big.txt', 'x'.repeat(3000));
    expect(await failureOf(path, { maxBytes: 2048 })).toEqual({
      source: path,
      code: 'TOO_LARGE',
      message: '2.9 KB over the 2 KB limit (--max-bytes)',
    });
  });
});
