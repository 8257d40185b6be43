import { AccordError } from '../errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Default store file when neither `--db` nor ACCORD_DB says otherwise. */
export const DEFAULT_DB = './accord.db';

/** Opens the store a location names: a file path means SQLite: `await openStore("accord.db")`. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new AccordError('BAD_INPUT', 'PostgreSQL stores are not supported yet; use an SQLite file path');
  }
  return openSqliteStore(location);
}
