/**
 * The figure refiners, in order. Each reads what the ones before it filled in:
 * 1. drop quantities that are parts of times, before any work is spent on them;
 * 2-3. measure, then indicator (the indicator is read from the measure and the unit);
 * 4. kind from the wording, before direction and period: a share's whole has no direction of the pair, a target
 *    prefers a deadline, and only a non-target is "as of" the report's date;
 * 5-6. parties, then direction (an open end of a flow is completed with the other party);
 * 7. period; it turns an actual with a deadline ("by 2030") into a target;
 * 8. references after all of these, so "double this figure" copies a finished figure (and keeps its own period);
 * 9. change; 10. drop bare counts last, once references had the chance to give them a measure.
 */
import type { FigureRefiner } from '../_draft.js';
import { dropNonFigures } from './01-drop-non-figures.js';
import { findMeasure } from './02-find-measure.js';
import { matchIndicator } from './03-match-indicator.js';
import { findKind } from './04-find-kind.js';
import { findParties } from './05-find-parties.js';
import { findDirection } from './06-find-direction.js';
import { findPeriod } from './07-find-period.js';
import { resolveReferences } from './08-resolve-references.js';
import { setChange } from './09-set-change.js';
import { dropUnmeasured } from './10-drop-unmeasured.js';

export const FIGURE_REFINERS: readonly FigureRefiner[] = [
  dropNonFigures,
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
