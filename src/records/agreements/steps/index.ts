/**
 * The steps of the agreement stage, in order: unsigned agreements are dropped first; the name comes before the
 * count, which reads the word before the name; parties and date last.
 */
import type { AgreementStep } from '../_draft.js';
import { dropUnsigned } from './01-drop-unsigned.js';
import { findName } from './02-find-name.js';
import { findCount } from './03-find-count.js';
import { findParties } from './04-find-parties.js';
import { findDate } from './05-find-date.js';

/** The steps in order (the comment at the top says why this order). */
export const AGREEMENT_STEPS: readonly AgreementStep[] = [
  dropUnsigned,
  findName,
  findCount,
  findParties,
  findDate,
];
