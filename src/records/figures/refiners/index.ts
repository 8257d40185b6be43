/**
 * The figure refiners, in order. Each reads what the ones before it filled in:
 * 1. drop quantities that are parts of times, before any work is spent on them;
 * 2. table cells: measure, unit, period and kind from the table's headings; the refiners after it keep what it set;
 * 3-4. measure, then indicator (the indicator is read from the measure and the unit);
 * 5. kind from the wording, before direction and period: a share's whole has no direction of the pair, a target
 *    prefers a deadline, and only a non-target is "as of" the report's date;
 * 6-7. parties, then direction (an open end of a flow is completed with the other party);
 * 8. period; it turns an actual with a deadline ("by 2030") into a target;
 * 9. references after all of these, so "double this figure" copies a finished figure (and keeps its own period);
 * 10. change; 11. drop bare counts last, once references had the chance to give them a measure.
 */
import type { FigureRefiner } from '../_draft.js';
import { dropNonFigures } from './01-drop-non-figures.js';
import { readTableCells } from './02-read-table-cells.js';
import { findMeasure } from './03-find-measure.js';
import { matchIndicator } from './04-match-indicator.js';
import { findKind } from './05-find-kind.js';
import { findParties } from './06-find-parties.js';
import { findDirection } from './07-find-direction.js';
import { findPeriod } from './08-find-period.js';
import { resolveReferences } from './09-resolve-references.js';
import { setChange } from './10-set-change.js';
import { dropUnmeasured } from './11-drop-unmeasured.js';

export const FIGURE_REFINERS: readonly FigureRefiner[] = [
  dropNonFigures,
  readTableCells,
  findMeasure,
  matchIndicator,
  findKind,
  findParties,
  findDirection,
  findPeriod,
  resolveReferences,
  setChange,
  dropUnmeasured,
];
