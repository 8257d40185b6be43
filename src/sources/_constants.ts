/** Limits and fixed values of the sources stage, named so that each fails loudly where it applies. */

/** Largest input read, in bytes, unless `--max-bytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Time allowed for one URL (headers and body), unless `--timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** A feed item whose text is shorter than this is a summary: with `follow`, its page is fetched. */
export const SHORT_SUMMARY_CHARS = 400;

/** Article text shorter than this from Readability sends HTML to the plain fallback. */
export const MIN_ARTICLE_CHARS = 200;

/** Bytes looked at when sniffing a format or a declared charset. */
export const SNIFF_BYTES = 2048;

/** Bytes searched for NUL when deciding whether a file is binary. */
export const BINARY_SCAN_BYTES = 8192;

export const USER_AGENT = 'accord/0.1 (+offline research tool)';

/** Extensions read when walking a directory; other files there are skipped. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.xhtml',
  '.xml',
  '.rss',
  '.atom',
  '.pdf',
]);
