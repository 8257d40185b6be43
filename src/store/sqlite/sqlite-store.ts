import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AccordError, errorMessage } from '../../errors.js';
import type { Document, DocumentRecords } from '../../types.js';
import { readDocumentCursor } from '../cursor.js';
import { type DocumentRow, type PairRow, sentenceOffsets, toDocument, toPair, toSummary } from '../rows.js';
import type { DocumentEntry, PutResult, SearchHit, Store } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { createObservationStatements } from './sqlite-observations.js';
import { createRecordStatements } from './sqlite-records.js';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Refuses, without touching it, a file that exists, is not empty and is not an SQLite database. */
function assertSqliteFile(path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return; // a new store
  }
  if (size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new AccordError(
      'BAD_STORE',
      `${path} is not an Accord store (not an SQLite database); it was left untouched`,
    );
  }
}

function migrate(db: Database.Database, path: string, migrations: readonly string[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new AccordError(
      'STORE_TOO_NEW',
      `${path} has schema version ${current}, newer than this Accord knows (${migrations.length}); upgrade Accord`,
    );
  }
  for (let version = current; version < migrations.length; version++) {
    const step = db.transaction(() => {
      db.exec(migrations[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    });
    step();
  }
}

/** Opens (creating or upgrading) the SQLite store at `path`: `await openSqliteStore("accord.db")`. */
export async function openSqliteStore(path: string): Promise<Store> {
  assertSqliteFile(path);
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Reads through a memory map instead of a read() per page: the store is read far more than written (the
    // dashboard, the API), and its pages are in the OS cache anyway. 256 MB of address space, not of memory.
    db.pragma('mmap_size = 268435456');
    migrate(db, path, SQLITE_MIGRATIONS);
  } catch (error) {
    if (error instanceof AccordError) throw error;
    throw new AccordError('BAD_STORE', `cannot open store ${path}: ${errorMessage(error)}`, { cause: error });
  }
  return createSqliteStore(db, path);
}

function createSqliteStore(db: Database.Database, path: string): Store {
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, source, format, outlet, title, author, published, lang, text, sentences, ingested)
     VALUES (@id, @source, @format, @outlet, @title, @author, @published, @lang, @text, @sentences, @ingested)
     ON CONFLICT (id) DO NOTHING`,
  );
  const selectExists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
  const selectById = db.prepare('SELECT *, length(text) AS chars FROM documents WHERE id = ?');
  const selectByPrefix = db.prepare(
    'SELECT *, length(text) AS chars FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2',
  );
  const countAll = db.prepare('SELECT count(*) FROM documents').pluck();
  // Reads only the figures_by_parties index (parties, ..., sort_date, document_id): no table row.
  const selectPairs = db.prepare(
    `SELECT parties, count(*) AS figures, count(DISTINCT document_id) AS documents,
            max(CASE WHEN sort_date <= date('now') THEN sort_date END) AS latest
     FROM figures WHERE parties LIKE '%,%' AND parties NOT LIKE '%,%,%'
     GROUP BY parties ORDER BY documents DESC, figures DESC, parties`,
  );

  const records = createRecordStatements(db);
  const observations = createObservationStatements(db);
  const selectExtractor = db.prepare('SELECT extractor FROM documents WHERE id = ?').pluck();
  const selectStale = db
    .prepare(
      'SELECT id FROM documents WHERE extractor IS NULL OR extractor != ? ORDER BY ingested, id LIMIT ?',
    )
    .pluck();

  const insert = ({ document, records: extracted }: DocumentEntry): PutResult => {
    const info = insertDocument.run({
      id: document.id,
      source: document.source,
      format: document.format,
      outlet: document.outlet,
      title: document.title,
      author: document.author,
      published: document.published,
      lang: document.lang,
      text: document.text,
      sentences: JSON.stringify(sentenceOffsets(document)),
      ingested: new Date().toISOString(),
    });
    const stored = info.changes === 1;
    if (stored && extracted) records.write(document, extracted);
    return { id: document.id, stored };
  };
  const putMany = db.transaction((entries: readonly DocumentEntry[]) => entries.map(insert));
  const replace = db.transaction((document: Document, extracted: DocumentRecords) => {
    records.remove(document.id);
    records.write(document, extracted);
  });

  return {
    location: path,

    async putDocument(document, extracted) {
      return putMany([{ document, records: extracted }])[0] as PutResult;
    },

    async putDocuments(entries) {
      return putMany(entries);
    },

    async replaceRecords(documentId, extracted) {
      const row = selectById.get(documentId) as DocumentRow | undefined;
      if (!row) throw new AccordError('NOT_FOUND', `no document with id ${documentId}`);
      replace(toDocument(row), extracted);
    },

    async getRecords(documentId) {
      if (selectExists.get(documentId) !== 1) return null;
      return {
        ...records.read(documentId),
        extractor: (selectExtractor.get(documentId) as string | null) ?? '',
      };
    },

    async staleDocuments(extractor, limit) {
      return selectStale.all(extractor, limit) as string[];
    },

    async listFigures(filter = {}) {
      return records.listFigures(filter);
    },

    async listFigureJson(filter = {}) {
      return records.listFigureJson(filter);
    },

    async listPairs() {
      return (selectPairs.all() as PairRow[]).map(toPair);
    },

    async listCommitments(filter = {}) {
      return records.listCommitments(filter);
    },

    async listAgreements(filter = {}) {
      return records.listAgreements(filter);
    },

    async importObservations(file, items) {
      return observations.import(file, items);
    },

    async listObservations(filter = {}) {
      return observations.list(filter);
    },

    async listEntities(filter = {}) {
      return records.listEntities(filter);
    },

    async hasDocument(id) {
      return selectExists.get(id) === 1;
    },

    async getDocument(idOrPrefix) {
      const key = idOrPrefix.toLowerCase();
      if (!/^[0-9a-f]{4,16}$/.test(key)) return null;
      if (key.length === 16) {
        const row = selectById.get(key) as DocumentRow | undefined;
        return row ? toDocument(row) : null;
      }
      const upper = `${key}g`; // every id with this prefix sorts below prefix + 'g'
      const rows = selectByPrefix.all(key, upper) as DocumentRow[];
      if (rows.length > 1)
        throw new AccordError('BAD_INPUT', `id prefix ${key} matches several documents; give more digits`);
      return rows[0] ? toDocument(rows[0]) : null;
    },

    async listDocuments(filter = {}) {
      const where: string[] = [];
      const params: Record<string, string | number> = {};
      if (filter.outlet) {
        where.push('outlet = @outlet COLLATE NOCASE');
        params.outlet = filter.outlet;
      }
      if (filter.lang) {
        where.push('lang = @lang');
        params.lang = filter.lang;
      }
      if (filter.since) {
        where.push('published >= @since');
        params.since = filter.since;
      }
      if (filter.until) {
        where.push('published <= @until');
        params.until = filter.until;
      }
      if (filter.after) {
        const key = readDocumentCursor(filter.after);
        params.afterId = key.id;
        if (key.published === null) {
          where.push('published IS NULL AND id > @afterId');
        } else {
          params.afterPublished = key.published;
          where.push(
            '(published IS NULL OR published < @afterPublished OR (published = @afterPublished AND id > @afterId))',
          );
        }
      }
      params.limit = filter.limit ?? -1;
      params.offset = filter.offset ?? 0;
      const sql = `SELECT id, source, format, outlet, title, author, published, lang, ingested, length(text) AS chars
        FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY published IS NULL, published DESC, id LIMIT @limit OFFSET @offset`;
      return (db.prepare(sql).all(params) as DocumentRow[]).map(toSummary);
    },

    async countDocuments() {
      return countAll.get() as number;
    },

    async searchDocuments(query, options = {}) {
      const match = ftsQuery(query);
      if (!match) return [];
      const [open, close] = options.mark ?? ['[', ']'];
      const rows = db
        .prepare(
          `SELECT d.id, d.title, d.outlet, d.published, d.source, bm25(documents_fts, 2.0, 1.0) AS rank,
                  snippet(documents_fts, 1, @open, @close, '…', 16) AS snippet
           FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
           WHERE documents_fts MATCH @match ORDER BY rank LIMIT @limit`,
        )
        .all({ match, open, close, limit: options.limit ?? 20 }) as SearchHit[];
      return rows;
    },

    async close() {
      if (db.open) db.close();
    },
  };
}
