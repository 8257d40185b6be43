import type Database from 'better-sqlite3';
import type { Agreement, Commitment, Document, DocumentRecords, Entity, StoredFigure } from '../../types.js';
import { readFigureCursor } from '../cursor.js';
import { type EntityFilter, summarizeEntities } from '../entity-summaries.js';
import { figureSortDate, partiesKey, storedFigureOf, withoutProvenance } from '../rows.js';
import type { EntitySummary, FigureFilter, RecordFilter, Stored } from '../store.js';

/** Statements that write and read the records of documents; built once per connection. */
export interface RecordStatements {
  write(document: Document, records: DocumentRecords): void;
  remove(documentId: string): void;
  read(documentId: string): Omit<DocumentRecords, 'extractor'>;
  listFigures(filter: FigureFilter): StoredFigure[];
  /** The same figures as their JSON text, as stored. */
  listFigureJson(filter: FigureFilter): string[];
  listCommitments(filter: RecordFilter): Stored<Commitment>[];
  listAgreements(filter: RecordFilter): Stored<Agreement>[];
  listEntities(filter: EntityFilter): EntitySummary[];
}

interface RecordRow {
  document_id: string;
  ord: number;
  record: string;
  outlet: string | null;
  published: string | null;
}

/**
 * The page size as bound to a reused statement. SQLite marks a bare `LIMIT @limit` as a parameter whose value may
 * change the plan, and prepares the whole statement again every time a value is bound to it (7% of a 50-row figures
 * query); an expression the planner does not read keeps the prepared statement. Same rows, same plans (checked with
 * EXPLAIN QUERY PLAN for each filter), same errors for a limit that is not an integer.
 */
const BOUND_LIMIT = '@limit + 0';

/** Rows whose comma-joined party column holds every wanted code. */
function hasParties(column: string, parties: readonly string[] | undefined): boolean {
  if (!parties || parties.length === 0) return true;
  const held = column.split(',');
  return parties.every((p) => held.includes(p.toUpperCase()));
}

