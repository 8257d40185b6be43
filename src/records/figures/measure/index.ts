/**
 * The measure parsers, in the order they are tried; the first that matches wins. Order matters:
 * - back-reference first: a multiplier ("double this figure") has no measure of its own to find;
 * - verb-noun before of-phrase: "imported $9 billion worth of goods" is about imports, not goods alone;
 * - of-phrase before subject: "China accounted for 18% of Kazakhstan's trade" is about the trade, not China;
 * - worth-value before counted: "$14.5 billion" in "45 projects worth $14.5 billion" is the projects' value;
 * - raise-to and subject before counted: "the number of tourists reached 650,000 people" is about the tourists;
 * - noun-of after subject: in "reached a record high of $41 billion" the "of" is filler, the subject is the measure;
 * - in-phrase and noun-target late: they read less of the sentence and guess more;
 * - noun-after, gapped and with-subject last, and only for phrases that name an indicator: a headline's
 *   "$24 Billion Trade With China", a verb left out in "and imports from China $8.7 billion" (without them the figure
 *   before lends its measure), the subject of the clause a "with" phrase completes ("Rail cargo ... set a record, with
 *   28 million tonnes carried").
 */
import type { MeasureParser } from '../_draft.js';
import { backReference } from './01-back-reference.js';
import { verbNoun } from './02-verb-noun.js';
import { ofPhrase } from './03-of-phrase.js';
import { worthValue } from './04-worth-value.js';
import { raiseTo } from './05-raise-to.js';
import { subject } from './06-subject.js';
import { nounOf } from './07-noun-of.js';
import { counted } from './08-counted.js';
import { inPhrase } from './09-in-phrase.js';
import { nounTarget } from './10-noun-target.js';
import { nounAfter } from './11-noun-after.js';
import { gapped } from './12-gapped.js';
import { withSubject } from './13-with-subject.js';

export const MEASURE_PARSERS: readonly MeasureParser[] = [
  backReference,
  verbNoun,
  ofPhrase,
  worthValue,
  raiseTo,
  subject,
  nounOf,
  counted,
  inPhrase,
  nounTarget,
  nounAfter,
  gapped,
  withSubject,
];
