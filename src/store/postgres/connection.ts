import pg from 'pg';
import { AccordError, errorMessage } from '../../errors.js';

/** How to reach the PostgreSQL store; every field optional. */
export interface PostgresStoreOptions {
  /** Connections kept open at most (default 4). */
  poolSize?: number | undefined;
  /** Schema that holds Accord's tables, created when missing; overrides `?schema=` in the URL. */
  schema?: string | undefined;
  /** How long to wait for a connection before giving up, in milliseconds (default 5000). */
  connectTimeoutMs?: number | undefined;
  /** The name the store's sessions show in pg_stat_activity (default "accord"). */
  applicationName?: string | undefined;
}

/** A connection string taken apart: what `pg` is given, and what a person may be shown. */
export interface PostgresTarget {
  /** The URL without Accord's own parameters (schema). */
  connectionString: string;
  schema: string | null;
  /** The URL with the password hidden. */
  location: string;
  /** host:port/database, for messages. */
  where: string;
  /** Startup options from the URL (`?options=-c ...`), kept and extended with the search path. */
  options: string | null;
}

// Matches `accord_test_1`; must not match `Accord` (case would need quoting) or `a-b`.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Reads `postgres://user:secret@db:5432/accord?schema=accord_a` into what the store needs. */
export function parsePostgresUrl(url: string, schemaOption?: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AccordError(
      'BAD_INPUT',
      'not a PostgreSQL connection string: expected postgres://user@host/db',
    );
  }
  const schema = schemaOption ?? parsed.searchParams.get('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new AccordError(
      'BAD_INPUT',
      `schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _ (at most 63)`,
    );
  }
  const options = parsed.searchParams.get('options');
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('options');
  const connectionString = parsed.toString();

  const host = parsed.searchParams.get('host') || decodeURIComponent(parsed.hostname) || 'localhost';
  const port = parsed.searchParams.get('port') || parsed.port || '5432';
  const user = decodeURIComponent(parsed.username);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user || '(default database)';

  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  if (shown.searchParams.has('password')) shown.searchParams.set('password', '***');
  if (schema !== null) shown.searchParams.set('schema', schema);
  return {
    connectionString,
    schema,
    location: shown.toString(),
    where: `${host}:${port}/${database}`,
    options,
  };
}

// SQLSTATEs after which the session is gone: admin shutdown, crash shutdown, cannot connect now, and the
// connection exception class (08xxx).
const LOST_STATES = new Set(['57P01', '57P02', '57P03']);
// Matches pg's "Connection terminated unexpectedly" and "Client has encountered a connection error";
// must not match a query's own error ("relation documents does not exist").
const LOST_MESSAGE = /connection terminated|connection error|not queryable|ECONNRESET|EPIPE|socket/i;

/** True when an error means the connection is unusable (the server ended it or the network dropped). */
export function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (LOST_STATES.has(code) || code.startsWith('08'))) return true;
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNREFUSED') return true;
  return error instanceof Error && !(error instanceof AccordError) && LOST_MESSAGE.test(error.message);
}

// Deadlock detected and serialization failure: the transaction did nothing and may simply be run again.
const RETRY_STATES = new Set(['40P01', '40001']);

export interface RunOptions {
  /** Whether the work may be run again on a fresh connection after a failure (default: always). */
  isRetryable?: (() => boolean) | undefined;
}

/** A pool of connections to one schema, with the retry and error rules every store call shares. */
export interface Connection {
  readonly target: PostgresTarget;
  /** Runs `work` on one client; a dead connection is discarded and the work run again on a fresh one. */
  run<T>(work: (client: pg.PoolClient) => Promise<T>, options?: RunOptions): Promise<T>;
  /** Runs `work` in one transaction (BEGIN ... COMMIT, ROLLBACK on throw), retried as `run` is. */
  transaction<T>(
    work: (client: pg.PoolClient) => Promise<T>,
    options?: RunOptions & { begin?: string | undefined },
  ): Promise<T>;
  close(): Promise<void>;
}

/** Opens a pool (no connection is made until first use): `createConnection(parsePostgresUrl(url), {})`. */
export function createConnection(target: PostgresTarget, options: PostgresStoreOptions = {}): Connection {
  const { poolSize = 4, connectTimeoutMs = 5000, applicationName = 'accord' } = options;
  const startup = [target.options, target.schema ? `-c search_path=${target.schema}` : null].filter(Boolean);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: applicationName,
    ...(startup.length > 0 ? { options: startup.join(' ') } : {}),
  });
  // An idle connection that the server ends emits here; the pool drops it and the next call opens another.
  pool.on('error', () => {});
  const ignore = () => {};
  let closed = false;

  const connect = async (): Promise<pg.PoolClient> => {
    if (closed) throw new AccordError('BAD_STORE', `the store at ${target.location} is closed`);
    try {
      const client = await pool.connect();
      // A connection that drops between two queries emits 'error' on its client; the next query reports it.
      client.on('error', ignore);
      return client;
    } catch (error) {
      throw new AccordError(
        'BAD_STORE',
        `cannot connect to PostgreSQL at ${target.where}: ${errorMessage(error) || 'no answer'}`,
        { cause: error },
      );
    }
  };

  const run: Connection['run'] = async (work, { isRetryable = () => true } = {}) => {
    for (let attempt = 1; ; attempt++) {
      const client = await connect();
      let broken = false;
      try {
        return await work(client);
      } catch (error) {
        broken = isConnectionLost(error);
        const again = broken || RETRY_STATES.has((error as { code?: string }).code ?? '');
        // Every idle connection of the pool may have died together: allow one attempt per connection, plus one.
        if (!again || !isRetryable() || attempt > poolSize) {
          if (!broken) throw error;
          throw new AccordError(
            'BAD_STORE',
            `lost the connection to PostgreSQL at ${target.where}: ${errorMessage(error)}`,
            { cause: error },
          );
        }
      } finally {
        client.off('error', ignore);
        client.release(broken ? new Error('connection lost') : undefined);
      }
    }
  };

  return {
    target,
    run,
    transaction(work, { begin = 'BEGIN', ...runOptions } = {}) {
      return run(async (client) => {
        await client.query(begin);
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(client);
        } catch (error) {
          // A failed ROLLBACK means the connection is gone; the original error says why the work stopped.
          await client.query('ROLLBACK').catch((rollbackError: unknown) => {
            throw isConnectionLost(error) ? error : rollbackError;
          });
          throw error;
        }
        await client.query('COMMIT');
        return result;
      }, runOptions);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
