import type pg from 'pg';
import type { Agreement, Commitment, Document, DocumentRecords, Entity, StoredFigure } from '../../types.js';
import { readFigureCursor } from '../cursor.js';
import { type EntityFilter, type EntityRow, summarizeEntities } from '../entity-summaries.js';
import { figureSortDate, partiesKey, storedFigureOf, withoutProvenance } from '../rows.js';
import type { EntitySummary, FigureFilter, RecordFilter, Stored } from '../store.js';
import { type BulkColumn, bulkInsert } from './bulk-insert.js';
import { createParams, pageOf } from './params.js';

/** Writes and reads the records of documents; the SQL of the PostgreSQL store's records. */

const FIGURE_COLUMNS: readonly BulkColumn[] = [
  { name: 'document_id', type: 'text' },
  { name: 'ord', type: 'int' },
  { name: 'parties', type: 'text' },
  { name: 'indicator', type: 'text' },
  { name: 'kind', type: 'text' },
  { name: 'outlet', type: 'text' },
  { name: 'sort_date', type: 'text' },
  { name: 'record', type: 'json' },
];
const ENTITY_COLUMNS: readonly BulkColumn[] = [
  { name: 'document_id', type: 'text' },
  { name: 'ord', type: 'int' },
  { name: 'key', type: 'text' },
  { name: 'type', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'aliases', type: 'jsonb' },
  { name: 'role', type: 'text' },
  { name: 'country', type: 'text' },
  { name: 'mentions', type: 'json' },
];
const COMMITMENT_COLUMNS: readonly BulkColumn[] = [
  { name: 'document_id', type: 'text' },
  { name: 'ord', type: 'int' },
  { name: 'record', type: 'json' },
  { name: 'actors', type: 'text' },
  { name: 'action', type: 'text' },
  { name: 'status', type: 'text' },
  { name: 'published', type: 'text' },
];
const AGREEMENT_COLUMNS: readonly BulkColumn[] = [
  { name: 'document_id', type: 'text' },
  { name: 'ord', type: 'int' },
  { name: 'record', type: 'json' },
  { name: 'parties', type: 'text' },
  { name: 'date', type: 'text' },
];

/** The document fields a record row repeats (figures carry where they came from). */
export type RecordOwner = Pick<Document, 'id' | 'published' | 'outlet' | 'source'>;

/** Writes the records of several documents, four statements in all: `await writeRecords(client, [[doc, records]])`. */
export async function writeRecords(
  client: pg.ClientBase,
  items: ReadonlyArray<readonly [RecordOwner, DocumentRecords]>,
): Promise<void> {
  const figures: unknown[][] = [];
  const entities: unknown[][] = [];
  const commitments: unknown[][] = [];
  const agreements: unknown[][] = [];
  for (const [document, records] of items) {
    records.figures.forEach((f, ord) => {
      const stored = storedFigureOf(f, document, ord);
      figures.push([
        document.id,
        ord,
        stored.parties.join(','),
        stored.indicator,
        stored.kind,
        document.outlet,
        figureSortDate(stored, document.published),
        JSON.stringify(stored),
      ]);
    });
    records.entities.forEach((e: Entity, ord) => {
      entities.push([
        document.id,
        ord,
        e.id,
        e.type,
        e.name,
        JSON.stringify(e.aliases),
        e.role,
        e.country,
        JSON.stringify(e.mentions),
      ]);
    });
    records.commitments.forEach((c: Commitment, ord) => {
      commitments.push([
        document.id,
        ord,
        JSON.stringify(c),
        c.actors.join(','),
        c.action,
        c.status,
        document.published,
      ]);
    });
    records.agreements.forEach((a: Agreement, ord) => {
      agreements.push([document.id, ord, JSON.stringify(a), a.parties.join(','), a.date]);
    });
  }
  await bulkInsert(client, 'figures', FIGURE_COLUMNS, figures);
  await bulkInsert(client, 'entities', ENTITY_COLUMNS, entities);
  await bulkInsert(client, 'commitments', COMMITMENT_COLUMNS, commitments);
  await bulkInsert(client, 'agreements', AGREEMENT_COLUMNS, agreements);
}

/** Deletes every record of a document (its row stays). */
export async function removeRecords(client: pg.ClientBase, documentId: string): Promise<void> {
  for (const table of ['figures', 'entities', 'commitments', 'agreements']) {
    await client.query(`DELETE FROM ${table} WHERE document_id = $1`, [documentId]);
  }
}

interface StoredEntityRow {
  key: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  mentions: Entity['mentions'];
}

/** The records of one document, in the order they were extracted. */
export async function readRecords(
  client: pg.ClientBase,
  documentId: string,
): Promise<Omit<DocumentRecords, 'extractor'>> {
  const figures = await client.query<{ record: StoredFigure }>(
    'SELECT record FROM figures WHERE document_id = $1 ORDER BY ord',
    [documentId],
  );
  const entities = await client.query<StoredEntityRow>(
    'SELECT key, type, name, aliases, role, country, mentions FROM entities WHERE document_id = $1 ORDER BY ord',
    [documentId],
  );
  const commitments = await client.query<{ record: Commitment }>(
    'SELECT record FROM commitments WHERE document_id = $1 ORDER BY ord',
    [documentId],
  );
  const agreements = await client.query<{ record: Agreement }>(
    'SELECT record FROM agreements WHERE document_id = $1 ORDER BY ord',
    [documentId],
  );
  return {
    figures: figures.rows.map((r) => withoutProvenance(r.record)),
    entities: entities.rows.map(
      (row): Entity => ({
        id: row.key,
        type: row.type,
        name: row.name,
        aliases: row.aliases,
        role: row.role,
        country: row.country,
        mentions: row.mentions,
      }),
    ),
    commitments: commitments.rows.map((r) => r.record),
    agreements: agreements.rows.map((r) => r.record),
  };
}

