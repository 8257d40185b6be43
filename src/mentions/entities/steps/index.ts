/**
 * The steps of the name scan, in order. Known names come first so that patterns can see them (a title before a
 * known leader gives him a role; an organisation run stops at a known name); definitions come second so that
 * "(SCO)" is tied to its long name before patterns guess; leftovers come last, taking only what no step took.
 */
import type { NameStep } from '../_draft.js';
import { knownNames } from './01-known-names.js';
import { acronymDefinitions } from './02-acronym-definitions.js';
import { personTitles } from './03-person-titles.js';
import { personAppositives } from './04-person-appositives.js';
import { organizationSuffixes } from './05-organization-suffixes.js';
import { placePatterns } from './06-place-patterns.js';
import { initiativePatterns } from './07-initiative-patterns.js';
import { leftovers } from './08-leftovers.js';

/** The steps in order (the comment at the top says why this order). */
export const NAME_STEPS: readonly NameStep[] = [
  knownNames,
  acronymDefinitions,
  personTitles,
  personAppositives,
  organizationSuffixes,
  placePatterns,
  initiativePatterns,
  leftovers,
];
