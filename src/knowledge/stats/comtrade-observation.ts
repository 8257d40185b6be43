/** UN Comtrade rows (CSV bulk files and API JSON alike) to observations. */
import type { Period } from '../../types.js';
import {
  booleanCell,
  type Cell,
  type Column,
  cellError,
  numberCell,
  type RowMapper,
  type RowPlace,
  textCell,
  unknownCountry,
} from './_cells.js';
import { type ColumnAliases, findColumns, requireColumns } from './_columns.js';
import { comtradeArea } from './comtrade-area.js';
import { parsePeriod, yearMonthPeriod } from './parse-period.js';
import type { OfficialObservation, SkipReason } from './types.js';

type ComtradeField = keyof typeof COMTRADE_COLUMNS;
type Columns = Record<ComtradeField, Column | undefined>;

/** Comtrade+ names first (API and bulk files), then the legacy ones ("Trade Value (US$)", "rgCode"). */
export const COMTRADE_COLUMNS = {
  period: ['period'],
  year: ['refyear', 'year', 'yr'],
  month: ['refmonth'],
  freq: ['freqcode', 'freq'],
  reporterIso: ['reporteriso', 'rtiso', 'reporteriso3'],
  reporterCode: ['reportercode', 'rtcode'],
  reporterName: ['reporterdesc', 'reporter', 'rttitle'],
  partnerIso: ['partneriso', 'ptiso', 'partneriso3'],
  partnerCode: ['partnercode', 'ptcode'],
  partnerName: ['partnerdesc', 'partner', 'pttitle'],
  flow: ['flowcode', 'tradeflowcode', 'rgcode', 'flowdesc', 'tradeflow', 'rgdesc', 'flow'],
  value: ['primaryvalue', 'tradevalueus', 'tradevalue'],
  isReported: ['isreported'],
  commodity: ['cmdcode', 'commoditycode'],
  partner2Code: ['partner2code'],
  partner2Iso: ['partner2iso'],
  customs: ['customscode'],
  transport: ['motcode'],
  supply: ['moscode'],
} as const satisfies ColumnAliases<string>;

const NEEDED = [
  { fields: ['period', 'year'], names: ['period', 'refYear'] },
  { fields: ['reporterIso', 'reporterCode'], names: ['reporterISO', 'reporterCode'] },
  { fields: ['partnerIso', 'partnerCode'], names: ['partnerISO', 'partnerCode'] },
  { fields: ['flow'], names: ['flowCode'] },
  { fields: ['value'], names: ['primaryValue'] },
];

/** Values that mean "all" in the breakdown columns; any other value is a line below the total. */
const TOTALS: Readonly<Partial<Record<ComtradeField, readonly string[]>>> = {
  commodity: ['TOTAL'],
  partner2Code: ['0'],
  partner2Iso: ['W00'],
  customs: ['C00'],
  transport: ['0'],
  supply: ['0'],
};

/** Flow codes and descriptions; 'sub' flows (re-exports, processing ...) are already inside X and M. */
const FLOWS: Readonly<Record<string, 'X' | 'M' | 'sub'>> = {
  x: 'X',
  m: 'M',
  '2': 'X',
  '1': 'M',
  export: 'X',
  exports: 'X',
  import: 'M',
  imports: 'M',
  ...Object.fromEntries(
    ['rx', 'rm', '3', '4', 'dx', 'fm', 'mip', 'mop', 'xip', 'xop', 'mtp', 'xtp'].map((code) => [code, 'sub']),
  ),
  ...Object.fromEntries(
    ['re-export', 're-exports', 're-import', 're-imports', 'domestic export', 'foreign import'].map(
      (desc) => [desc, 'sub'],
    ),
  ),
};

/**
 * A mapper for a Comtrade header, or BAD_STATS naming a missing column: for a row reporterISO KAZ,
 * partnerISO CHN, flowCode X, period 2021, primaryValue 1e10 it gives trade.exports from KZ to CN reported by KZ.
 */
