import { AccordError } from '../errors.js';
import type { SourceFormat } from '../types.js';
import type { SourceOptions, SourceResult } from './_types.js';
import { decodeBytes } from './decode-bytes.js';
import { detectBinary } from './detect-binary.js';
import { extractPdf } from './extract-pdf.js';
import { markdownToText } from './markdown-to-text.js';
import { plainTextTitle, plainTextToBlocks } from './plain-text-to-blocks.js';
import { readFrontMatter } from './read-front-matter.js';
import { chooseFormat, sniffFormat } from './sniff-format.js';

// The HTML and feed readers load their parsers (linkedom takes ~100 ms, fast-xml-parser ~30 ms) the first time
// such an input is met, as extractPdf does with pdf.js, so that a run over text files starts at once. The promise
// is kept: a dynamic import of a loaded module still costs a trip through the module loader (and its hooks).
let htmlReader: Promise<typeof import('./extract-html.js')> | undefined;
let feedReader: Promise<typeof import('./feed-documents.js')> | undefined;
const loadHtmlReader = () => {
  htmlReader ??= import('./extract-html.js');
  return htmlReader;
};
const loadFeedReader = () => {
  feedReader ??= import('./feed-documents.js');
  return feedReader;
};

/** Where bytes came from, and what their name or server said about them. */
export interface BytesOrigin {
  /** Path, final URL or "-". */
  source: string;
  /** Format the file extension or Content-Type suggests; the content has the last word. */
  hint: SourceFormat | null;
  /** Charset the server declared, or null. */
  charset: string | null;
  /** The page URL, for the outlet of a page that names none. */
  url: string | null;
}

/**
 * The documents in one input's bytes: sniffed, refused if binary, decoded, then read by format (a feed gives
 * one result per item): `for await (const result of documentsFromBytes(bytes, origin, options)) ...`.
 */
export async function* documentsFromBytes(
  bytes: Uint8Array,
  origin: BytesOrigin,
  options: SourceOptions,
): AsyncGenerator<SourceResult> {
  if (bytes.length === 0) throw new AccordError('EMPTY', 'empty (0 bytes)');
  const sniffed = sniffFormat(bytes);
  if (sniffed !== 'pdf') {
    const binary = detectBinary(bytes);
    if (binary) throw new AccordError('BINARY', `binary file (${binary})`);
  }
  const format = chooseFormat(sniffed, origin.hint);
  if (format === 'pdf') {
    const pdf = await extractPdf(bytes);
    yield { ok: true, raw: { source: origin.source, format, ...pdf } };
    return;
  }
  const text = decodeBytes(bytes, { format, declared: origin.charset });
  if (text.trim() === '') throw new AccordError('EMPTY', 'only whitespace');
  if (format === 'feed') {
    const { feedDocuments } = await loadFeedReader();
    yield* feedDocuments(text, origin.source, options);
    return;
  }
  const base = { source: origin.source, outlet: null, author: null, published: null, lang: null };
  if (format === 'html') {
    const { extractHtml } = await loadHtmlReader();
    yield { ok: true, raw: { ...base, format, ...extractHtml(text, { url: origin.url }) } };
    return;
  }
  // Text and Markdown files may declare their metadata in front matter, as static-site generators do.
  const { body, title, ...declared } = await readFrontMatter(text);
  if (body.trim() === '') throw new AccordError('EMPTY', 'only front matter, no text');
  const read =
    format === 'markdown'
      ? markdownToText(body)
      : { text: plainTextToBlocks(body), title: plainTextTitle(body) };
  yield { ok: true, raw: { ...base, ...declared, format, text: read.text, title: title ?? read.title } };
}
