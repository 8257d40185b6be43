/** Limits and fixed values of the statistics readers, named so that each fails loudly where it applies. */

/**
 * Largest JSON file read. JSON is parsed whole (no streaming JSON parser is installed) and costs about
 * three times its size in heap (measured: 31 MB of Comtrade API records, 88 MB; 89 MB, 261 MB). 100 MB
 * holds one full Comtrade API answer (at most 100,000 records, about 90 MB). Larger extracts: use
 * Comtrade's CSV download, which is streamed; `maxJsonBytes` lowers the limit where memory is short.
 */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

/** Bytes looked at to tell JSON from CSV, pick the delimiter and spot binary files. */
export const SNIFF_BYTES = 8192;

/** Source of Comtrade observations, whose files do not name one. */
export const COMTRADE_SOURCE = 'UN Comtrade';

/** Delimiters a CSV header is tried with, in order of preference when counts tie. */
export const DELIMITERS = [',', '\t', ';'] as const;