/** Builds the record statements on a connection whose schema has the record tables. */
export function createRecordStatements(db: Database.Database): RecordStatements {
  const insertFigure = db.prepare(
    `INSERT INTO figures (document_id, ord, parties, indicator, kind, outlet, sort_date, record)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEntity = db.prepare(
    `INSERT INTO entities (document_id, ord, key, type, name, aliases, role, country, mentions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCommitment = db.prepare(
    `INSERT INTO commitments (document_id, ord, record, actors, action, status, published) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAgreement = db.prepare(
    'INSERT INTO agreements (document_id, ord, record, parties, date) VALUES (?, ?, ?, ?, ?)',
  );
  const setExtractor = db.prepare('UPDATE documents SET extractor = ? WHERE id = ?');
  const deletes = ['figures', 'entities', 'commitments', 'agreements'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE document_id = ?`),
  );
  const selectFigures = db.prepare('SELECT record FROM figures WHERE document_id = ? ORDER BY ord').pluck();
  const selectEntities = db.prepare('SELECT * FROM entities WHERE document_id = ? ORDER BY ord');
  const selectCommitments = db
    .prepare('SELECT record FROM commitments WHERE document_id = ? ORDER BY ord')
    .pluck();
  const selectAgreements = db
    .prepare('SELECT record FROM agreements WHERE document_id = ? ORDER BY ord')
    .pluck();
  const figureQueries = new Map<string, Database.Statement>();
  const selectCommitmentRows = db.prepare(
    `SELECT c.document_id, c.ord, c.record, c.actors AS parties, d.outlet, d.published
     FROM commitments c JOIN documents d ON d.id = c.document_id
     ORDER BY d.published IS NULL, d.published, c.document_id, c.ord`,
  );
  const selectAgreementRows = db.prepare(
    `SELECT a.document_id, a.ord, a.record, a.parties, d.outlet, d.published
     FROM agreements a JOIN documents d ON d.id = a.document_id
     ORDER BY a.date IS NULL, a.date, a.document_id, a.ord`,
  );
  const selectAllEntities = db.prepare('SELECT * FROM entities ORDER BY document_id, ord');
  const selectEntitiesOfType = db.prepare('SELECT * FROM entities WHERE type = ? ORDER BY document_id, ord');
  const listStored = <T>(statement: Database.Statement, filter: RecordFilter): Stored<T>[] => {
    const rows = (statement.all() as Array<RecordRow & { parties: string }>).filter((r) =>
      hasParties(r.parties, filter.parties),
    );
    const offset = filter.offset ?? 0;
    const page = filter.limit === undefined ? rows.slice(offset) : rows.slice(offset, offset + filter.limit);
    return page.map((r) => ({
      ...(JSON.parse(r.record) as T),
      document: r.document_id,
      ord: r.ord,
      outlet: r.outlet,
      published: r.published,
    }));
  };

  return {
    write(document, records) {
      records.figures.forEach((f, ord) => {
        const stored = storedFigureOf(f, document, ord);
        insertFigure.run(
          document.id,
          ord,
          stored.parties.join(','),
          stored.indicator,
          stored.kind,
          document.outlet,
          figureSortDate(stored, document.published),
          JSON.stringify(stored),
        );
      });
      records.entities.forEach((e: Entity, ord) => {
        insertEntity.run(
          document.id,
          ord,
          e.id,
          e.type,
          e.name,
          JSON.stringify(e.aliases),
          e.role,
          e.country,
          JSON.stringify(e.mentions),
        );
      });
      records.commitments.forEach((c: Commitment, ord) => {
        insertCommitment.run(
          document.id,
          ord,
          JSON.stringify(c),
          c.actors.join(','),
          c.action,
          c.status,
          document.published,
        );
      });
      records.agreements.forEach((a: Agreement, ord) => {
        insertAgreement.run(document.id, ord, JSON.stringify(a), a.parties.join(','), a.date);
      });
      setExtractor.run(records.extractor, document.id);
    },

    remove(documentId) {
      for (const statement of deletes) statement.run(documentId);
    },

    read(documentId) {
      const figures = (selectFigures.all(documentId) as string[]).map((json) =>
        withoutProvenance(JSON.parse(json) as StoredFigure),
      );
      const entities = (selectEntities.all(documentId) as Record<string, unknown>[]).map(
        (row): Entity => ({
          id: row.key as string,
          type: row.type as Entity['type'],
          name: row.name as string,
          aliases: JSON.parse(row.aliases as string),
          role: row.role as string | null,
          country: row.country as string | null,
          mentions: JSON.parse(row.mentions as string),
        }),
      );
      const commitments = (selectCommitments.all(documentId) as string[]).map(
        (r) => JSON.parse(r) as Commitment,
      );
      const agreements = (selectAgreements.all(documentId) as string[]).map(
        (r) => JSON.parse(r) as Agreement,
      );
      return { figures, entities, commitments, agreements };
    },

    listEntities(filter) {
      const rows = (filter.type ? selectEntitiesOfType.all(filter.type) : selectAllEntities.all()) as Array<{
        document_id: string;
        key: string;
        type: Entity['type'];
        name: string;
        aliases: string;
        role: string | null;
        country: string | null;
        mentions: string;
      }>;
      return summarizeEntities(
        rows.map((row) => ({
          ...row,
          aliases: JSON.parse(row.aliases) as string[],
          mentions: (JSON.parse(row.mentions) as unknown[]).length,
        })),
        filter,
      );
    },

    listCommitments(filter) {
      return listStored<Commitment>(selectCommitmentRows, filter);
    },

    listAgreements(filter) {
      return listStored<Agreement>(selectAgreementRows, filter);
    },

    listFigures(filter) {
      return figureQuery(filter).map((json) => JSON.parse(json) as StoredFigure);
    },

    listFigureJson(filter) {
      return figureQuery(filter);
    },
  };

  /** The records of the figures a filter selects, as JSON text, newest first. */
  function figureQuery(filter: FigureFilter): string[] {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (filter.parties) {
      where.push('f.parties = @parties');
      params.parties = partiesKey(filter.parties);
    }
    if (filter.indicator) {
      where.push('f.indicator = @indicator');
      params.indicator = filter.indicator;
    }
    if (filter.kind) {
      where.push('f.kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.outlet) {
      where.push('f.outlet = @outlet COLLATE NOCASE');
      params.outlet = filter.outlet;
    }
    if (filter.document) {
      where.push('f.document_id = @document');
      params.document = filter.document;
    }
    if (filter.since) {
      where.push('f.sort_date >= @since');
      params.since = filter.since;
    }
    if (filter.until) {
      where.push('f.sort_date <= @until');
      params.until = filter.until;
    }
    if (filter.after) {
      const key = readFigureCursor(filter.after);
      params.afterDocument = key.document;
      params.afterOrd = key.ord;
      if (key.date === null) {
        where.push('f.sort_date IS NULL AND (f.document_id, f.ord) > (@afterDocument, @afterOrd)');
      } else {
        params.afterDate = key.date;
        where.push(
          '(f.sort_date IS NULL OR f.sort_date < @afterDate OR (f.sort_date = @afterDate AND (f.document_id, f.ord) > (@afterDocument, @afterOrd)))',
        );
      }
    }
    params.limit = filter.limit ?? -1;
    params.offset = filter.offset ?? 0;
    const sql = `SELECT f.record FROM figures f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY f.sort_date DESC, f.document_id, f.ord LIMIT ${BOUND_LIMIT} OFFSET @offset`;
    let statement = figureQueries.get(sql);
    if (!statement) {
      statement = db.prepare(sql).pluck(true);
      figureQueries.set(sql, statement);
    }
    return statement.all(params) as string[];
  }
}
