import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `accord serve` in a child process: binds 127.0.0.1, prints the address, refuses writes without ACCORD_TOKEN, and
// closes cleanly on SIGTERM and SIGINT.
const runner = join(import.meta.dirname, '..', 'cli', '_run-cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'accord-serve-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startServe(
  env: Record<string, string>,
): Promise<{ child: ChildProcessWithoutNullStreams; address: string; stderr: () => string }> {
  const port = await freePort();
  const { ACCORD_TOKEN: _token, ...rest } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', runner, 'serve', '--db', join(dir, 'accord.db'), '--port', String(port)],
    { env: { ...rest, ...env } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const address = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /at (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
  return { child, address, stderr: () => stderr };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('accord serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'binds 127.0.0.1, prints the address, refuses writes without a token, and closes on %s',
    async (signal) => {
      const { child, address, stderr } = await startServe({});
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${address}/api/health`);
      expect(await health.json()).toEqual({ ok: true, documents: 0 });
      const write = await fetch(`${address}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Kazakhstan and China met.' }),
      });
      expect(write.status).toBe(403);
      const exit = exited(child);
      child.kill(signal);
      expect(await exit).toBe(0);
      expect(stderr()).toContain(`${signal}, closing`);
    },
    30_000,
  );

  it('accepts writes with the ACCORD_TOKEN it was started with', async () => {
    const { child, address } = await startServe({ ACCORD_TOKEN: 'serve-test-token' });
    const write = await fetch(`${address}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer serve-test-token' },
      body: JSON.stringify({ text: 'Kazakhstan and China agreed to expand rail freight in 2024.' }),
    });
    expect(write.status).toBe(201);
    const exit = exited(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 30_000);
});
