/**
 * The floor under ingest, for a same-run comparison: the least any ingest must do with the same files and
 * the same store schema. It reads each file synchronously, decodes it as UTF-8 and inserts it with its FTS5
 * index in transactions of 64 — no format sniffing, no normalization, no sentences, no language, no id
 * hashing. The product's docs/s divided by the floor's, measured back to back, survives a noisy machine
 * better than either number alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Files under `dir`, in order. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Documents per second of the floor over the files under `corpus`, into a new database at `dbPath`. */
export function ingestFloor(corpus: string, dbPath: string): { documents: number; seconds: number } {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE documents_fts USING fts5 (
      text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
    END;`);
  const insert = db.prepare('INSERT INTO documents (source, text) VALUES (?, ?)');
  const batch = db.transaction((paths: string[]) => {
    for (const path of paths) insert.run(path, readFileSync(path, 'utf8'));
  });
  const started = performance.now();
  const files = filesUnder(corpus);
  for (let i = 0; i < files.length; i += 64) batch(files.slice(i, i + 64));
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { documents: files.length, seconds };
}
