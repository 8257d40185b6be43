import { STATUS_CODES } from 'node:http';
import { AccordError } from '../errors.js';
import { USER_AGENT } from './_constants.js';
import { tooLargeError } from './format-bytes.js';
import { networkError } from './network-error.js';

/** A fetched body and what the server said about it. */
export interface FetchedBody {
  /** The final URL, after redirects. */
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
}

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/pdf,text/plain;q=0.8,*/*;q=0.5';

/**
 * GETs a URL with one timeout over headers and body and a cap on the body read as it streams:
 * `await fetchUrl('https://mfa.kz/statement', { maxBytes: 20 * 1024 * 1024, timeoutMs: 15000 })`.
 */
export async function fetchUrl(
  url: string,
  { maxBytes, timeoutMs }: { maxBytes: number; timeoutMs: number },
): Promise<FetchedBody> {
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': USER_AGENT, accept: ACCEPT },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText || STATUS_CODES[response.status] || '';
      throw new AccordError('HTTP', `HTTP ${response.status} ${text}`.trim());
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLargeError(declared, maxBytes);
    }
    const bytes = await readCapped(response.body, maxBytes);
    return { url: response.url || url, bytes, contentType: response.headers.get('content-type') };
  } catch (error) {
    throw networkError(error, timeoutMs);
  }
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError(null, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
