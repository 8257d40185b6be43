/**
 * The steps of the commitment stage, in order. Negations and conditions go first (cheapest, and they end the
 * work on a cue); the action comes before the object because a verb cue's object starts after its verb; the
 * subject check needs the action (a forecast verb) and the object (a statistic); the deadline comes before the
 * figure and the sectors, since it trims the object and widens the figure's span.
 */
import type { CommitmentStep } from '../_draft.js';
import { dropNegated } from './01-drop-negated.js';
import { findAction } from './02-find-action.js';
import { findObject } from './03-find-object.js';
import { checkSubject } from './04-check-subject.js';
import { dropAspirations } from './05-drop-aspirations.js';
import { findActors } from './06-find-actors.js';
import { findDeadline } from './07-find-deadline.js';
import { findFigure } from './08-find-figure.js';
import { findSectors } from './09-find-sectors.js';
import { setStatus } from './10-set-status.js';

/** The steps in order (the comment at the top says why this order). */
export const COMMITMENT_STEPS: readonly CommitmentStep[] = [
  dropNegated,
  findAction,
  findObject,
  checkSubject,
  dropAspirations,
  findActors,
  findDeadline,
  findFigure,
  findSectors,
  setStatus,
];
