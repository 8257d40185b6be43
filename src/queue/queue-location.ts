import { AccordError } from '../errors.js';
import { DEFAULT_QUEUE_SCHEMA } from './_constants.js';

/** Where the queue lives: a PostgreSQL connection string and the schema of pg-boss's tables. */
export interface QueueLocation {
  /** The connection string without the `schema` parameter. */
  url: string;
  schema: string;
  /** The URL with the password hidden, for messages. */
  display: string;
}

// A PostgreSQL URL. Matches `postgres://u@db:5432/accord` and `postgresql://db/x`; not `accord.db` or `mysql://db`.
const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;
// A PostgreSQL identifier pg-boss accepts. Matches `accord_queue`, `q_1a2b`; not `1queue` or `team-queue`.
const SCHEMA_NAME = /^[A-Za-z_]\w{0,49}$/;

// The password of an unparsable URL. Matches `:pw@` in `postgres://u:pw@db`; not `:5432/` in `postgres://db:5432/x`.
const PASSWORD_PART = /:[^:@/]*@/;

/** True for a PostgreSQL connection string: `isPostgresUrl("postgres://db/accord")` is true. */
export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** A connection string with its password hidden: `redactUrl("postgres://u:pw@db/x")` is "postgres://u:***@db/x". */
export function redactUrl(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location.replace(PASSWORD_PART, ':***@');
  }
}

/**
 * The queue a command uses: `--queue-db` (or ACCORD_QUEUE), else the store when it is PostgreSQL. The schema is
 * the URL's `?schema=` parameter; derived from a store URL, it is the store's schema with `_queue` appended, so
 * stores that share a database keep separate queues: `resolveQueueLocation(undefined, "postgres://db/x")`.
 */
export function resolveQueueLocation(
  queueDb: string | undefined,
  storeDb: string | undefined,
): QueueLocation {
  const fromStore = !queueDb;
  const location = queueDb || (storeDb && isPostgresUrl(storeDb) ? storeDb : undefined);
  if (!location) {
    throw new AccordError(
      'BAD_INPUT',
      'the work queue needs PostgreSQL: give --queue-db postgres://... (or ACCORD_QUEUE), or a PostgreSQL store with --db',
    );
  }
  if (!isPostgresUrl(location)) {
    throw new AccordError(
      'BAD_INPUT',
      `the queue database must be a postgres:// URL, got "${redactUrl(location)}"`,
    );
  }
  let url: URL;
  try {
    url = new URL(location);
  } catch (error) {
    throw new AccordError('BAD_INPUT', `not a valid URL: "${redactUrl(location)}"`, { cause: error });
  }
  const given = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const schema = given ? (fromStore ? `${given}_queue` : given) : DEFAULT_QUEUE_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw new AccordError(
      'BAD_INPUT',
      `queue schema "${schema}" is not a plain PostgreSQL name (letters, digits, _; at most 50)`,
    );
  }
  const plain = url.toString();
  return { url: plain, schema, display: `${redactUrl(plain)} (schema ${schema})` };
}
