/**
 * Numbered schema migrations for the PostgreSQL store, in step with SQLite's (src/store/sqlite/migrations.ts):
 * the same tables and columns under the same numbers, so that both stores answer alike. The `schema_version`
 * table holds the number of the last one applied; opening an older schema applies the rest in place, each in
 * its own transaction. Append only: never edit a migration that has shipped.
 *
 * Types: dates stay ISO text, as in SQLite, so that they compare and sort the same; columns that are sorted or
 * compared by range are COLLATE "C" (byte order, as SQLite's BINARY; lower() on them folds ASCII only, as
 * NOCASE does). JSON that is only read back whole is `json` (keeps its text, so keys keep their order);
 * lists of scalars are `jsonb`.
 */

/** SQL that removes the accents NFD splits off: the folding of the search index and of every query. */
const fold = (value: string) => `regexp_replace(normalize(${value}, NFD), '[\\u0300-\\u036f]', '', 'g')`;

export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: documents, with sentences kept as offsets into the text.
  `CREATE TABLE documents (
     id TEXT COLLATE "C" PRIMARY KEY,
     source TEXT NOT NULL,
     format TEXT NOT NULL,
     outlet TEXT COLLATE "C",
     title TEXT,
     author TEXT,
     published TEXT COLLATE "C",
     lang TEXT,
     text TEXT NOT NULL,
     sentences JSONB NOT NULL,
     ingested TEXT COLLATE "C" NOT NULL
   );
   CREATE INDEX documents_published ON documents (published DESC NULLS LAST, id);
   CREATE INDEX documents_outlet ON documents (lower(outlet), published DESC NULLS LAST);`,
  // 2: full-text search over titles and text: a generated tsvector of the text with diacritics removed
  // (communiqué is found by "communique", as SQLite's remove_diacritics does), titles weighted above text.
  // The index and every query (accord_fold) fold alike; the body of accord_search_vector names only built-in
  // functions, so that it runs under any search_path (pg_restore's is empty). A tsvector holds at most 1 MB,
  // which a long PDF can exceed: the text is indexed in pieces of 100,000 characters (cut at a space) for as
  // long as they fit, so such a document is stored whole and found by the words of its first few hundred pages.
  `CREATE FUNCTION accord_fold(value TEXT) RETURNS TEXT
     LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
     RETURN ${fold('value')};
   CREATE FUNCTION accord_search_vector(title TEXT, body TEXT) RETURNS TSVECTOR
     LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
   DECLARE
     folded TEXT := ${fold("coalesce(body, '')")};
     total INTEGER := length(folded);
     vector TSVECTOR := setweight(to_tsvector('simple', ${fold("coalesce(title, '')")}), 'A');
     piece TSVECTOR;
     pos INTEGER := 1;
     span INTEGER;
   BEGIN
     WHILE pos <= total LOOP
       span := 100000;
       IF pos + span <= total THEN
         span := span + strpos(substr(folded, pos + span, 200), ' ');
       END IF;
       piece := setweight(to_tsvector('simple', substr(folded, pos, span)), 'B');
       EXIT WHEN pg_column_size(vector) + pg_column_size(piece) > 1000000;
       vector := vector || piece;
       pos := pos + span;
     END LOOP;
     RETURN vector;
   END $fn$;
   ALTER TABLE documents ADD COLUMN search TSVECTOR
     GENERATED ALWAYS AS (accord_search_vector(title, text)) STORED;
   CREATE INDEX documents_search ON documents USING gin (search);`,
  // 3: records extracted from each document, with the extractor version that made them.
  `ALTER TABLE documents ADD COLUMN extractor TEXT;
   CREATE INDEX documents_extractor ON documents (extractor);
   CREATE TABLE figures (
     document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     start INTEGER NOT NULL,
     "end" INTEGER NOT NULL,
     text TEXT NOT NULL,
     value DOUBLE PRECISION,
     low DOUBLE PRECISION,
     high DOUBLE PRECISION,
     unit TEXT NOT NULL,
     approx TEXT,
     measure TEXT,
     indicator TEXT COLLATE "C",
     parties TEXT COLLATE "C" NOT NULL,
     direction_from TEXT,
     direction_to TEXT,
     period_label TEXT,
     period_start TEXT COLLATE "C",
     period_end TEXT COLLATE "C",
     kind TEXT NOT NULL,
     change JSON,
     sentence TEXT NOT NULL,
     published TEXT COLLATE "C",
     outlet TEXT COLLATE "C",
     PRIMARY KEY (document_id, ord)
   );
   CREATE INDEX figures_by_parties ON figures (parties, indicator, period_end);
   CREATE TABLE entities (
     document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     key TEXT NOT NULL,
     type TEXT NOT NULL,
     name TEXT NOT NULL,
     aliases JSONB NOT NULL,
     role TEXT,
     country TEXT,
     mentions JSON NOT NULL,
     PRIMARY KEY (document_id, ord)
   );
   CREATE INDEX entities_by_name ON entities (type, name);
   CREATE TABLE commitments (
     document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     record JSON NOT NULL,
     actors TEXT COLLATE "C" NOT NULL,
     action TEXT NOT NULL,
     status TEXT NOT NULL,
     published TEXT COLLATE "C",
     PRIMARY KEY (document_id, ord)
   );
   CREATE INDEX commitments_by_actors ON commitments (actors, published);
   CREATE TABLE agreements (
     document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     record JSON NOT NULL,
     parties TEXT COLLATE "C" NOT NULL,
     date TEXT COLLATE "C",
     PRIMARY KEY (document_id, ord)
   );
   CREATE INDEX agreements_by_parties ON agreements (parties, date);`,
  // 4: official statistics (UN Comtrade and simple CSV files), replaced whole when a file is imported again.
  `CREATE TABLE official_observations (
     file TEXT COLLATE "C" NOT NULL,
     "row" INTEGER NOT NULL,
     indicator TEXT COLLATE "C" NOT NULL,
     parties TEXT COLLATE "C" NOT NULL,
     direction_from TEXT,
     direction_to TEXT,
     reporter TEXT COLLATE "C",
     period_label TEXT COLLATE "C" NOT NULL,
     period_start TEXT,
     period_end TEXT,
     value DOUBLE PRECISION NOT NULL,
     unit TEXT NOT NULL,
     source TEXT NOT NULL,
     flow TEXT,
     is_reported BOOLEAN,
     imported TEXT NOT NULL,
     PRIMARY KEY (file, "row")
   );
   CREATE INDEX official_by_parties ON official_observations (parties, indicator, period_label);`,
  // 5: figures carry their document's source and a sort date (period end, else published), so that a figures
  // query reads one index in order and no document row.
  `ALTER TABLE figures ADD COLUMN source TEXT NOT NULL DEFAULT '';
   ALTER TABLE figures ADD COLUMN sort_date TEXT COLLATE "C";
   UPDATE figures f SET source = d.source, sort_date = coalesce(f.period_end, f.published)
     FROM documents d WHERE d.id = f.document_id;
   DROP INDEX figures_by_parties;
   CREATE INDEX figures_by_parties ON figures (parties, indicator, sort_date DESC NULLS LAST, document_id, ord);`,
  // 6: figures by date for lists not narrowed to a pair (SQLite's migration 6 also adds an index that
  // PostgreSQL's documents_published, NULLS LAST, already is).
  `CREATE INDEX figures_by_date ON figures (sort_date DESC NULLS LAST, document_id, ord);`,
  // 7: as SQLite's 7, a figure is kept as its record, the JSON the API sends (a json column keeps its text as
  // written), beside the columns that filter and sort it. Records written here by json_build_object read back the
  // same as new writes; their text has a space around each colon.
  `CREATE TABLE figures_7 (
     document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     ord INTEGER NOT NULL,
     parties TEXT COLLATE "C" NOT NULL,
     indicator TEXT COLLATE "C",
     kind TEXT NOT NULL,
     outlet TEXT COLLATE "C",
     sort_date TEXT COLLATE "C",
     record JSON NOT NULL,
     PRIMARY KEY (document_id, ord)
   );
   INSERT INTO figures_7 (document_id, ord, parties, indicator, kind, outlet, sort_date, record)
   SELECT document_id, ord, parties, indicator, kind, outlet, sort_date,
     json_build_object(
       'text', text, 'start', start, 'end', "end", 'value', value, 'low', low, 'high', high, 'unit', unit,
       'approx', approx, 'measure', measure, 'indicator', indicator,
       'parties', CASE WHEN parties = '' THEN '[]'::json ELSE to_json(string_to_array(parties, ',')) END,
       'direction', CASE WHEN direction_from <> '' AND direction_to <> ''
         THEN json_build_object('from', direction_from, 'to', direction_to) END,
       'period', CASE WHEN period_label IS NOT NULL
         THEN json_build_object('label', period_label, 'start', period_start, 'end', period_end) END,
       'kind', kind, 'change', change, 'sentence', sentence,
       'document', document_id, 'ord', ord, 'outlet', outlet, 'published', published, 'source', source)
   FROM figures;
   DROP TABLE figures;
   ALTER TABLE figures_7 RENAME TO figures;
   ALTER INDEX figures_7_pkey RENAME TO figures_pkey;
   CREATE INDEX figures_by_parties ON figures (parties, indicator, sort_date DESC NULLS LAST, document_id, ord);
   CREATE INDEX figures_by_date ON figures (sort_date DESC NULLS LAST, document_id, ord);`,
];
