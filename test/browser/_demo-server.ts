import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { runCli } from '../../src/cli/main.js';
import { buildServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The outlet of the hostile report the demo store gets beside the examples. */
export const HOSTILE_OUTLET = 'Hostile Test Wire';

/** A report whose text carries markup: the dashboard must show it as text and run none of it. */
export const HOSTILE_TEXT = [
  'Hostile markup in a trade report',
  // A pair the examples do not cover, so the demo's series keep the counts `npm run demo` shows.
  'Mongolia and Georgia said bilateral trade reached $41 million in 2023. <script>alert(1)</script>',
  'The ministry added <img src=x onerror="alert(2)"> that a new logistics hub would open in Tbilisi. <b onmouseover=alert(3)>bold</b>',
].join('\n');

/** A running demo: the server's base URL, its store, and how to stop both and remove the files. */
export interface DemoServer {
  url: string;
  store: Store;
  stop: () => Promise<void>;
}

async function cli(args: string[]): Promise<void> {
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

/**
 * Builds the demo store the way `npm run demo` does (the examples, then both official statistics files) plus one
 * hostile report, builds the dashboard into a temporary folder (so a stale dist/web is never what is tested), and
 * starts the server on a free loopback port: `const demo = await startDemoServer(); ... await demo.stop()`.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-browser-'));
  const db = join(dir, 'accord-demo.db');
  const webRoot = join(dir, 'web');
  await build({
    configFile: join(ROOT, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  await cli(['ingest', join(ROOT, 'examples'), '--db', db, '--quiet']);
  await cli([
    'stats',
    'import',
    join(ROOT, 'examples/stats/kz-cn-trade-comtrade.csv'),
    join(ROOT, 'examples/stats/kz-cn-indicators.csv'),
    '--db',
    db,
  ]);
  const hostile = join(dir, '2024-09-01-hostile.txt');
  writeFileSync(hostile, HOSTILE_TEXT);
  await cli(['ingest', hostile, '--outlet', HOSTILE_OUTLET, '--db', db, '--quiet']);

  const store = await openStore(db);
  const app = await buildServer({ store, webRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    stop: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
