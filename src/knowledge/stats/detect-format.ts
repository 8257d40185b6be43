/** Which reader a statistics file goes to: JSON or CSV by extension and first bytes, Comtrade or simple by header. */
import { extname } from 'node:path';
import { AccordError } from '../../errors.js';
import type { RowMapper } from './_cells.js';
import { normalizeColumnName } from './_columns.js';
import { createComtradeMapper } from './comtrade-observation.js';
import { createSimpleMapper } from './simple-observation.js';

export type StatsLayout = 'comtrade' | 'simple';

/** Column names only Comtrade files have (normalized); one is enough. */
const COMTRADE_MARKS = [
  'primaryvalue',
  'tradevalueus',
  'flowcode',
  'tradeflowcode',
  'rgcode',
  'reporteriso',
  'reportercode',
];
/** Column names of the simple format; one is enough. */
const SIMPLE_MARKS = ['indicator', 'parties'];
/** Header names shown when a header is not recognised. */
const SHOWN_COLUMNS = 8;

/**
 * True when a file is JSON: a .json name, or text that opens with "{" (or "[" outside .csv and .tsv):
 * `isJsonFile('kz.json', '')` and `isJsonFile('kz.txt', ' {"data": []}')` are true, `isJsonFile('kz.csv', '[x],y')` false.
 */
export function isJsonFile(path: string, headText: string): boolean {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return true;
  const first = headText.trimStart().charAt(0);
  return first === '{' || (first === '[' && extension !== '.csv' && extension !== '.tsv');
}

/** Comtrade or simple by the header's column names, or null: `detectLayout(['refYear', 'PrimaryValue'])` is "comtrade". */
export function detectLayout(header: readonly string[]): StatsLayout | null {
  const names = new Set(header.map(normalizeColumnName));
  if (COMTRADE_MARKS.some((name) => names.has(name))) return 'comtrade';
  if (SIMPLE_MARKS.some((name) => names.has(name))) return 'simple';
  return null;
}

/**
 * The layout of a header and its row mapper; BAD_STATS when the header is neither layout or misses a column:
 * `createRowMapper(['indicator', 'parties', ...], { path, source })` is {layout 'simple', map}.
 */
export function createRowMapper(
  header: readonly string[],
  { path, source }: { path: string; source: string },
): { layout: StatsLayout; map: RowMapper } {
  const layout = detectLayout(header);
  if (layout === 'comtrade') return { layout, map: createComtradeMapper(header, { path, source }) };
  if (layout === 'simple') return { layout, map: createSimpleMapper(header, { path }) };
  const shown = header.slice(0, SHOWN_COLUMNS).join(', ') + (header.length > SHOWN_COLUMNS ? ', ...' : '');
  throw new AccordError(
    'BAD_STATS',
    `${path}: not a statistics file Accord reads: expected UN Comtrade columns (period, reporterISO, partnerISO, ` +
      `flowCode, primaryValue) or indicator, parties, period, value, unit, source; found ${shown || 'no columns'}`,
  );
}
