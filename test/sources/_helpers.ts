/** Shared helpers of the sources tests: temporary files, a local HTTP server, legacy encodings, PDFs. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import {
  DEFAULT_MAX_BYTES,
  readSources,
  type SourceOptions,
  type SourceResult,
} from '../../src/sources/index.js';

/** A 1x1 PNG image. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a .docx: a ZIP local file header for [Content_Types].xml. */
export const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]),
  Buffer.from('[Content_Types].xml'),
]);

export const OPTIONS: SourceOptions = { maxBytes: DEFAULT_MAX_BYTES, timeoutMs: 5000, follow: false };

/** Every result of `readSources`, in order. */
export async function collect(
  inputs: string[],
  options: Partial<SourceOptions> = {},
): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for await (const result of readSources(inputs, { ...OPTIONS, ...options })) results.push(result);
  return results;
}

/** The one document an input gives, or a thrown description of what it gave instead. */
export async function readOne(input: string, options: Partial<SourceOptions> = {}) {
  const results = await collect([input], options);
  const [first] = results;
  if (results.length !== 1 || !first?.ok)
    throw new Error(`expected one document, got ${JSON.stringify(results)}`);
  return first.raw;
}

/** The one failure an input gives: its code and message. */
export async function failureOf(input: string, options: Partial<SourceOptions> = {}) {
  const results = await collect([input], options);
  const [first] = results;
  if (results.length !== 1 || !first || first.ok)
    throw new Error(`expected one failure, got ${JSON.stringify(results)}`);
  return { source: first.source, code: first.error.code, message: first.error.message };
}

/** A fresh temporary directory, and a function writing files into it. */
export async function createTempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'accord-sources-'));
  return {
    dir,
    async write(name: string, content: string | Uint8Array): Promise<string> {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 and a free port; `close` ends it and its connections. */
export async function startServer(handler: Handler) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Text in a legacy encoding, through the inverse of Node's own decoder: `encodeLegacy('Мир', 'windows-1251')`. */
export function encodeLegacy(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number[]>();
  const tryBytes = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if (char.length > 0 && !table.has(char)) table.set(char, bytes);
    } catch {
      // Not a complete character in this encoding.
    }
  };
  for (let a = 0; a < 256; a++) tryBytes([a]);
  if (label !== 'windows-1251' && label !== 'koi8-r') {
    for (let a = 0x81; a < 0xff; a++) for (let b = 0x40; b < 0xff; b++) tryBytes([a, b]);
  }
  const out: number[] = [];
  for (const char of text) {
    const bytes = table.get(char);
    if (!bytes) throw new Error(`${label} cannot encode ${char}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** A PDF made with pdfkit: `draw` writes the pages. */
export function makePdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: true, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** An async iterable over chunks, standing in for standard input. */
export async function* streamOf(...chunks: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