export function createComtradeMapper(
  header: readonly string[],
  { path, source }: { path: string; source: string },
): RowMapper {
  const columns = findColumns(header, COMTRADE_COLUMNS);
  requireColumns(path, columns, NEEDED, 'Comtrade');
  return (cells, place) => {
    if (isBreakdown(cells, columns)) return 'breakdown';
    const flow = readFlow(cells, columns.flow as Column, place);
    if (flow === 'sub') return 'sub-flow';
    const reporter = readArea(cells, columns, 'reporter', place);
    if (typeof reporter !== 'string') return reporter.skip;
    const partner = readArea(cells, columns, 'partner', place);
    if (typeof partner !== 'string') return partner.skip;
    if (partner === reporter) return 'self';
    const observation: OfficialObservation = {
      indicator: flow === 'X' ? 'trade.exports' : 'trade.imports',
      parties: [reporter, partner].sort(),
      direction: flow === 'X' ? { from: reporter, to: partner } : { from: partner, to: reporter },
      reporter,
      period: readPeriod(cells, columns, place),
      value: numberCell(cells, columns.value as Column, place),
      unit: 'USD',
      source,
      flow,
      isReported: booleanCell(cells, columns.isReported, place),
      row: place.row,
    };
    return observation;
  };
}

function isBreakdown(cells: readonly Cell[], columns: Columns): boolean {
  for (const [field, totals] of Object.entries(TOTALS) as [ComtradeField, readonly string[]][]) {
    const text = textCell(cells, columns[field]).toUpperCase();
    if (text !== '' && !totals.includes(text)) return true;
  }
  return false;
}

function readFlow(cells: readonly Cell[], column: Column, place: RowPlace): 'X' | 'M' | 'sub' {
  const text = textCell(cells, column);
  const flow = FLOWS[text.toLowerCase().replace(/\s+/g, ' ')];
  if (!flow) throw cellError(place, column.name, 'expected a flow code such as X or M', cells[column.index]);
  return flow;
}

/** The alpha-2 code of the reporter or partner, or the reason to skip the row; BAD_STATS when unknown. */
function readArea(
  cells: readonly Cell[],
  columns: Columns,
  role: 'reporter' | 'partner',
  place: RowPlace,
): string | { skip: SkipReason } {
  const isoColumn = columns[`${role}Iso`];
  const codeColumn = columns[`${role}Code`];
  const iso = textCell(cells, isoColumn);
  const code = textCell(cells, codeColumn);
  const area = comtradeArea({ iso, code, name: textCell(cells, columns[`${role}Name`]) });
  if (area.kind === 'country') return area.code;
  if (area.kind !== 'unknown') return { skip: area.kind };
  const column = iso !== '' || !codeColumn ? isoColumn : codeColumn;
  throw unknownCountry(place, column?.name ?? `${role}ISO`, iso !== '' ? iso : code);
}

function readPeriod(cells: readonly Cell[], columns: Columns, place: RowPlace): Period {
  const periodColumn = columns.period;
  const label = textCell(cells, periodColumn);
  if (periodColumn && label !== '') {
    // Matches "2023", "202301" and "2023-01"; must not match "2023-Q1" (Comtrade has years and months only).
    const period = /^\d{4}(?:-?\d{2})?$/.test(label) ? parsePeriod(label) : null;
    if (period === null) {
      throw cellError(
        place,
        periodColumn.name,
        'expected a period such as 2023 or 202301',
        cells[periodColumn.index],
      );
    }
    return period;
  }
  const yearColumn = columns.year ?? periodColumn;
  if (!yearColumn) throw cellError(place, 'period', 'expected a period such as 2023 or 202301', undefined);
  const year = Number(textCell(cells, yearColumn));
  const freq = textCell(cells, columns.freq).toUpperCase();
  const month = freq === 'A' || !columns.month ? null : Number(textCell(cells, columns.month));
  const period = textCell(cells, yearColumn) === '' ? null : yearMonthPeriod(year, month);
  if (period === null)
    throw cellError(place, yearColumn.name, 'expected a year such as 2023', cells[yearColumn.index]);
  if (freq === 'M' && period.label.length === 4 && columns.month) {
    throw cellError(place, columns.month.name, 'expected a month from 1 to 12', cells[columns.month.index]);
  }
  return period;
}
