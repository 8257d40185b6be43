import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { cli, tempDb } from './_cli.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

describe('accord ingest', () => {
  it('stores every bundled example, and a second run stores none', async () => {
    const db = tempDb();
    const first = await cli(['ingest', EXAMPLES, '--db', db, '--format', 'json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.failed).toBe(0);
    expect(summary.stored).toBeGreaterThanOrEqual(19);
    const second = await cli(['ingest', EXAMPLES, '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`^stored 0, skipped ${summary.stored} duplicates, failed 0`));

    const docs = JSON.parse((await cli(['docs', '--db', db, '--format', 'json'])).stdout);
    expect(docs).toHaveLength(summary.stored);
    const published = docs.map((d: { published: string }) => d.published).filter(Boolean);
    expect(published).toEqual([...published].sort().reverse());
    const years = new Set(published.map((p: string) => p.slice(0, 4)));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(new Set(docs.map((d: { format: string }) => d.format))).toEqual(
      new Set(['text', 'markdown', 'html', 'feed', 'pdf']),
    );
  });

  it('reads standard input with overrides', async () => {
    const db = tempDb();
    const run = await cli(
      [
        'ingest',
        '-',
        '--db',
        db,
        '--published',
        '2024-07-03',
        '--outlet',
        'Wire',
        '--lang',
        'en',
        '--format',
        'jsonl',
      ],
      'Kazakhstan and China agreed to double trade.\nDr. Li signed No. 5 in the U.S. Embassy.',
    );
    expect(run.code).toBe(0);
    const item = JSON.parse(run.stdout.trim());
    expect(item).toMatchObject({ status: 'stored', source: '-' });
    const shown = JSON.parse((await cli(['show', item.id, '--db', db, '--format', 'json'])).stdout);
    expect(shown).toMatchObject({ published: '2024-07-03', outlet: 'Wire', lang: 'en', source: '-' });
    expect(shown.sentences.map((s: { text: string }) => s.text)).toEqual([
      'Kazakhstan and China agreed to double trade.',
      'Dr. Li signed No. 5 in the U.S. Embassy.',
    ]);
  });

  it('reports each bad input on one line, goes on, counts it and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-bad-'));
    writeFileSync(join(dir, 'good.txt'), 'Rail freight between the two countries rose to 28 million tonnes.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'latin1.txt'),
      Buffer.from([0x54, 0x72, 0x61, 0x64, 0x65, 0x20, 0xe9, 0x74, 0xe9]),
    );
    mkdirSync(join(dir, 'nothing-here'));
    writeFileSync(join(dir, 'nothing-here', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const db = tempDb();
    const run = await cli([
      'ingest',
      join(dir, 'good.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'latin1.txt'),
      join(dir, 'nothing-here'),
      '--db',
      db,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^stored 1, skipped 0 duplicates, failed 4/);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^failed: .*missing\.txt: /);
    expect(lines[1]).toMatch(/^failed: .*empty\.txt: .*empty/i);
    expect(lines[2]).toMatch(/^failed: .*latin1\.txt: .*UTF-8.*byte 6/);
    expect(lines[3]).toMatch(/^failed: .*nothing-here: /);
  });

  it('refuses a file that is not a store, without touching it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-notdb-'));
    const db = join(dir, 'notes.txt');
    writeFileSync(db, 'my notes\n');
    const run = await cli(['docs', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/notes\.txt is not an Accord store/);
  });

  it('says what is missing when given nothing', async () => {
    const run = await cli(['ingest', '--db', tempDb()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing to ingest/);
  });

  it('resumes after SIGKILL with nothing lost and nothing doubled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-kill-'));
    const count = 1500;
    for (let i = 0; i < count; i++) {
      writeFileSync(
        join(dir, `${String(i).padStart(5, '0')}.txt`),
        `Report ${i}\nTrade between the two countries reached $${i} million in the period, officials said.`,
      );
    }
    const db = join(dir, 'accord.db');
    const runner = join(import.meta.dirname, '_run-cli.ts');
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      runner,
      'ingest',
      dir,
      '--db',
      db,
      '--format',
      'jsonl',
    ]);
    let lines = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        lines += chunk.toString().split('\n').length - 1;
        if (lines >= 300 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const partial = await openSqliteStore(db);
    const storedBefore = await partial.countDocuments();
    await partial.close();
    expect(storedBefore).toBeGreaterThanOrEqual(300);
    expect(storedBefore).toBeLessThan(count);

    const rerun = await cli(['ingest', dir, '--db', db, '--format', 'json']);
    expect(JSON.parse(rerun.stdout)).toEqual({
      stored: count - storedBefore,
      duplicates: storedBefore,
      failed: 0,
    });
    const store = await openSqliteStore(db);
    expect(await store.countDocuments()).toBe(count);
    await store.close();
  }, 60_000);
});

