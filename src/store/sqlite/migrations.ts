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
];
