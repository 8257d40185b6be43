import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { runCli } from '../../src/cli/main.js';
import { buildServer, type ServerOptions } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

export const ROOT = join(import.meta.dirname, '..', '..');

async function accord(args: string[]): Promise<void> {
  let stderr = '';
  const code = await runCli(['node', 'accord', ...args], {
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    isInteractive: false,
  });
  if (code !== 0) throw new Error(`accord ${args.join(' ')} failed (${code}): ${stderr}`);
}

/** A store in a temporary folder holding the bundled examples and their official statistics, as `npm run demo` makes. */
export async function exampleStore(): Promise<{ store: Store; path: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-server-'));
  const path = join(dir, 'accord.db');
  await accord(['ingest', join(ROOT, 'examples'), '--db', path, '--quiet']);
  await accord([
    'stats',
    'import',
    join(ROOT, 'examples/stats/kz-cn-trade-comtrade.csv'),
    join(ROOT, 'examples/stats/kz-cn-indicators.csv'),
    '--db',
    path,
  ]);
  const store = await openStore(path);
  return {
    store,
    path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A server over a store, with no dashboard unless a web root is given. */
export function serverFor(store: Store, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ store, webRoot: join(ROOT, 'test', 'server', 'no-web'), ...options });
}

/** GETs a path and parses the JSON body: `await getJson(app, '/api/figures?limit=5')`. */
export async function getJson<T = unknown>(
  app: FastifyInstance,
  url: string,
): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as T, headers: response.headers };
}
