/**
 * The server under load in its own process (one core, as `accord serve` runs): `node --import tsx
 * bench/_api-server.ts STORE` prints the address it listens on, and closes on SIGTERM.
 */
import { join } from 'node:path';
import { buildServer, openSqliteStore } from './_product.js';

const path = process.argv[2];
if (!path) throw new Error('usage: _api-server.ts STORE');
const store = await openSqliteStore(path);
const app = await buildServer({ store, webRoot: join(path, 'no-web') });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
process.once('SIGTERM', async () => {
  await app.close();
  await store.close();
  process.exit(0);
});
