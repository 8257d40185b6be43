/**
 * A REAL column as JSON.stringify writes its value: whole numbers without SQLite's ".0" (41000000000, not
 * 41000000000.0), so that a record written by a migration is the text a new write gives.
 */
const asWritten = (column: string) =>
  `CASE WHEN ${column} = CAST(${column} AS INTEGER) AND abs(${column}) < 9e15 THEN CAST(${column} AS INTEGER) ELSE ${column} END`;

/**
 * Numbered schema migrations for the SQLite store. `PRAGMA user_version` holds the number of the last one
 * applied; opening an older file applies the rest in place, each in its own transaction. Append only:
 * never edit a migration that has shipped.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: documents, with sentences kept as offsets into the text.
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     source TEXT NOT NULL,
     format TEXT NOT NULL,
     outlet TEXT,
     title TEXT,
     author TEXT,
     published TEXT,
     lang TEXT,
     text TEXT NOT NULL,
     sentences TEXT NOT NULL,
     ingested TEXT NOT NULL
   );
   CREATE INDEX documents_published ON documents (published DESC, id);
   CREATE INDEX documents_outlet ON documents (outlet, published DESC);`,
  // 2: full-text search over titles and text (FTS5, external content, kept in step by triggers).
  `CREATE VIRTUAL TABLE documents_fts USING fts5 (
     title, text, content = 'documents', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
   );
   CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
     INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
   END;
   CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
     INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
   END;
   CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
     INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
     INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
   END;
   INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');`,
  // 3: records extracted from each document, with the extractor version that made them.
  `ALTER TABLE documents ADD COLUMN extractor TEXT;
   CREATE INDEX documents_extractor ON documents (extractor);
   CREATE TABLE figures (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     start INTEGER NOT NULL,
     end INTEGER NOT NULL,
     text TEXT NOT NULL,
     value REAL,
     low REAL,
     high REAL,
     unit TEXT NOT NULL,
     approx TEXT,
     measure TEXT,
     indicator TEXT,
     parties TEXT NOT NULL,
     direction_from TEXT,
     direction_to TEXT,
     period_label TEXT,
     period_start TEXT,
     period_end TEXT,
     kind TEXT NOT NULL,
     change TEXT,
     sentence TEXT NOT NULL,
     published TEXT,
     outlet TEXT,
     PRIMARY KEY (document_id, ord)
   ) WITHOUT ROWID;
   CREATE INDEX figures_by_parties ON figures (parties, indicator, period_end);
   CREATE TABLE entities (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     key TEXT NOT NULL,
     type TEXT NOT NULL,
     name TEXT NOT NULL,
     aliases TEXT NOT NULL,
     role TEXT,
     country TEXT,
     mentions TEXT NOT NULL,
     PRIMARY KEY (document_id, ord)
   ) WITHOUT ROWID;
   CREATE INDEX entities_by_name ON entities (type, name);
   CREATE TABLE commitments (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     record TEXT NOT NULL,
     actors TEXT NOT NULL,
     action TEXT NOT NULL,
     status TEXT NOT NULL,
     published TEXT,
     PRIMARY KEY (document_id, ord)
   ) WITHOUT ROWID;
   CREATE INDEX commitments_by_actors ON commitments (actors, published);
   CREATE TABLE agreements (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     record TEXT NOT NULL,
     parties TEXT NOT NULL,
     date TEXT,
     PRIMARY KEY (document_id, ord)
   ) WITHOUT ROWID;
   CREATE INDEX agreements_by_parties ON agreements (parties, date);`,
  // 4: official statistics (UN Comtrade and simple CSV files), replaced whole when a file is imported again.
  `CREATE TABLE official_observations (
     file TEXT NOT NULL,
     row INTEGER NOT NULL,
     indicator TEXT NOT NULL,
     parties TEXT NOT NULL,
     direction_from TEXT,
     direction_to TEXT,
     reporter TEXT,
     period_label TEXT NOT NULL,
     period_start TEXT,
     period_end TEXT,
     value REAL NOT NULL,
     unit TEXT NOT NULL,
     source TEXT NOT NULL,
     flow TEXT,
     is_reported INTEGER,
     imported TEXT NOT NULL,
     PRIMARY KEY (file, row)
   ) WITHOUT ROWID;
   CREATE INDEX official_by_parties ON official_observations (parties, indicator, period_label);`,
  // 5: figures carry their document's source and a sort date (period end, else published), so that a figures
  // query reads one index in order and no document row (measured: EXPLAIN QUERY PLAN showed a temp B-tree sort).
  `ALTER TABLE figures ADD COLUMN source TEXT NOT NULL DEFAULT '';
   ALTER TABLE figures ADD COLUMN sort_date TEXT;
   UPDATE figures SET source = (SELECT d.source FROM documents d WHERE d.id = figures.document_id),
                      sort_date = coalesce(period_end, published);
   DROP INDEX figures_by_parties;
   CREATE INDEX figures_by_parties ON figures (parties, indicator, sort_date DESC, document_id, ord);`,
  // 6: reading in order without sorting (EXPLAIN QUERY PLAN showed temp B-tree sorts at 200,000 documents):
  // documents newest first with the undated last, and figures by date for lists not narrowed to a pair.
  `CREATE INDEX documents_in_order ON documents ((published IS NULL), published DESC, id);
   CREATE INDEX figures_by_date ON figures (sort_date DESC, document_id, ord);`,
  // 7: a figure is kept as its record, the JSON the API sends, beside the columns that filter and sort it. A page of
  // figures is then its rows' text joined, where building each object from 24 columns and serializing it again
  // cost twice the CPU of the whole request (measured on a 50-figure page of a 1,000,000-figure store). The record
  // costs about twice the columns' space: key names and the provenance columns repeated.
  `CREATE TABLE figures_7 (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     parties TEXT NOT NULL,
     indicator TEXT,
     kind TEXT NOT NULL,
     outlet TEXT,
     sort_date TEXT,
     record TEXT NOT NULL,
     PRIMARY KEY (document_id, ord)
   ) WITHOUT ROWID;
   INSERT INTO figures_7 (document_id, ord, parties, indicator, kind, outlet, sort_date, record)
   SELECT document_id, ord, parties, indicator, kind, outlet, sort_date,
     json_object(
       'text', text, 'start', start, 'end', end,
       'value', ${asWritten('value')}, 'low', ${asWritten('low')}, 'high', ${asWritten('high')}, 'unit', unit,
       'approx', approx, 'measure', measure, 'indicator', indicator,
       'parties', CASE WHEN parties = '' THEN json_array() ELSE json('["' || replace(parties, ',', '","') || '"]') END,
       'direction', CASE WHEN direction_from <> '' AND direction_to <> ''
         THEN json_object('from', direction_from, 'to', direction_to) END,
       'period', CASE WHEN period_label IS NOT NULL
         THEN json_object('label', period_label, 'start', period_start, 'end', period_end) END,
       'kind', kind, 'change', json(change), 'sentence', sentence,
       'document', document_id, 'ord', ord, 'outlet', outlet, 'published', published, 'source', source)
   FROM figures;
   DROP TABLE figures;
   ALTER TABLE figures_7 RENAME TO figures;
   CREATE INDEX figures_by_parties ON figures (parties, indicator, sort_date DESC, document_id, ord);
   CREATE INDEX figures_by_date ON figures (sort_date DESC, document_id, ord);`,
];
