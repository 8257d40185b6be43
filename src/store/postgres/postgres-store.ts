import { AccordError } from '../../errors.js';
import type { Document, DocumentRecords } from '../../types.js';
import { readDocumentCursor } from '../cursor.js';
import { type DocumentRow, type PairRow, sentenceOffsets, toDocument, toPair, toSummary } from '../rows.js';
import type { DocumentEntry, PutResult, Store } from '../store.js';
import { type BulkColumn, bulkInsert } from './bulk-insert.js';
import {
  type Connection,
  createConnection,
  type PostgresStoreOptions,
  parsePostgresUrl,
} from './connection.js';
import { createDocumentLookup } from './document-lookup.js';
import { migrate } from './migrate.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { createParams, pageOf } from './params.js';
import { importObservations, listObservations } from './postgres-observations.js';
import {
  listAgreements,
  listCommitments,
  listEntities,
  listFigureJson,
  listFigures,
  readRecords,
  removeRecords,
  writeRecords,
} from './postgres-records.js';
import { searchDocuments } from './postgres-search.js';

export type { PostgresStoreOptions } from './connection.js';

const DOCUMENT_COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'source', type: 'text' },
  { name: 'format', type: 'text' },
  { name: 'outlet', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'author', type: 'text' },
  { name: 'published', type: 'text' },
  { name: 'lang', type: 'text' },
  { name: 'text', type: 'text' },
  { name: 'sentences', type: 'jsonb' },
  { name: 'ingested', type: 'text' },
  { name: 'extractor', type: 'text' },
];

const SUMMARY_COLUMNS =
  'id, source, format, outlet, title, author, published, lang, ingested, length(text) AS chars';
const DOCUMENT_SELECT = `SELECT ${SUMMARY_COLUMNS}, text, sentences FROM documents`;

/**
 * Opens (creating or upgrading) the store in a PostgreSQL database:
 * `await openPostgresStore('postgres://accord@db/accord?schema=accord', { poolSize: 8 })`.
 * Fails within the connect timeout, with the server named and the password left out, when it cannot connect.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const connection = createConnection(parsePostgresUrl(url, options.schema), options);
  try {
    await migrate(connection, POSTGRES_MIGRATIONS);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return createPostgresStore(connection);
}

/**
 * Writes a batch in one transaction. Documents go in id order, so that two writers of overlapping batches lock
 * rows in the same order and cannot deadlock; an id already stored (or stored by a concurrent writer, once it
 * commits) is skipped, with its records, and reported as not stored.
 */
async function putEntries(connection: Connection, entries: readonly DocumentEntry[]): Promise<PutResult[]> {
  if (entries.length === 0) return [];
  const first = new Map<string, { entry: DocumentEntry; ingested: string }>();
  for (const entry of entries) {
    if (!first.has(entry.document.id))
      first.set(entry.document.id, { entry, ingested: new Date().toISOString() });
  }
  const unique = [...first.values()].sort((a, b) => (a.entry.document.id < b.entry.document.id ? -1 : 1));
  const stored = await connection.transaction(async (client) => {
    const rows = unique.map(({ entry: { document, records }, ingested }) => [
      document.id,
      document.source,
      document.format,
      document.outlet,
      document.title,
      document.author,
      document.published,
      document.lang,
      document.text,
      JSON.stringify(sentenceOffsets(document)),
      ingested,
      records?.extractor ?? null,
    ]);
    const inserted = await bulkInsert<{ id: string }>(
      client,
      'documents',
      DOCUMENT_COLUMNS,
      rows,
      'ON CONFLICT (id) DO NOTHING RETURNING id',
    );
    const ids = new Set(inserted.map((r) => r.id));
    const items: Array<readonly [Document, DocumentRecords]> = [];
    for (const { entry } of unique) {
      if (entry.records && ids.has(entry.document.id)) items.push([entry.document, entry.records]);
    }
    await writeRecords(client, items);
    return ids;
  });
  const reported = new Set<string>();
  return entries.map(({ document }) => {
    const isFirst = !reported.has(document.id);
    reported.add(document.id);
    return { id: document.id, stored: isFirst && stored.has(document.id) };
  });
}

