import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleStore, serverFor } from './_server.js';

// Bad input against a listening server: each gets a clear problem, and a normal request succeeds right after.
const TOKEN = 'bad-input-token';
const REQUEST_TIMEOUT_MS = 1_000;

let app: FastifyInstance;
let base: string;
let port: number;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const example = await exampleStore();
  cleanup = example.cleanup;
  app = await serverFor(example.store, {
    token: TOKEN,
    limits: { requestTimeoutMs: REQUEST_TIMEOUT_MS, checkIntervalMs: 100 },
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(base).port);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await cleanup?.();
});

async function stillServing(): Promise<void> {
  const response = await fetch(`${base}/api/health`);
  expect(response.status).toBe(200);
  expect((await response.json()) as { status: number; type: string }).toMatchObject({ ok: true });
}

/** Sends raw bytes on a socket and collects what comes back until the server closes it. */
function raw(
  send: (socket: ReturnType<typeof connect>) => void,
): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => send(socket));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
    });
    socket.on('error', reject);
    socket.on('close', () => resolve({ text, closedAfterMs: performance.now() - started }));
    setTimeout(() => socket.destroy(new Error('the server kept the socket open')), 10_000);
  });
}

const json = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

describe('bad input', () => {
  it.each([
    ['malformed query parameters', '/api/figures?since=last%20year&kind=%00', 400],
    ['a huge page size', '/api/figures?limit=10000000000', 400],
    ['an unknown id', '/api/documents/feedfacefeedface', 404],
    ['an unknown route', '/api/../../etc/passwd', 404],
    ['a broken cursor', '/api/figures?cursor=%7B%7D', 400],
    ['an overlong parameter', `/api/search?q=${'a'.repeat(5000)}`, 400],
  ])('%s: a problem, then the server keeps serving', async (_label, path, status) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { status: number; type: string }).status).toBe(status);
    await stillServing();
  });

  it('a body over the limit is 413', async () => {
    const response = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ text: 'Astana. '.repeat(300_000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { status: number; type: string }).type).toBe(
      'urn:accord:problem:too-large',
    );
    await stillServing();
  });

  it.each([
    ['text/plain', 'Kazakhstan and China met.'],
    ['application/xml', '<doc>Kazakhstan</doc>'],
    ['multipart/form-data; boundary=x', '--x--'],
  ])('a %s body is 415', async (type, body) => {
    const response = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { ...json, 'content-type': type },
      body,
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { status: number; type: string }).type).toBe(
      'urn:accord:problem:unsupported-media-type',
    );
    await stillServing();
  });

  it('malformed JSON is 400', async () => {
    const response = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: json,
      body: '{"text": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await stillServing();
  });

  it('a request line that is not HTTP gets a 400 problem and the socket is closed', async () => {
    const { text } = await raw((socket) => socket.write('HELLO THERE\r\n\r\n'));
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toContain('application/problem+json');
    await stillServing();
  });

  it('a slow client (slowloris) is cut off with 408 while other requests are served', async () => {
    const slow = raw((socket) => {
      socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      // One header line every 200 ms, never the blank line that ends the headers.
      const drip = setInterval(() => {
        if (!socket.destroyed) socket.write(`X-Slow-${Date.now()}: 1\r\n`);
      }, 200);
      socket.on('close', () => clearInterval(drip));
    });
    await stillServing();
    const { text, closedAfterMs } = await slow;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('"status":408');
    expect(closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 2_000);
    await stillServing();
  });

  it('a client that sends headers but never the body it announced is cut off too', async () => {
    const { text } = await raw((socket) => {
      socket.write(
        `POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":`,
      );
    });
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    await stillServing();
  });
});
