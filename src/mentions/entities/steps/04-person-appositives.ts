/**
 * Step 4: people named before their title, "Erlan Karin, chairman of the Kazakh-Chinese Business Council" and
 * "Wang Wentao, China's commerce minister,": two to four capitalized words, a comma, an optional "the" or
 * country, then a title. The role is the title with what follows "of" ("Chairman of the Kazakh-Chinese
 * Business Council") or the country ("Commerce Minister of China").
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
import { HONORIFICS, isNotNameStart } from '../lang/en.js';
import { countryOfToken, isTitleStart, roleOf, titleCase, titleEnd } from './_titles.js';

/** Most words in the name before the comma. */
const MAX_NAME_WORDS = 4;

/** Where the title begins after "Name,": skips "the", "a", and a country ("China's", "Kazakh"); -1 when none. */
function titleAfterComma(tokens: TokenList, at: number): { start: number; country: string | null } {
  let start = at;
  if (tokens.lower(start) === 'the' || tokens.lower(start) === 'a') start++;
  const country = countryOfToken(tokens, start);
  if (country) start += tokens.lower(start + 1) === "'s" ? 2 : 1;
  return isTitleStart(tokens, start) ? { start, country } : { start: -1, country: null };
}

/** The organisation or country after "of" in a title: the capitalized run after "of (the)"; returns its end. */
function ofPart(tokens: TokenList, at: number): number {
  if (tokens.lower(at) !== 'of') return at;
  const start = tokens.lower(at + 1) === 'the' ? at + 2 : at + 1;
  const end = capRunEnd(tokens, start, true);
  return end > start ? end : at;
}

/** The step this file describes at its top. */
export const personAppositives: NameStep = {
  name: 'person-appositives',
  run(state: NameState) {
    const { tokens } = state;
    for (const [runStart, comma] of state.runs) {
      if (tokens.firstCode(comma) !== 44 || comma - runStart < 2) continue;
      let first = Math.max(runStart, comma - MAX_NAME_WORDS);
      while (first < comma && isNotNameStart(tokens.lower(first))) first++;
      if (comma - first < 2 || isTitleStart(tokens, first)) continue;
      const owner = ownerOf(state, first);
      if (owner && owner.type !== 'person') continue;
      const { start, country } = titleAfterComma(tokens, comma + 1);
      if (start < 0 || HONORIFICS.has(tokens.lower(start))) continue;
      const afterTitle = titleEnd(tokens, start);
      const end = ofPart(tokens, afterTitle);
      const role = roleOf(titleCase(spanText(state, start, end)), country, end > afterTitle);
      if (owner?.type === 'person' && owner.first === first) {
        owner.role ??= role;
        owner.country ??= country;
        continue;
      }
      addDraft(state, {
        first,
        end: comma,
        type: 'person',
        name: spanText(state, first, comma),
        known: null,
        acronym: null,
        role,
        country,
        priority: PRIORITY.pattern,
        rule: 'person-appositive',
      });
    }
  },
};