function createPostgresStore(connection: Connection): Store {
  const { run, transaction } = connection;
  const read = { begin: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' };
  const hasDocument = createDocumentLookup(connection);

  return {
    location: connection.target.location,

    async putDocument(document, records) {
      return (await putEntries(connection, [{ document, records }]))[0] as PutResult;
    },

    putDocuments(entries) {
      return putEntries(connection, entries);
    },

    replaceRecords(documentId, records) {
      return transaction(async (client) => {
        const { rows } = await client.query<Pick<Document, 'id' | 'published' | 'outlet' | 'source'>>(
          'SELECT id, published, outlet, source FROM documents WHERE id = $1 FOR UPDATE',
          [documentId],
        );
        const owner = rows[0];
        if (!owner) throw new AccordError('NOT_FOUND', `no document with id ${documentId}`);
        await removeRecords(client, documentId);
        await writeRecords(client, [[owner, records]]);
        await client.query('UPDATE documents SET extractor = $1 WHERE id = $2', [
          records.extractor,
          documentId,
        ]);
      });
    },

    getRecords(documentId) {
      return transaction(async (client) => {
        const { rows } = await client.query<{ extractor: string | null }>(
          'SELECT extractor FROM documents WHERE id = $1',
          [documentId],
        );
        if (!rows[0]) return null;
        return { ...(await readRecords(client, documentId)), extractor: rows[0].extractor ?? '' };
      }, read);
    },

    staleDocuments(extractor, limit) {
      return run(async (client) => {
        const { rows } = await client.query<{ id: string }>(
          `SELECT id FROM documents WHERE extractor IS NULL OR extractor <> $1
           ORDER BY ingested, id LIMIT $2`,
          [extractor, pageOf({ limit }).limit],
        );
        return rows.map((r) => r.id);
      });
    },

    listFigures(filter = {}) {
      return run((client) => listFigures(client, filter));
    },

    listFigureJson(filter = {}) {
      return run((client) => listFigureJson(client, filter));
    },

    listPairs() {
      return run(async (client) => {
        const { rows } = await client.query<PairRow>(
          `SELECT parties, count(*)::int AS figures, count(DISTINCT document_id)::int AS documents,
                  max(sort_date) FILTER (WHERE sort_date <= to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')) AS latest
           FROM figures WHERE parties LIKE '%,%' AND parties NOT LIKE '%,%,%'
           GROUP BY parties ORDER BY documents DESC, figures DESC, parties`,
        );
        return rows.map(toPair);
      });
    },

    listCommitments(filter = {}) {
      return run((client) => listCommitments(client, filter));
    },

    listAgreements(filter = {}) {
      return run((client) => listAgreements(client, filter));
    },

    importObservations(file, observations) {
      // Once reading has begun, the items are spent: a lost connection is reported, not retried.
      let isReading = false;
      return transaction(
        (client) =>
          importObservations(client, file, observations, () => {
            isReading = true;
          }),
        { isRetryable: () => !isReading },
      );
    },

    listObservations(filter = {}) {
      return run((client) => listObservations(client, filter));
    },

    listEntities(filter = {}) {
      return run((client) => listEntities(client, filter));
    },

    hasDocument,

    async getDocument(idOrPrefix) {
      const key = idOrPrefix.toLowerCase();
      if (!/^[0-9a-f]{4,16}$/.test(key)) return null;
      const rows = await run(async (client) => {
        if (key.length === 16) {
          return (await client.query<DocumentRow>(`${DOCUMENT_SELECT} WHERE id = $1`, [key])).rows;
        }
        // every id with this prefix sorts below prefix + 'g' (ids are COLLATE "C")
        const sql = `${DOCUMENT_SELECT} WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 2`;
        return (await client.query<DocumentRow>(sql, [key, `${key}g`])).rows;
      });
      if (rows.length > 1)
        throw new AccordError('BAD_INPUT', `id prefix ${key} matches several documents; give more digits`);
      return rows[0] ? toDocument(rows[0]) : null;
    },

    async listDocuments(filter = {}) {
      const where: string[] = [];
      const p = createParams();
      if (filter.outlet) where.push(`lower(outlet) = lower(${p(filter.outlet)})`);
      if (filter.lang) where.push(`lang = ${p(filter.lang)}`);
      if (filter.since) where.push(`published >= ${p(filter.since)}`);
      if (filter.until) where.push(`published <= ${p(filter.until)}`);
      if (filter.after) {
        const key = readDocumentCursor(filter.after);
        const id = p(key.id);
        if (key.published === null) {
          where.push(`published IS NULL AND id > ${id}`);
        } else {
          const published = p(key.published);
          where.push(
            `(published IS NULL OR published < ${published} OR (published = ${published} AND id > ${id}))`,
          );
        }
      }
      const { limit, offset } = pageOf(filter);
      const sql = `SELECT ${SUMMARY_COLUMNS} FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY published DESC NULLS LAST, id LIMIT ${p(limit)} OFFSET ${p(offset)}`;
      return run(async (client) => (await client.query<DocumentRow>(sql, p.values)).rows.map(toSummary));
    },

    countDocuments() {
      return run(async (client) => {
        const { rows } = await client.query<{ count: string }>('SELECT count(*) AS count FROM documents');
        return Number(rows[0]?.count ?? 0);
      });
    },

    searchDocuments(query, options = {}) {
      return run((client) => searchDocuments(client, query, options));
    },

    close() {
      return connection.close();
    },
  };
}
