/**
 * Refiner 2: figures in table cells, read with their headings (table/read-table.ts found them). A cell takes the
 * period of its column's heading ("2023"), else of its row's ("2019 | 22.0"), else of the caption; the unit its
 * headings note ("Trade turnover, $ billion": 31.2 is $31.2 billion); the measure of the first of row, column and
 * caption whose label names an indicator ("turnover", "China-Kazakhstan trade"); and its kind from heading words
 * ("Change": a change, "Share": a share, "Target": a target). A cell under a heading that mixes a time with words
 * naming no indicator ("2023 as % of 2022"; "Trade in 2023" is read), or with no heading that names an indicator,
 * is left as it was (the last refiner drops it).
 */
import type { FigureKind } from '../../../types.js';
import type { Draft, FigureEnv, FigureRefiner, Heading, TableRow, Token } from '../_draft.js';
import { CHANGE_HEADINGS, GENERIC_HEADINGS, SHARE_HEADINGS, TARGET_HEADINGS } from '../lang/en.js';

/** True for a heading that names something: a label with a word that is not generic ("Value", "Year"). */
function names(heading: Heading | null): heading is Heading {
  if (!heading || heading.label === '') return false;
  return heading.tokens.some((token) => token.isWord && !GENERIC_HEADINGS.has(token.lower));
}

/** Any word of the headings in `set`. */
function says(headings: (Heading | null)[], set: ReadonlySet<string>): boolean {
  return headings.some((heading) => heading?.tokens.some((token: Token) => set.has(token.lower)) ?? false);
}

/** The kind the row's and column's headings give their cells. */
function kindOf(headings: (Heading | null)[]): FigureKind {
  if (says(headings, TARGET_HEADINGS)) return 'target';
  if (says(headings, SHARE_HEADINGS)) return 'share';
  if (says(headings, CHANGE_HEADINGS)) return 'change';
  return 'actual';
}

/** `value` times 10^exp as a decimal shift: 0.48 in $ billion is exactly 480000000. */
function shift(value: number, exp: number): number {
  return exp === 0 ? value : Number(`${value}e${exp}`);
}

/** Index of the cell holding sentence offset `at` (cells are in order), by binary search. */
function cellAt(cells: [number, number][], at: number): number {
  let low = 0;
  let high = cells.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((cells[mid] as [number, number])[0] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

function readCell(draft: Draft, table: TableRow, env: FigureEnv): void {
  const c = cellAt(table.cells, draft.quantity.start - draft.view.sentence.start);
  // The row's own first cell is its heading, not a cell of the table's body.
  if (c <= 0) return;
  const column = table.columns[c] ?? null;
  const { row, caption } = table;
  const note = column?.note ?? row?.note ?? caption?.note ?? null;
  let { value, unit } = draft;
  if (note && value !== null && unit === 'count' && !draft.quantity.noun) {
    value = shift(value, note.exp);
    unit = note.unit;
  }
  const namesIndicator = (heading: Heading | null): heading is Heading =>
    names(heading) && env.taxonomy.match(heading.label, unit) !== null;
  // "Trade in 2023" names a measure and its year; "2023 as % of 2022" names neither, and its cells are left out.
  if (column?.mixed && !namesIndicator(column)) return;
  const named = [row, column, caption].find(namesIndicator);
  if (!named) return;
  draft.value = value;
  draft.unit = unit;
  draft.measure = named.label;
  draft.measureRule = 'table';
  draft.cell = {
    measureTokens: named.tokens,
    contextTokens: named !== caption && caption ? caption.tokens : [],
  };
  draft.period = column?.period ?? row?.period ?? caption?.period ?? null;
  draft.kind = kindOf([row, column]);
  draft.change =
    draft.kind !== 'change' || value === null
      ? null
      : unit === 'percent'
        ? { percent: value }
        : { delta: value };
  env.ctx.debug(() => `figures: "${draft.quantity.text}" read as a table cell of "${named.label}"`);
}

export const readTableCells: FigureRefiner = (drafts, env) => {
  for (const draft of drafts) {
    const table = draft.view.table;
    if (table) readCell(draft, table, env);
  }
  return drafts;
};