/** Figures by the filter, newest sort date first (undated last), then document and position. */
export async function listFigures(client: pg.ClientBase, filter: FigureFilter): Promise<StoredFigure[]> {
  return (await queryFigures<{ record: StoredFigure }>(client, filter, 'f.record')).map((r) => r.record);
}

/** The same figures as their records' JSON text, unparsed (pg parses a json column; its ::text is the text stored). */
export async function listFigureJson(client: pg.ClientBase, filter: FigureFilter): Promise<string[]> {
  return (await queryFigures<{ record: string }>(client, filter, 'f.record::text AS record')).map(
    (r) => r.record,
  );
}

async function queryFigures<R extends pg.QueryResultRow>(
  client: pg.ClientBase,
  filter: FigureFilter,
  select: string,
): Promise<R[]> {
  const where: string[] = [];
  const p = createParams();
  if (filter.parties) where.push(`f.parties = ${p(partiesKey(filter.parties))}`);
  if (filter.indicator) where.push(`f.indicator = ${p(filter.indicator)}`);
  if (filter.kind) where.push(`f.kind = ${p(filter.kind)}`);
  // SQLite compares COLLATE NOCASE; lower() of a "C" column folds ASCII only, as NOCASE does.
  if (filter.outlet) where.push(`lower(f.outlet) = lower(${p(filter.outlet)})`);
  if (filter.document) where.push(`f.document_id = ${p(filter.document)}`);
  if (filter.since) where.push(`f.sort_date >= ${p(filter.since)}`);
  if (filter.until) where.push(`f.sort_date <= ${p(filter.until)}`);
  if (filter.after) {
    const key = readFigureCursor(filter.after);
    const after = `(f.document_id, f.ord) > (${p(key.document)}, ${p(key.ord)})`;
    if (key.date === null) {
      where.push(`f.sort_date IS NULL AND ${after}`);
    } else {
      const date = p(key.date);
      where.push(`(f.sort_date IS NULL OR f.sort_date < ${date} OR (f.sort_date = ${date} AND ${after}))`);
    }
  }
  const { limit, offset } = pageOf(filter);
  const sql = `SELECT ${select} FROM figures f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY f.sort_date DESC NULLS LAST, f.document_id, f.ord LIMIT ${p(limit)} OFFSET ${p(offset)}`;
  return (await client.query<R>(sql, p.values)).rows;
}

interface RecordRow<T> {
  document_id: string;
  ord: number;
  record: T;
  outlet: string | null;
  published: string | null;
}

async function listStored<T>(
  client: pg.ClientBase,
  table: 'commitments' | 'agreements',
  filter: RecordFilter,
): Promise<Stored<T>[]> {
  const p = createParams();
  const column = table === 'commitments' ? 'r.actors' : 'r.parties';
  const order = table === 'commitments' ? 'd.published' : 'r.date';
  const parties = filter.parties?.map((code) => code.toUpperCase()) ?? [];
  const where = parties.length > 0 ? `WHERE string_to_array(${column}, ',') @> ${p(parties)}::text[]` : '';
  const { limit, offset } = pageOf(filter);
  const { rows } = await client.query<RecordRow<T>>(
    `SELECT r.document_id, r.ord, r.record, d.outlet, d.published
     FROM ${table} r JOIN documents d ON d.id = r.document_id ${where}
     ORDER BY ${order} ASC NULLS LAST, r.document_id, r.ord LIMIT ${p(limit)} OFFSET ${p(offset)}`,
    p.values,
  );
  return rows.map((r) => ({
    ...r.record,
    document: r.document_id,
    ord: r.ord,
    outlet: r.outlet,
    published: r.published,
  }));
}

/** Commitments whose actors include every given party, oldest document first (undated last). */
export function listCommitments(client: pg.ClientBase, filter: RecordFilter): Promise<Stored<Commitment>[]> {
  return listStored<Commitment>(client, 'commitments', filter);
}

/** Agreements whose parties include every given party, by date (undated last). */
export function listAgreements(client: pg.ClientBase, filter: RecordFilter): Promise<Stored<Agreement>[]> {
  return listStored<Agreement>(client, 'agreements', filter);
}

/** Entities across documents, summarized as every store does (see entity-summaries.ts). */
export async function listEntities(client: pg.ClientBase, filter: EntityFilter): Promise<EntitySummary[]> {
  const p = createParams();
  const where = filter.type ? `WHERE type = ${p(filter.type)}` : '';
  const { rows } = await client.query<EntityRow>(
    `SELECT document_id, key, type, name, aliases, role, country, json_array_length(mentions) AS mentions
     FROM entities ${where} ORDER BY document_id, ord`,
    p.values,
  );
  return summarizeEntities(rows, filter);
}
