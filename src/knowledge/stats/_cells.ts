/** Reading one cell of a statistics row: text, numbers, booleans, country codes; errors that say where. */
import { AccordError } from '../../errors.js';
import { countryCode } from '../../mentions/countries/index.js';
import type { OfficialObservation, SkipReason } from './types.js';

/** A cell as a file gives it: CSV gives strings, JSON any scalar; undefined when a JSON record lacks the field. */
export type Cell = string | number | boolean | null | undefined | object;

/** Where a row is, for messages: the file, the row number and whether rows are CSV lines or JSON records. */
export interface RowPlace {
  path: string;
  row: number;
  kind: 'csv' | 'json';
}

/** A column found in the header: its position and its name as the file writes it. */
export interface Column {
  index: number;
  name: string;
}

/** Turns one row into an observation, or says why it is left out; throws BAD_STATS on bad input. */
export type RowMapper = (cells: readonly Cell[], place: RowPlace) => OfficialObservation | SkipReason;

// Matches "14000000000", "-2.5", "1.4E+10", ".5"; must not match "n/a", "1,234", "12 000" or "".
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** "row 17, column primaryValue" for CSV, "record 17, field primaryValue" for JSON. */
export function describePlace(place: RowPlace, column: string): string {
  return place.kind === 'csv' ? `row ${place.row}, column ${column}` : `record ${place.row}, field ${column}`;
}

/** A BAD_STATS error for a cell: `cellError(place, col, 'expected a number', 'n/a')` reads "...: expected a number, got 'n/a'". */
export function cellError(place: RowPlace, column: string, expected: string, value: Cell): AccordError {
  return new AccordError(
    'BAD_STATS',
    `${place.path}: ${describePlace(place, column)}: ${expected}, got ${describeValue(value)}`,
  );
}

function describeValue(value: Cell): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty value' : `'${value}'`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The cell of `column` in `cells` as trimmed text; '' when empty, absent or null: `textCell([' KAZ '], col0)` is "KAZ". */
export function textCell(cells: readonly Cell[], column: Column | undefined): string {
  const value = column ? cells[column.index] : undefined;
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value).trim();
}

/** Non-empty text or a BAD_STATS error naming the cell. */
export function requiredText(
  cells: readonly Cell[],
  column: Column,
  place: RowPlace,
  expected: string,
): string {
  const text = textCell(cells, column);
  if (text === '') throw cellError(place, column.name, expected, cells[column.index]);
  return text;
}

/** A finite number from a JSON number or a plain decimal string: "1.4E+10" is 14000000000; "n/a" throws. */
export function numberCell(cells: readonly Cell[], column: Column, place: RowPlace): number {
  const value = cells[column.index];
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && NUMBER.test(value.trim())
        ? Number(value)
        : NaN;
  if (!Number.isFinite(number)) throw cellError(place, column.name, 'expected a number', value);
  return number;
}

/** true/false/1/0/yes/no in any case, a JSON boolean, or null when empty: "False" is false, "maybe" throws. */
export function booleanCell(
  cells: readonly Cell[],
  column: Column | undefined,
  place: RowPlace,
): boolean | null {
  if (!column) return null;
  const value = cells[column.index];
  if (typeof value === 'boolean') return value;
  const text = textCell(cells, column).toLowerCase();
  if (text === '') return null;
  if (text === 'true' || text === '1' || text === 'yes') return true;
  if (text === 'false' || text === '0' || text === 'no') return false;
  throw cellError(place, column.name, 'expected true or false', value);
}

/** ISO alpha-2 code of an alpha-2 or alpha-3 code in any case, or null: "kaz" is "KZ", "China" and "XX" are null. */
export function isoCode(text: string): string | null {
  // Matches "KZ", "kaz"; must not match "China", "K1" or "".
  return /^[A-Za-z]{2,3}$/.test(text) ? countryCode(text.toUpperCase()) : null;
}

/** A BAD_STATS error "row 5, column parties: unknown country code 'XX'". */
export function unknownCountry(place: RowPlace, column: string, text: string): AccordError {
  return new AccordError(
    'BAD_STATS',
    `${place.path}: ${describePlace(place, column)}: unknown country code '${text}'`,
  );
}

/** An alpha-2/alpha-3 cell as alpha-2, or a BAD_STATS error "unknown country code 'XX'". */
export function countryCell(cells: readonly Cell[], column: Column, place: RowPlace): string {
  const text = requiredText(cells, column, place, 'expected an ISO country code');
  const code = isoCode(text);
  if (code === null) throw unknownCountry(place, column.name, text);
  return code;
}
