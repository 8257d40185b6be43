import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AccordError } from '../../src/errors.js';
import { withoutProvenance } from '../../src/store/rows.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import {
  DOCUMENT_COLUMNS_6,
  FIGURE_COLUMNS_6,
  SIX_DOCUMENT,
  SIX_DOCUMENT_ROW,
  SIX_FIGURE_ROWS,
  SIX_STORED,
} from './_figures-before-7.js';
import { describeStoreContract, makeDocument, makeFigure } from './store-contract.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'accord-store-'));

describeStoreContract('sqlite', () => openSqliteStore(join(tempDir(), 'accord.db')));

describe('sqlite store file', () => {
  it('uses WAL mode and records the schema version', async () => {
    const path = join(tempDir(), 'a.db');
    await (await openSqliteStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    db.close();
  });

  it('upgrades an older file in place, keeping its documents and indexing them', async () => {
    const path = join(tempDir(), 'old.db');
    const doc = makeDocument('Freight on the Trans-Caspian route grew by a third.', { source: 'old.txt' });
    // A file as the first release left it: schema version 1, one document, no search index, no records.
    const old = new Database(path);
    old.exec(SQLITE_MIGRATIONS[0] as string);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO documents (id, source, format, outlet, title, author, published, lang, text, sentences, ingested)
         VALUES (?, ?, 'text', NULL, NULL, NULL, NULL, 'en', ?, ?, '2024-01-01T00:00:00.000Z')`,
      )
      .run(doc.id, doc.source, doc.text, JSON.stringify(doc.sentences.flatMap((s) => [s.start, s.end])));
    old.close();

    const upgraded = await openSqliteStore(path);
    expect(await upgraded.getDocument(doc.id)).toEqual(doc);
    expect((await upgraded.searchDocuments('freight')).map((h) => h.id)).toEqual([doc.id]);
    expect(await upgraded.staleDocuments('v1', 10)).toEqual([doc.id]);
    await upgraded.close();
  });

  it('upgrades figures kept as columns (schema 6) to records that read back the same', async () => {
    const path = join(tempDir(), 'six.db');
    const old = new Database(path);
    for (const step of SQLITE_MIGRATIONS.slice(0, 6)) old.exec(step);
    old.pragma('user_version = 6');
    const marks = (n: number) => Array(n).fill('?').join(', ');
    old
      .prepare(`INSERT INTO documents (${DOCUMENT_COLUMNS_6}) VALUES (${marks(SIX_DOCUMENT_ROW.length)})`)
      .run(...SIX_DOCUMENT_ROW);
    const insert = old.prepare(`INSERT INTO figures (${FIGURE_COLUMNS_6}) VALUES (${marks(25)})`);
    for (const row of SIX_FIGURE_ROWS) insert.run(...row);
    old.close();

    const upgraded = await openSqliteStore(path);
    expect(await upgraded.listFigures()).toEqual(SIX_STORED);
    const records = SIX_STORED.map(withoutProvenance);
    expect((await upgraded.getRecords(SIX_DOCUMENT.id))?.figures).toEqual(records.reverse());
    expect(await upgraded.listFigures({ parties: ['KZ', 'CN'], indicator: 'trade.total' })).toHaveLength(1);
    // The text too is what a new write gives: whole numbers without SQLite's ".0", keys in record order.
    expect(await upgraded.listFigureJson()).toEqual(SIX_STORED.map((f) => JSON.stringify(f)));
    await upgraded.close();
  });

  it('refuses a file of a newer schema', async () => {
    const path = join(tempDir(), 'new.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
    db.close();
    await expect(openSqliteStore(path)).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
  });

  it.each([
    ['a text file', 'this is not a database\n'],
    ['a truncated SQLite header', 'SQLite form'],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))],
  ])('refuses %s with a clear error and leaves it untouched', async (_name, content) => {
    const path = join(tempDir(), 'bad.db');
    writeFileSync(path, content);
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const error = await openSqliteStore(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect((error as AccordError).code).toBe('BAD_STORE');
    expect((error as AccordError).message).toContain('bad.db');
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it('refuses a corrupted SQLite file without changing it', async () => {
    const path = join(tempDir(), 'corrupt.db');
    const store = await openSqliteStore(path);
    await store.putDocument(makeDocument('Grain exports rose to 1.2 million tonnes.'));
    await store.close();
    const bytes = readFileSync(path);
    bytes.fill(0xa5, 100, bytes.length); // keep the header, wreck every page
    writeFileSync(path, bytes);
    const before = createHash('sha256').update(bytes).digest('hex');
    await expect(openSqliteStore(path)).rejects.toMatchObject({ code: 'BAD_STORE' });
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });
});

describe('sqlite figure lists', () => {
  it('read every figure back exactly as written: awkward numbers, escapes, non-Latin text and changes', async () => {
    const store = await openSqliteStore(join(tempDir(), 'exact.db'));
    const document = makeDocument('Trade "grew" by a third.\tAlmaty — Алматы 🇰🇿', {
      source: 'C:\\reports\\"q3".txt',
      outlet: 'Outlet \u2028 with a line separator',
      published: '2024-07-03',
    });
    const figures = [
      makeFigure({ value: 0.1 + 0.2, low: 5e-324, high: 1.7976931348623157e308 }),
      makeFigure({
        value: -123456789.12345679,
        text: 'a \\ backslash, a "quote" and \u0001\u001f',
        unit: '%',
      }),
      makeFigure({
        value: 2 ** 53 + 2,
        sentence: 'Алматы 🇰🇿 — \n新疆',
        period: { label: 'by 2030', start: null, end: '2030-12-31' },
        direction: { from: 'KZ', to: 'CN' },
        change: { factor: 1 / 3, percent: -0.000001, delta: 1e21 },
        approx: 'about',
      }),
      makeFigure({ value: null, parties: [], indicator: null, measure: null, period: null, kind: 'share' }),
    ];
    await store.putDocument(document, {
      figures,
      entities: [],
      commitments: [],
      agreements: [],
      extractor: 'test-1',
    });
    const listed = await store.listFigures({ document: document.id });
    const byOrd = [...listed].sort((a, b) => a.ord - b.ord);
    expect(byOrd).toEqual(
      figures.map((figure, ord) => ({
        ...figure,
        document: document.id,
        ord,
        outlet: document.outlet,
        published: document.published,
        source: document.source,
      })),
    );
    expect(Object.is(byOrd[0]?.value, 0.30000000000000004)).toBe(true);
    await store.close();
  });

  it('pages with a reused statement whatever the page size, and without a limit', async () => {
    const store = await openSqliteStore(join(tempDir(), 'pages.db'));
    const document = makeDocument('Trade grew.', { published: '2024-07-03' });
    const figures = Array.from({ length: 7 }, (_, i) =>
      makeFigure({ period: { label: String(2010 + i), start: null, end: `${2010 + i}-12-31` } }),
    );
    await store.putDocument(document, {
      figures,
      entities: [],
      commitments: [],
      agreements: [],
      extractor: 't',
    });
    const ords = async (filter: { limit?: number; offset?: number }) =>
      (await store.listFigures({ parties: ['KZ', 'CN'], ...filter })).map((f) => f.ord);
    expect(await ords({})).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(await ords({ limit: 3 })).toEqual([6, 5, 4]);
    expect(await ords({ limit: 2, offset: 3 })).toEqual([3, 2]);
    expect(await ords({ limit: 0 })).toEqual([]);
    expect(await ords({ limit: 5, offset: 5 })).toEqual([1, 0]);
    await store.close();
  });
});
