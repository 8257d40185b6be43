import type Database from 'better-sqlite3';
import type {
  Agreement,
  Commitment,
  Document,
  DocumentRecords,
  Entity,
  Figure,
  StoredFigure,
} from '../../types.js';
import { readFigureCursor } from '../cursor.js';
import type { EntitySummary, FigureFilter, RecordFilter, Stored } from '../store.js';

/** Statements that write and read the records of documents; built once per connection. */
export interface RecordStatements {
  write(document: Document, records: DocumentRecords): void;
  remove(documentId: string): void;
  read(documentId: string): Omit<DocumentRecords, 'extractor'>;
  listFigures(filter: FigureFilter): StoredFigure[];
  listCommitments(filter: RecordFilter): Stored<Commitment>[];
  listAgreements(filter: RecordFilter): Stored<Agreement>[];
  listEntities(filter: {
    type?: string | undefined;
    name?: string | undefined;
    limit?: number | undefined;
  }): EntitySummary[];
}

interface RecordRow {
  document_id: string;
  ord: number;
  record: string;
  outlet: string | null;
  published: string | null;
}

/** Rows whose comma-joined party column holds every wanted code. */
function hasParties(column: string, parties: readonly string[] | undefined): boolean {
  if (!parties || parties.length === 0) return true;
  const held = column.split(',');
  return parties.every((p) => held.includes(p.toUpperCase()));
}

interface FigureRow {
  document_id: string;
  ord: number;
  start: number;
  end: number;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  approx: Figure['approx'];
  measure: string | null;
  indicator: string | null;
  parties: string;
  direction_from: string | null;
  direction_to: string | null;
  period_label: string | null;
  period_start: string | null;
  period_end: string | null;
  kind: Figure['kind'];
  change: string | null;
  sentence: string;
  published: string | null;
  outlet: string | null;
  source: string;
}

function toFigure(row: FigureRow): StoredFigure {
  return {
    text: row.text,
    start: row.start,
    end: row.end,
    value: row.value,
    low: row.low,
    high: row.high,
    unit: row.unit,
    approx: row.approx,
    measure: row.measure,
    indicator: row.indicator,
    parties: row.parties === '' ? [] : row.parties.split(','),
    direction:
      row.direction_from && row.direction_to ? { from: row.direction_from, to: row.direction_to } : null,
    period:
      row.period_label === null
        ? null
        : { label: row.period_label, start: row.period_start, end: row.period_end },
    kind: row.kind,
    change: row.change === null ? null : JSON.parse(row.change),
    sentence: row.sentence,
    document: row.document_id,
    ord: row.ord,
    outlet: row.outlet,
    published: row.published,
    source: row.source,
  };
}

/** Builds the record statements on a connection whose schema has the record tables. */
export function createRecordStatements(db: Database.Database): RecordStatements {
  const insertFigure = db.prepare(
    `INSERT INTO figures (document_id, ord, start, end, text, value, low, high, unit, approx, measure, indicator,
       parties, direction_from, direction_to, period_label, period_start, period_end, kind, change, sentence,
       published, outlet, source, sort_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  const selectFigures = db.prepare('SELECT * FROM figures WHERE document_id = ? ORDER BY ord');
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
  const selectAllEntities = db.prepare('SELECT * FROM entities');
  const selectEntitiesOfType = db.prepare('SELECT * FROM entities WHERE type = ?');
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
        insertFigure.run(
          document.id,
          ord,
          f.start,
          f.end,
          f.text,
          f.value,
          f.low,
          f.high,
          f.unit,
          f.approx,
          f.measure,
          f.indicator,
          f.parties.join(','),
          f.direction?.from ?? null,
          f.direction?.to ?? null,
          f.period?.label ?? null,
          f.period?.start ?? null,
          f.period?.end ?? null,
          f.kind,
          f.change ? JSON.stringify(f.change) : null,
          f.sentence,
          document.published,
          document.outlet,
          document.source,
          f.period?.end ?? document.published,
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
      const figures = (selectFigures.all(documentId) as FigureRow[]).map((row) => {
        const { document: _d, ord: _o, outlet: _out, published: _p, source: _s, ...figure } = toFigure(row);
        return figure;
      });
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
      const byKey = new Map<string, EntitySummary & { seen: Set<string> }>();
      for (const row of rows) {
        let summary = byKey.get(row.key);
        if (!summary) {
          summary = {
            id: row.key,
            type: row.type,
            name: row.name,
            aliases: [],
            roles: [],
            country: row.country,
            documents: 0,
            mentions: 0,
            seen: new Set(),
          };
          byKey.set(row.key, summary);
        }
        if (!summary.seen.has(row.document_id)) {
          summary.seen.add(row.document_id);
          summary.documents++;
        }
        summary.mentions += (JSON.parse(row.mentions) as unknown[]).length;
        for (const alias of JSON.parse(row.aliases) as string[])
          if (!summary.aliases.includes(alias)) summary.aliases.push(alias);
        if (row.role && !summary.roles.includes(row.role)) summary.roles.push(row.role);
      }
      const wanted = filter.name?.toLowerCase();
      const out = [...byKey.values()]
        .filter(
          (e) =>
            !wanted || e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted),
        )
        .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
        .map(({ seen: _seen, ...summary }) => summary);
      return filter.limit === undefined ? out : out.slice(0, filter.limit);
    },

    listCommitments(filter) {
      return listStored<Commitment>(selectCommitmentRows, filter);
    },

    listAgreements(filter) {
      return listStored<Agreement>(selectAgreementRows, filter);
    },

    listFigures(filter) {
      const where: string[] = [];
      const params: Record<string, string | number> = {};
      if (filter.parties) {
        where.push('f.parties = @parties');
        params.parties = [...filter.parties]
          .map((p) => p.toUpperCase())
          .sort()
          .join(',');
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
      const sql = `SELECT f.* FROM figures f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY f.sort_date DESC, f.document_id, f.ord LIMIT @limit OFFSET @offset`;
      let statement = figureQueries.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        figureQueries.set(sql, statement);
      }
      return (statement.all(params) as FigureRow[]).map(toFigure);
    },
  };
}