describe('accord reprocess', () => {
  it('extracts the records of documents stored without them, the same records ingest gives', async () => {
    const withRecords = tempDb();
    const without = tempDb();
    expect((await cli(['ingest', EXAMPLES, '--db', withRecords, '--quiet'])).code).toBe(0);
    expect((await cli(['ingest', EXAMPLES, '--db', without, '--quiet', '--no-extract'])).code).toBe(0);
    const stored = await openSqliteStore(without);
    const ids = await stored.staleDocuments('any', 1000);
    expect(ids.length).toBeGreaterThanOrEqual(19);
    expect(await stored.getRecords(ids[0] as string)).toMatchObject({ figures: [], commitments: [] });
    await stored.close();

    const run = await cli(['reprocess', '--db', without, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^reprocessed ${ids.length} documents with extractor records-`));
    expect((await cli(['reprocess', '--db', without, '--quiet'])).stdout).toMatch(/^reprocessed 0 documents/);

    const [a, b] = [await openSqliteStore(withRecords), await openSqliteStore(without)];
    let figures = 0;
    for (const id of ids) {
      const expected = await a.getRecords(id);
      expect(await b.getRecords(id), id).toEqual(expected);
      figures += expected?.figures.length ?? 0;
    }
    expect(figures).toBeGreaterThan(50);
    await a.close();
    await b.close();
  });
});

describe('accord docs, show, search', () => {
  it('lists, shows and searches the examples in every format', async () => {
    const db = tempDb();
    await cli(['ingest', EXAMPLES, '--db', db, '--quiet']);
    const table = (await cli(['docs', '--db', db, '--since', '2024-07-01', '--until', '2024-07-31'])).stdout;
    expect(table.split('\n')[0]).toMatch(/^ID\s+PUBLISHED\s+OUTLET\s+LANG\s+TITLE/);
    expect(table).toContain('2024-07-03');
    const csv = (await cli(['docs', '--db', db, '--outlet', 'central asia wire', '--format', 'csv'])).stdout;
    expect(csv.split('\n')[0]).toBe('id,published,outlet,lang,title,source');
    expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(4);
    const hits = JSON.parse(
      (await cli(['search', '"joint statement"', '--db', db, '--format', 'json'])).stdout,
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].snippet).toMatch(/\[joint statement\]/i);
    const shown = (await cli(['show', hits[0].id.slice(0, 8), '--db', db])).stdout;
    expect(shown).toMatch(new RegExp(`^id\\s+${hits[0].id}`));
    expect((await cli(['show', 'abcdef', '--db', db])).stderr).toMatch(/no document with id abcdef/);
    const bad = await cli(['docs', '--db', db, '--since', 'yesterday']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/YYYY-MM-DD/);
  });

  it.each(['ingest', 'docs', 'show', 'search'])('%s --help explains itself', async (command) => {
    const run = await cli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: accord ${command}`));
    expect(run.stdout).toContain('--db');
  });
});
