/**
 * Refiner 11: figures that measure nothing: bare counts ("in 45 of the cases", "Article 12"), and amounts in a table
 * row with no measure ("Bureau of National Statistics of Kazakhstan | $24.2 billion" under "Source | 2022 total":
 * no heading names what the column counts, so refiner 2 left the cell unread and it is left out rather than recorded
 * half read).
 */
import type { Draft, FigureRefiner, SentenceView } from '../_draft.js';

/** Sentences already tested, so that a row with many cells is read once. */
const tableRows = new WeakMap<SentenceView, boolean>();

/** True for a sentence that is a row of a table: its cells are separated by "|". */
function isTableRow(view: SentenceView): boolean {
  let row = tableRows.get(view);
  if (row === undefined) {
    row = view.tokens.some((token) => token.lower === '|');
    tableRows.set(view, row);
  }
  return row;
}

/** Why a draft measures nothing, or null; the table test runs only for amounts with no measure. */
function unmeasured(draft: Draft): string | null {
  if (draft.measure !== null) return null;
  if (draft.unit === 'count' && !draft.quantity.noun) return 'a count of nothing';
  return isTableRow(draft.view) ? 'a table cell without its heading' : null;
}

export const dropUnmeasured: FigureRefiner = (drafts, env) =>
  drafts.filter((draft) => {
    const reason = unmeasured(draft);
    if (reason) env.ctx.debug(() => `figures: "${draft.quantity.text}" dropped: ${reason}`);
    return reason === null;
  });
