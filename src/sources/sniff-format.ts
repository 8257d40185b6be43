import { ownValue } from '../own-value.js';
import type { SourceFormat } from '../types.js';
import { SNIFF_BYTES } from './_constants.js';

/**
 * What the first bytes say: a format, "xml" for XML of an unknown kind, or null when they say nothing.
 * "xml" and "markdown" are weak: a file's extension or a Content-Type outweighs them.
 */
export type SniffedFormat = 'pdf' | 'html' | 'feed' | 'xml' | 'markdown' | null;

const PDF_MAGIC = '%PDF-';

// Things that may precede the root element: whitespace, the XML declaration, comments, processing
// instructions. Matches `<?xml version="1.0"?>\n<!-- feed -->`; not `<rss>`.
const PROLOG_ITEM = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/;

// The start of an HTML document. Matches `<!DOCTYPE html>`, `<html lang="en">`, `<head>`; not `<header>` or `<rss>`.
const HTML_START = /^<(?:!doctype\s+html|html|head|body)[\s>/]/i;

// The root of a feed, or its doctype. Matches `<rss version="2.0">`, `<feed xmlns=...>`, `<rdf:RDF`,
// `<!DOCTYPE rss`; not `<feeds>` or `<rss-list>`.
const FEED_START = /^<(?:rss|feed|rdf:RDF|!DOCTYPE\s+(?:rss|feed|rdf:RDF))[\s>/[]/;

// The start of a Markdown document: a heading or front matter. Matches `# Joint Statement` and `---\ntitle: x`;
// not `#hashtag`, `#1 exporter` without a space, or `-- note`.
const MARKDOWN_START = /^(?:#{1,6}[ \t]+\S|---\r?\n)/;

/** Format the content shows, whatever its name: `sniffFormat(Buffer.from('<?xml version="1.0"?><rss>'))` is "feed". */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const head = headText(bytes);
  if (head.slice(0, 1024).includes(PDF_MAGIC)) return 'pdf';
  let rest = head;
  const isXml = rest.startsWith('<?xml');
  for (let match = PROLOG_ITEM.exec(rest); match; match = PROLOG_ITEM.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  if (HTML_START.test(rest)) return 'html';
  if (FEED_START.test(rest)) return 'feed';
  if (isXml) return 'xml';
  return MARKDOWN_START.test(rest) ? 'markdown' : null;
}

/** The format a file's extension or a media type suggests: `formatHint('.md')` is "markdown", `formatHint('image/png')` null. */
export function formatHint(extensionOrMediaType: string): SourceFormat | null {
  const key = extensionOrMediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return ownValue(HINTS, key) ?? null;
}

const HINTS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.pdf': 'pdf',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/pdf': 'pdf',
};

/** Content first, then the name: `chooseFormat('xml', 'html')` is "html" (XHTML), `chooseFormat(null, null)` is "text". */
export function chooseFormat(sniffed: SniffedFormat, hint: SourceFormat | null): SourceFormat {
  if (sniffed === 'xml') return hint === 'html' ? 'html' : 'feed';
  if (sniffed === 'markdown') return hint ?? 'markdown';
  return sniffed ?? hint ?? 'text';
}

/** The first bytes as text, for sniffing: UTF-16 when a byte order mark says so, else byte for byte. */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('latin1').decode(head.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('latin1').decode(head);
}
