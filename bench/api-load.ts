/**
 * API under load: the figures query of one pair on the 1,000,000-figure store that knowledge-scale builds, served by
 * the server in its own process and loaded by autocannon on loopback for a bounded time. Prints requests/s and
 * latency percentiles; the target is 2,000 requests/s with p99 under 50 ms.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildScaleStore } from './knowledge-scale.js';

export const API_LOAD_PATH = '/api/figures?parties=CN,KZ&indicator=trade.total&limit=50';

/** Starts bench/_api-server.ts on a store and resolves with its address. */
function startServer(store: string): Promise<{ child: ChildProcess; address: string }> {
  const script = join(import.meta.dirname, '_api-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, store], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^(http:\/\/\S+)\n/.exec(out);
      if (match) resolve({ child, address: match[1] as string });
    });
    child.on('exit', (code) => reject(new Error(`the API server exited (${code}) before listening`)));
  });
}

/**
 * CPU time a process has used, in ms, from /proc (Linux); null elsewhere. The server's CPU per request is what one
 * core can serve whatever else the machine runs: requests/s measured on a busy machine understate it.
 */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

function load(url: string, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({ url, duration: seconds, connections, pipelining: 1 });
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Builds the store, starts the server, warms it up, then loads it: `await benchApiLoad(1_000_000, 200_000)`. */
export async function benchApiLoad(
  figureCount: number,
  documentCount: number,
  { seconds = 10, connections = 10 }: { seconds?: number; connections?: number } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'accord-api-load-'));
  let child: ChildProcess | null = null;
  try {
    const store = join(dir, 'scale.db');
    const { perDocument, buildSeconds } = await buildScaleStore(store, figureCount, documentCount);
    const server = await startServer(store);
    child = server.child;
    const url = `${server.address}${API_LOAD_PATH}`;
    const check = await fetch(url);
    const rows = ((await check.json()) as { items: unknown[] }).items.length;
    await load(url, 2, connections); // warm-up: JIT, SQLite page cache
    const cpuBefore = cpuMs(child.pid);
    const result = await load(url, seconds, connections);
    const cpuAfter = cpuMs(child.pid);
    const serverCpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    const cpuPerRequest = serverCpuMs === null ? null : serverCpuMs / Math.max(1, result.requests.total);
    return {
      figures: documentCount * perDocument,
      documents: documentCount,
      buildSeconds: round(buildSeconds),
      request: `GET ${API_LOAD_PATH}`,
      rowsPerResponse: rows,
      seconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: round(result.requests.average),
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      serverCpuMsPerRequest: cpuPerRequest === null ? null : Math.round(cpuPerRequest * 1000) / 1000,
      requestsPerSecondPerCoreFromCpu: cpuPerRequest ? Math.round(1000 / cpuPerRequest) : null,
      bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      targets: { requestsPerSecond: 2000, p99Ms: 50 },
      pass: result.requests.average >= 2000 && result.latency.p99 < 50 && result.non2xx === 0,
    };
  } finally {
    child?.kill('SIGTERM');
    if (child) await new Promise((resolve) => child?.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
