import { AccordError } from '../errors.js';
import type { SourceFormat } from '../types.js';
import { SNIFF_BYTES } from './_constants.js';
import { charsetFromHtml, charsetFromXml } from './find-declared-charset.js';
import { findInvalidUtf8 } from './find-invalid-utf8.js';

export interface DecodeOptions {
  format: SourceFormat;
  /** Charset from outside the bytes (an HTTP Content-Type header), or null. */
  declared?: string | null | undefined;
}

/**
 * Bytes to text, by byte order mark, then declared charset, then UTF-8; HTML and feeds that are not UTF-8
 * and declare nothing are read as windows-1252, text and Markdown are refused:
 * `decodeBytes(Buffer.from('<meta charset="koi8-r">\xf0\xd2'), { format: 'html' })` decodes KOI8-R.
 */
export function decodeBytes(bytes: Uint8Array, { format, declared }: DecodeOptions): string {
  const bom = decodeByBom(bytes);
  if (bom !== null) return bom;
  const charset = usableCharset(declared ?? declaredInside(bytes, format));
  if (charset !== null && charset !== 'utf-8') return new TextDecoder(charset).decode(bytes);
  const badOffset = findInvalidUtf8(bytes);
  if (badOffset < 0) return new TextDecoder('utf-8').decode(bytes);
  if (format === 'text' || format === 'markdown') {
    throw new AccordError(
      'BAD_ENCODING',
      `not valid UTF-8 at byte ${badOffset}; declare the encoding or convert the file`,
    );
  }
  // What browsers do with an undeclared page that is not UTF-8; a declared UTF-8 page keeps U+FFFD.
  return new TextDecoder(charset === 'utf-8' ? 'utf-8' : 'windows-1252').decode(bytes);
}

function decodeByBom(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return null;
}

function declaredInside(bytes: Uint8Array, format: SourceFormat): string | null {
  if (format !== 'html' && format !== 'feed') return null;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return format === 'html' ? charsetFromHtml(head) : charsetFromXml(head);
}

/** The WHATWG name of a charset label, or null when Node does not know it (then the declaration is ignored). */
function usableCharset(label: string | null): string | null {
  if (label === null) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page cannot declare UTF-16 in ASCII bytes; browsers read such a page as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}
