import { AccordError, errorMessage } from '../../errors.js';
import { createConnection, parsePostgresUrl } from './connection.js';

/**
 * Removes a schema and everything in it, for tests and benchmarks that made their own:
 * `await dropPostgresSchema('postgres://root@127.0.0.1/test', 'accord_bench_1')`. Errors are thrown with the
 * server named, never the password.
 */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const target = parsePostgresUrl(url, schema);
  const connection = createConnection({ ...target, schema: null }, { poolSize: 1 });
  try {
    await connection.run((client) => client.query(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`));
  } catch (error) {
    throw new AccordError(
      'BAD_STORE',
      `cannot drop schema ${schema} at ${target.where}: ${errorMessage(error)}`,
      {
        cause: error,
      },
    );
  } finally {
    await connection.close();
  }
}
