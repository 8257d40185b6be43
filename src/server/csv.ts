import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Cell = string | number | boolean | null;

/** Whether a list is asked for as CSV: `?format=csv`, or an Accept header naming text/csv (`?format=json` wins). */
export function wantsCsv(request: FastifyRequest): boolean {
  const format = (request.query as { format?: string } | undefined)?.format;
  if (format) return format === 'csv';
  return /\btext\/csv\b/i.test(request.headers.accept ?? '');
}

/** Flattens one value into cells: objects into dotted columns, arrays of codes joined with ",", deeper ones as JSON. */
function flatten(value: unknown, prefix: string, out: Map<string, Cell>): void {
  if (value === null || value === undefined) {
    out.set(prefix, null);
  } else if (Array.isArray(value)) {
    const flat = value.every((v) => v === null || typeof v !== 'object');
    out.set(prefix, flat ? value.join(',') : JSON.stringify(value));
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value as Cell);
  }
}

/**
 * Rows as CSV with a header: `toCsv([{ parties: ['CN', 'KZ'], period: { label: '2023' } }])` has the columns
 * `parties,period.label`. Columns are the union over rows, in order of first appearance.
 */
export function toCsv(rows: readonly unknown[]): string {
  const flat = rows.map((row) => {
    const cells = new Map<string, Cell>();
    flatten(row, '', cells);
    return cells;
  });
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const cells of flat) {
    for (const key of cells.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  return stringify(
    flat.map((cells) => columns.map((c) => cells.get(c) ?? '')),
    { header: true, columns, record_delimiter: '\n', cast: { boolean: (b) => String(b) } },
  );
}

/** A page of a list, as every list route answers. */
export interface ListPage<T> {
  items: T[];
  next: string | null;
}

/**
 * Answers a page as JSON (returned for the route to send), or sends it as CSV when asked (one row per item, or the rows `csvRows` makes of the items), with the
 * next page in a `Link` header: `return sendPage(request, reply, page)`.
 */
export function sendPage<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  page: ListPage<T>,
  csvRows?: (items: T[]) => unknown[],
): ListPage<T> | undefined {
  if (!wantsCsv(request)) return page;
  if (page.next) {
    const url = new URL(request.url, 'http://localhost');
    url.searchParams.set('cursor', page.next);
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  reply.type('text/csv; charset=utf-8').send(toCsv(csvRows ? csvRows(page.items) : page.items));
  return undefined;
}
