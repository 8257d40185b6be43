/** Finding columns in a header by any of their common names, in any case and spacing. */
import { AccordError } from '../../errors.js';
import type { Column } from './_cells.js';

/** Each field of a layout and the names it goes by, normalized (lower case, letters and digits only). */
export type ColumnAliases<F extends string> = Readonly<Record<F, readonly string[]>>;

/** "Trade Value (US$)" is "tradevalueus", "reporterISO" is "reporteriso". */
export function normalizeColumnName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Each field's column, the first alias present winning, or undefined:
 * `findColumns(['Year', 'PrimaryValue'], { year: ['refyear', 'year'] })` is {year: {index 0, name 'Year'}}.
 */
export function findColumns<F extends string>(
  header: readonly string[],
  aliases: ColumnAliases<F>,
): Record<F, Column | undefined> {
  const byName = new Map<string, Column>();
  header.forEach((name, index) => {
    const key = normalizeColumnName(name);
    if (!byName.has(key)) byName.set(key, { index, name: name.trim() });
  });
  const found = {} as Record<F, Column | undefined>;
  for (const field of Object.keys(aliases) as F[]) {
    found[field] = aliases[field].map((alias) => byName.get(alias)).find((column) => column !== undefined);
  }
  return found;
}

/**
 * Throws BAD_STATS naming the first missing column: each entry is the fields any one of which will do,
 * and the name to show ("missing column primaryValue", "missing column period (or refYear)").
 */
export function requireColumns(
  path: string,
  found: Readonly<Record<string, Column | undefined>>,
  needed: readonly { fields: readonly string[]; names: readonly string[] }[],
  layout: string,
): void {
  for (const { fields, names } of needed) {
    if (fields.some((field) => found[field] !== undefined)) continue;
    const [first, ...others] = names;
    const alternatives = others.length > 0 ? ` (or ${others.join(' or ')})` : '';
    throw new AccordError(
      'BAD_STATS',
      `${path}: missing column ${first}${alternatives} in this ${layout} file`,
    );
  }
}
