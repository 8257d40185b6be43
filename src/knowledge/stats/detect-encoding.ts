import { isAscii, isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { AccordError } from '../../errors.js';
import { findInvalidUtf8 } from '../../sources/find-invalid-utf8.js';
import type { StatsEncoding } from './types.js';

/**
 * Reads a file once, in chunks, to choose how to decode it: a byte order mark wins; then UTF-8 when every
 * byte is valid UTF-8; else windows-1252 (what spreadsheets on Windows save as "CSV"). A file whose first
 * invalid byte comes after valid non-ASCII UTF-8 mixes the two and is refused (BAD_ENCODING), and so is a
 * file with a UTF-8 byte order mark and invalid bytes:
 * `await detectEncoding('comtrade-latin1.csv')` is "windows-1252".
 */
export async function detectEncoding(path: string): Promise<StatsEncoding> {
  let carry = Buffer.alloc(0);
  let offset = 0;
  let sawMultibyte = false;
  let hasUtf8Bom = false;
  let isFirst = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (isFirst) {
      const bom = encodingByBom(chunk);
      if (bom !== null && bom !== 'utf-8') return bom;
      hasUtf8Bom = bom === 'utf-8';
      isFirst = false;
    }
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const end = completeEnd(bytes);
    const part = bytes.subarray(0, end);
    carry = Buffer.from(bytes.subarray(end));
    if (!isAscii(part)) {
      if (!isUtf8(part)) {
        const bad = findInvalidUtf8(part);
        const mixed = sawMultibyte || !isAscii(part.subarray(0, bad));
        return legacyOrRefuse(path, offset + bad, { mixed, hasUtf8Bom });
      }
      sawMultibyte = true;
    }
    offset += end;
  }
  // A multi-byte sequence cut off by the end of the file.
  if (carry.length > 0) return legacyOrRefuse(path, offset, { mixed: sawMultibyte, hasUtf8Bom });
  return 'utf-8';
}

/** The encoding a byte order mark names, or null: `encodingByBom(Buffer.from([0xff, 0xfe]))` is "utf-16le". */
export function encodingByBom(bytes: Uint8Array): StatsEncoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

function legacyOrRefuse(
  path: string,
  badOffset: number,
  { mixed, hasUtf8Bom }: { mixed: boolean; hasUtf8Bom: boolean },
): StatsEncoding {
  if (hasUtf8Bom || mixed) {
    const why = hasUtf8Bom ? 'it starts with a UTF-8 byte order mark' : 'it also holds valid UTF-8 before';
    throw new AccordError(
      'BAD_ENCODING',
      `${path}: not valid UTF-8 at byte ${badOffset}, and ${why}: the file mixes encodings; convert it to UTF-8`,
    );
  }
  return 'windows-1252';
}

/** Length of `bytes` without a multi-byte sequence cut off at its end (kept for the next chunk). */
function completeEnd(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back] ?? 0;
    if (byte < 0x80) return length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? length - back : length;
    }
  }
  return length;
}

/**
 * Bytes to text in `encoding`, byte order mark dropped: `decodeText(Buffer.from([0x93, 0x41, 0x94]), 'windows-1252')`
 * is "“A”". Decodes in streaming mode: Node 20's one-shot decode reads windows-1252 as ISO-8859-1 ("\x93A\x94").
 */
export function decodeText(bytes: Uint8Array, encoding: StatsEncoding): string {
  const decoder = new TextDecoder(encoding);
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}
