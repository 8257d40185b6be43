/**
 * Step 8: capitalized words no step named ("Tokayev" where the data files do not know him, "EAEU" before its
 * definition): candidates with no type, which the document stage resolves to a person or acronym named
 * elsewhere in the document, or drops. Sentence-opening words and titles are left out.
 */
import { addDraft, type NameState, type NameStep, ownerOf, PRIORITY, spanText } from '../_draft.js';
import { isNotNameStart } from '../lang/en.js';
import { isCountryWord } from './_country-words.js';
import { isTitleStart } from './_titles.js';

/** Most words in a candidate. */
const MAX_WORDS = 4;

/** True when token `i` of a run is free: no step has named it. */
function isFree(state: NameState, i: number): boolean {
  return ownerOf(state, i) === null;
}

/** The step this file describes at its top. */
export const leftovers: NameStep = {
  name: 'leftovers',
  run(state) {
    const { tokens } = state;
    for (const [runStart, runEnd] of state.runs) {
      let i = runStart;
      while (i < runEnd) {
        if (!isFree(state, i)) {
          i++;
          continue;
        }
        let end = i;
        while (end < runEnd && end - i < MAX_WORDS && isFree(state, end) && !isTitleStart(tokens, end)) end++;
        let first = i;
        while (first < end && (isNotNameStart(tokens.lower(first)) || isCountryWord(tokens.lower(first))))
          first++;
        const single = end === first + 1;
        if (first < end && !(tokens.isUpper(first) && state.isShouting)) {
          const acronym = single && tokens.isUpper(first) ? tokens.word(first) : null;
          addDraft(state, {
            first,
            end,
            type: null,
            name: spanText(state, first, end),
            known: null,
            acronym,
            role: null,
            country: null,
            priority: PRIORITY.candidate,
            rule: acronym ? 'acronym-candidate' : 'name-candidate',
          });
        }
        i = Math.max(end, i + 1);
      }
    }
  },
};
