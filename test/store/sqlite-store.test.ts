import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AccordError } from '../../src/errors.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { describeStoreContract, makeDocument } from './store-contract.js';

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
