/**
 * The dashboard: its bundle size (every JS and CSS file of dist/web through gzip; target under 300 KB) and the time to
 * the first chart on the demo store in headless Chromium (navigation start to the relationship page's chart canvas).
 * Like the other benchmarks it runs the shipped build: dist/ for the CLI and server, dist/web for the dashboard.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type * as Main from '../src/cli/main.js';
import type * as App from '../src/server/app.js';
import type * as OpenStore from '../src/store/open-store.js';
import { launchChromium } from '../test/browser/_browser.js';

/** The page's globals the timing script uses (the root tsconfig has no DOM library). */
declare const window: { __marks?: Record<string, number> };
declare const document: { querySelector(selector: string): unknown };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: { childList: boolean; subtree: boolean }): void;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WEB = join(ROOT, 'dist/web');
const TARGET_KB = 300;
const PAGE = '/relationship/CN-KZ?indicator=trade.total';

async function load<T>(path: string): Promise<T> {
  return (await import(new URL(`../dist/${path}`, import.meta.url).href)) as T;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every script and stylesheet the dashboard loads, raw and gzipped (level 9, as a server would send them). */
export function bundleSize(): Record<string, unknown> {
  if (!existsSync(join(WEB, 'index.html'))) throw new Error(`${WEB} has no build: run npm run build first`);
  const files = filesUnder(WEB)
    .filter((file) => ['.js', '.css'].includes(extname(file)))
    .map((file) => {
      const bytes = readFileSync(file);
      return {
        file: relative(WEB, file),
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    });
  const sum = (kind: string) =>
    files.filter((f) => f.file.endsWith(kind)).reduce((n, f) => n + f.gzipBytes, 0);
  const totalGzipBytes = files.reduce((n, f) => n + f.gzipBytes, 0);
  return {
    files,
    jsGzipBytes: sum('.js'),
    cssGzipBytes: sum('.css'),
    totalGzipBytes,
    totalGzipKB: Math.round((totalGzipBytes / 1024) * 10) / 10,
    targetKB: TARGET_KB,
    withinTarget: totalGzipBytes < TARGET_KB * 1024,
  };
}

async function demoStore(dir: string): Promise<string> {
  const { runCli } = await load<typeof Main>('cli/main.js');
  const db = join(dir, 'accord-demo.db');
  const io = { stdout: () => {}, stderr: () => {}, isInteractive: false };
  for (const args of [
    ['ingest', join(ROOT, 'examples'), '--db', db, '--quiet'],
    [
      'stats',
      'import',
      join(ROOT, 'examples/stats/kz-cn-trade-comtrade.csv'),
      join(ROOT, 'examples/stats/kz-cn-indicators.csv'),
      '--db',
      db,
    ],
  ]) {
    const code = await runCli(['node', 'accord', ...args], io);
    if (code !== 0) throw new Error(`accord ${args[0]} failed with ${code}`);
  }
  return db;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Loads the relationship page `runs` times, each in a fresh browser context (nothing cached), and reads when its
 * first chart canvas and its first source point appeared, in ms since navigation start (the page's time origin).
 */
export async function timeToFirstChart(runs = 7): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-dashboard-'));
  const { openStore } = await load<typeof OpenStore>('store/open-store.js');
  const { buildServer } = await load<typeof App>('server/app.js');
  const store = await openStore(await demoStore(dir));
  const app = await buildServer({ store, webRoot: WEB });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await launchChromium();
  const canvas: number[] = [];
  const points: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // Runs before the page's own script; evaluated through the DevTools protocol, so the CSP does not apply.
      await page.addInitScript(() => {
        const marks: Record<string, number> = {};
        window.__marks = marks;
        new MutationObserver(() => {
          if (marks.canvas === undefined && document.querySelector('.series-panel canvas'))
            marks.canvas = performance.now();
          if (marks.point === undefined && document.querySelector('.series-panel .point'))
            marks.point = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`http://127.0.0.1:${port}${PAGE}`);
      await page.waitForSelector('.series-panel .point');
      const marks = (await page.evaluate(() => window.__marks)) ?? {};
      canvas.push(Math.round(marks.canvas ?? Number.NaN));
      points.push(Math.round(marks.point ?? Number.NaN));
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    page: PAGE,
    runs,
    firstChartMs: { median: median(canvas), min: Math.min(...canvas), max: Math.max(...canvas), all: canvas },
    firstPointMs: { median: median(points), min: Math.min(...points), max: Math.max(...points) },
    note: 'navigation start to the first chart canvas (and first source point) on the demo store; fresh context each run',
  };
}

/** Both measures, as `npm run bench -- --only dashboard` prints them. */
export async function benchDashboard(): Promise<Record<string, unknown>> {
  return { bundle: bundleSize(), firstChart: await timeToFirstChart() };
}
