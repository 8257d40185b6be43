import { AccordError } from '../errors.js';
import type { ListPage } from './csv.js';

/**
 * Cursors of derived lists (series, conflicts, targets, commitments ...): the offset of the next item, opaque to
 * clients (base64url JSON) and tagged so that a figure or document cursor given here is refused rather than misread.
 * Documents and figures use the store's keyset cursors instead (src/store/cursor.ts).
 */

/** The cursor that continues at this offset: `offsetCursor(50)`. */
export function offsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify(['o', offset]), 'utf8').toString('base64url');
}

/** The offset a cursor continues at; 0 without one; a cursor that is not an offset cursor is bad input. */
export function readOffsetCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (
    !Array.isArray(value) ||
    value[0] !== 'o' ||
    !Number.isSafeInteger(value[1]) ||
    (value[1] as number) < 0
  ) {
    throw new AccordError('BAD_INPUT', `not a cursor of this list: ${cursor.slice(0, 40)}`);
  }
  return value[1] as number;
}

/** One page of a list held whole: `pageOf(series, { limit: 50, cursor })`. */
export function pageOf<T>(
  items: readonly T[],
  query: { limit: number; cursor?: string | undefined },
): ListPage<T> {
  const offset = readOffsetCursor(query.cursor);
  const end = offset + query.limit;
  return { items: items.slice(offset, end), next: end < items.length ? offsetCursor(end) : null };
}

/**
 * One page of a list the store reads in slices: `read(offset, count)` gives up to `count` rows from `offset` on, and one
 * more row than the page tells whether there is a next: `await pageFrom(query, (offset, count) =>
 * store.listAgreements({ offset, limit: count }))`.
 */
export async function pageFrom<T>(
  query: { limit: number; cursor?: string | undefined },
  read: (offset: number, count: number) => Promise<T[]>,
): Promise<ListPage<T>> {
  const offset = readOffsetCursor(query.cursor);
  const rows = await read(offset, query.limit + 1);
  const end = offset + query.limit;
  return { items: rows.slice(0, query.limit), next: rows.length > query.limit ? offsetCursor(end) : null };
}

/** Parses the `parties` parameter into sorted upper-case codes: `readParties("kz, cn")` is ["CN", "KZ"]. */
export function readParties(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase())
    .sort();
}
