import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countInputs,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  readInputList,
} from '../../src/sources/index.js';
import { createTempDir } from './_helpers.js';

type TempDir = Awaited<ReturnType<typeof createTempDir>>;
let temp: TempDir;

beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(() => temp.remove());

describe('defaults', () => {
  it('are 20 MB and 15 s', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
  });
});

describe('readInputList', () => {
  it('reads one input a line, skipping blank lines and comments', async () => {
    const path = await temp.write(
      'sources.txt',
      '\ufeff# Kazakhstan–China sources\nhttps://mfa.kz/news.rss\r\n\n   reports/2024/  \n# old: https://x.kz\n-\n',
    );
    expect(await readInputList(path)).toEqual(['https://mfa.kz/news.rss', 'reports/2024/', '-']);
  });

  it('throws NOT_FOUND for a missing list', async () => {
    await expect(readInputList(join(temp.dir, 'none.txt'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('countInputs', () => {
  it('counts files in directories, and URLs, feeds, stdin and missing paths as one', async () => {
    await mkdir(join(temp.dir, 'tree', 'sub'), { recursive: true });
    await temp.write('tree/a.txt', 'a');
    await temp.write('tree/sub/b.html', '<p>b</p>');
    await temp.write('tree/sub/c.pdf', '%PDF-');
    await temp.write('tree/skip.csv', 'x');
    await temp.write('tree/.hidden.md', 'x');
    const feed = await temp.write('feed.rss', '<rss/>');
    await mkdir(join(temp.dir, 'empty'));
    const inputs = [
      join(temp.dir, 'tree'),
      feed,
      'https://mfa.kz/news',
      '-',
      join(temp.dir, 'missing.txt'),
      join(temp.dir, 'empty'),
    ];
    expect(await countInputs(inputs)).toBe(3 + 1 + 1 + 1 + 1 + 1);
    expect(await countInputs([])).toBe(0);
  });
});
