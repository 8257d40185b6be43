/** Rows of the simple format, `indicator,parties,period,value,unit,source[,direction][,reporter]`, to observations. */

import type { Period } from '../../types.js';
import {
  type Cell,
  type Column,
  cellError,
  countryCell,
  isoCode,
  numberCell,
  type RowMapper,
  type RowPlace,
  requiredText,
  textCell,
  unknownCountry,
} from './_cells.js';
import { type ColumnAliases, findColumns, requireColumns } from './_columns.js';
import { parsePeriod } from './parse-period.js';

export const SIMPLE_COLUMNS = {
  indicator: ['indicator'],
  parties: ['parties', 'party', 'countries'],
  period: ['period'],
  value: ['value'],
  unit: ['unit'],
  source: ['source'],
  direction: ['direction'],
  reporter: ['reporter'],
} as const satisfies ColumnAliases<string>;

const NEEDED = (['indicator', 'parties', 'period', 'value', 'unit', 'source'] as const).map((field) => ({
  fields: [field],
  names: [field],
}));

// Matches "trade.total", "projects.count", "gdp"; must not match "trade total", "1trade" or "trade.".
const INDICATOR = /^[a-z][a-z0-9_]*(?:[.:-][a-z0-9_]+)*$/i;
// Matches the separators in "CN;KZ", "CN,KZ", "CN-KZ", "CN / KZ"; must not match the letters of "CN".
const PARTY_SEPARATOR = /[\s;,|/+&-]+/;
// Matches "KZ>CN", "KZ->CN", "kaz → chn"; must not match "KZ" or "KZ>CN>RU".
const DIRECTION = /^([A-Za-z]{2,3})\s*(?:->|=>|>|→)\s*([A-Za-z]{2,3})$/;

/**
 * A mapper for a simple-format header, or BAD_STATS naming a missing column: the row
 * `trade.total,"CN;KZ",2023,31400000000,USD,Kazakhstan statistics,,KZ` is trade.total for CN and KZ in 2023, reported by KZ.
 */
export function createSimpleMapper(header: readonly string[], { path }: { path: string }): RowMapper {
  const columns = findColumns(header, SIMPLE_COLUMNS);
  requireColumns(path, columns, NEEDED, 'statistics');
  return (cells, place) => {
    const parties = readParties(cells, columns.parties as Column, place);
    return {
      indicator: readIndicator(cells, columns.indicator as Column, place),
      parties,
      direction: readDirection(cells, columns.direction, parties, place),
      reporter:
        columns.reporter && textCell(cells, columns.reporter) !== ''
          ? countryCell(cells, columns.reporter, place)
          : null,
      period: readPeriod(cells, columns.period as Column, place),
      value: numberCell(cells, columns.value as Column, place),
      unit: requiredText(cells, columns.unit as Column, place, 'expected a unit such as USD, count or t'),
      source: requiredText(cells, columns.source as Column, place, 'expected the name of a source'),
      flow: null,
      isReported: null,
      row: place.row,
    };
  };
}

function readIndicator(cells: readonly Cell[], column: Column, place: RowPlace): string {
  const expected = 'expected an indicator code such as trade.total';
  const indicator = requiredText(cells, column, place, expected);
  if (!INDICATOR.test(indicator)) throw cellError(place, column.name, expected, indicator);
  return indicator;
}

/** "CN;KZ", "KZ,CN", "chn-kaz" as ['CN', 'KZ']: sorted, without repeats. */
function readParties(cells: readonly Cell[], column: Column, place: RowPlace): string[] {
  const text = requiredText(cells, column, place, 'expected country codes such as CN;KZ');
  const codes = text
    .split(PARTY_SEPARATOR)
    .filter((token) => token !== '')
    .map((token) => isoCode(token) ?? failUnknown(place, column, token));
  return [...new Set(codes)].sort();
}

function readPeriod(cells: readonly Cell[], column: Column, place: RowPlace): Period {
  const expected = 'expected a period such as 2023 or 2024-H1';
  const period = parsePeriod(requiredText(cells, column, place, expected));
  if (period === null) throw cellError(place, column.name, expected, cells[column.index]);
  return period;
}

function failUnknown(place: RowPlace, column: Column, token: string): never {
  throw unknownCountry(place, column.name, token);
}

/** "KZ>CN" as {from 'KZ', to 'CN'}, null when empty; both ends must be among the parties. */
function readDirection(
  cells: readonly Cell[],
  column: Column | undefined,
  parties: readonly string[],
  place: RowPlace,
): { from: string; to: string } | null {
  const text = textCell(cells, column);
  if (!column || text === '') return null;
  const match = DIRECTION.exec(text);
  if (!match) throw cellError(place, column.name, 'expected a direction such as KZ>CN', text);
  const [from, to] = [match[1] ?? '', match[2] ?? ''].map(
    (token) => isoCode(token) ?? failUnknown(place, column, token),
  );
  if (
    from === undefined ||
    to === undefined ||
    from === to ||
    !parties.includes(from) ||
    !parties.includes(to)
  ) {
    throw cellError(
      place,
      column.name,
      `expected a direction between the parties ${parties.join(';')}`,
      text,
    );
  }
  return { from, to };
}
