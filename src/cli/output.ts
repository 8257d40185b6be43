import { stringify } from 'csv-stringify/sync';

export type ListFormat = 'table' | 'json' | 'jsonl' | 'csv';
export const LIST_FORMATS: readonly ListFormat[] = ['table', 'json', 'jsonl', 'csv'];

/** A column of a table or CSV: its heading and how to read it from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Longest a table cell may be before it is cut with "…". */
  max?: number;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ');
}

function cut(text: string, max: number | undefined): string {
  return max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Renders rows as an aligned plain-text table: `renderTable([{a: 1}], [{header: 'A', value: r => r.a}])`. */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cut(cell(c.value(row)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header.toUpperCase())), ...cells.map(line)].join('\n');
}

/**
 * Renders a list in the asked format: table and CSV use the columns, JSON and JSON lines the records whole,
 * with the public field names.
 */
export function renderList<T>(rows: readonly T[], columns: readonly Column<T>[], format: ListFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2);
    case 'jsonl':
      return rows.map((row) => JSON.stringify(row)).join('\n');
    case 'csv':
      return stringify(
        rows.map((row) => columns.map((c) => c.value(row) ?? '')),
        { header: true, columns: columns.map((c) => c.header), record_delimiter: '\n' },
      ).trimEnd();
    default:
      return rows.length === 0 ? '(none)' : renderTable(rows, columns);
  }
}
