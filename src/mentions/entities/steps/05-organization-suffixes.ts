/**
 * Step 5: organisations by the shape of their names: capitalized words ending in University, Council, Bank,
 * Fund, Committee, Corporation, Agency, Forum, Chamber ... ("Kazakh-Chinese Business Council"), or a head such
 * as Ministry or University followed by "of" and capitalized words ("Ministry of Foreign Affairs", "Beijing
 * University of Language and Culture"). Runs break at names already found, except places and countries inside
 * ("Almaty Management University").
 */
import {
  addDraft,
  capRunEnd,
  type NameState,
  type NameStep,
  ownerOf,
  PRIORITY,
  spanText,
} from '../_draft.js';
import type { TokenList } from '../_tokens.js';
import { isNotNameStart, ORGANIZATION_HEADS, ORGANIZATION_SUFFIXES } from '../lang/en.js';

/** Longest organisation name, in tokens. */
const MAX_TOKENS = 12;

/** True when token `i` belongs to a name found earlier that a new organisation name must not swallow. */
function isTaken(state: NameState, i: number): boolean {
  const owner = ownerOf(state, i);
  return owner !== null && owner.type !== 'place' && owner.type !== null;
}

/** End of the organisation name in the run [first, end), or -1: at a suffix, or at the end of a "Head of X" run. */
function nameEndIn(tokens: TokenList, first: number, end: number): number {
  let best = -1;
  for (let i = first; i < end; i++) {
    if (!tokens.isCap(i)) continue;
    const lower = tokens.lower(i);
    if (ORGANIZATION_HEADS.has(lower) && tokens.lower(i + 1) === 'of' && i + 2 < end) return end;
    if (ORGANIZATION_SUFFIXES.has(lower) && i > first) best = i + 1;
  }
  return best;
}

/** The step this file describes at its top. */
export const organizationSuffixes: NameStep = {
  name: 'organization-suffixes',
  run(state) {
    if (state.isShouting) return;
    const { tokens } = state;
    let from = 0;
    for (const [runStart] of state.runs) {
      if (runStart < from || isTaken(state, runStart)) continue;
      let end = capRunEnd(tokens, runStart, true, MAX_TOKENS);
      for (let k = runStart + 1; k < end; k++) {
        if (isTaken(state, k)) {
          end = k;
          break;
        }
      }
      let first = runStart;
      while (first < end && (isNotNameStart(tokens.lower(first)) || !tokens.isCap(first))) first++;
      // "Students of Almaty Management University ...": a sentence's first word before "of" is no part of a name
      // unless it is a head such as "Ministry" or "University".
      if (
        first === 0 &&
        !ORGANIZATION_HEADS.has(tokens.lower(0)) &&
        !tokens.isCap(1) &&
        tokens.lower(1) === 'of'
      )
        first = 2;
      const nameEnd = first < end ? nameEndIn(tokens, first, end) : -1;
      if (nameEnd > first) {
        addDraft(state, {
          first,
          end: nameEnd,
          type: 'organization',
          name: spanText(state, first, nameEnd),
          known: null,
          acronym: null,
          role: null,
          country: null,
          priority: PRIORITY.pattern,
          rule: 'organization-suffix',
        });
      }
      from = end;
    }
  },
};
