import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Default store file when neither `--db` nor ACCORD_DB says otherwise. */
export const DEFAULT_DB = './accord.db';

/**
 * Opens the store a location names: a postgres:// or postgresql:// URL means PostgreSQL (`?schema=NAME` picks
 * the schema), anything else is an SQLite file path: `await openStore("accord.db")`.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) return openPostgresStore(location);
  return openSqliteStore(location);
}
