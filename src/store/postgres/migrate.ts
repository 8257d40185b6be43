import type pg from 'pg';
import { AccordError, errorMessage } from '../../errors.js';
import type { Connection } from './connection.js';

/**
 * Brings a schema to the version this program knows, one migration per transaction. Each transaction first
 * takes an advisory lock named after the schema, so that two processes opening the same new or old store at
 * once apply each migration exactly once: the second waits, then finds the work done.
 */

const VERSION_TABLE = `CREATE TABLE schema_version (
   singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
   version INTEGER NOT NULL
 );
 INSERT INTO schema_version (version) VALUES (0);`;

/** The schema the store's tables live in: the one asked for, else the first of the connection's search path. */
async function schemaOf(client: pg.PoolClient, wanted: string | null): Promise<string> {
  if (wanted) return wanted;
  const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
  const schema = rows[0]?.schema;
  if (!schema) throw new AccordError('BAD_STORE', 'no schema to create tables in: set ?schema=NAME');
  return schema;
}

/** One step under the lock: creates what is missing, applies the next migration; false when up to date. */
async function step(
  client: pg.PoolClient,
  wanted: string | null,
  migrations: readonly string[],
  location: string,
): Promise<boolean> {
  const schema = await schemaOf(client, wanted);
  await client.query("SELECT pg_advisory_xact_lock(hashtextextended('accord:schema:' || $1, 0))", [schema]);
  // Created only when missing: a reader without CREATE rights can still open an up-to-date store.
  const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (exists.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
  const table = await client.query('SELECT to_regclass($1) AS name', [`"${schema}".schema_version`]);
  if (table.rows[0]?.name === null) await client.query(VERSION_TABLE);
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
  const current = rows[0]?.version ?? 0;
  if (current > migrations.length) {
    throw new AccordError(
      'STORE_TOO_NEW',
      `${location} has schema version ${current}, newer than this Accord knows (${migrations.length}); upgrade Accord`,
    );
  }
  if (current === migrations.length) return false;
  await client.query(migrations[current] as string);
  await client.query('UPDATE schema_version SET version = $1', [current + 1]);
  return true;
}

/** Applies the migrations a schema lacks: `await migrate(connection, POSTGRES_MIGRATIONS)`. */
export async function migrate(connection: Connection, migrations: readonly string[]): Promise<void> {
  const { schema, location } = connection.target;
  try {
    while (await connection.transaction((client) => step(client, schema, migrations, location))) {
      // one migration per transaction
    }
  } catch (error) {
    if (error instanceof AccordError) throw error;
    throw new AccordError('BAD_STORE', `cannot open store ${location}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}
