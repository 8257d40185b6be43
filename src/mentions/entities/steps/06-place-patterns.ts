/**
 * Step 6: places by the words around them, known to the gazetteer or not: the items of "dry ports like
 * Lianyungang, Xi’an, and Khorgos" (any length, one pass), "the port of Aktau", "the city of Turkistan", and
 * "Aktau port", "Altynkol border crossing". Countries are never places here. Each rule starts at a run of
 * capitalized words and looks at most three words back or two ahead.
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
import { LIST_OPENERS, PLACE_LIST_NOUNS, PLACE_NOUNS } from '../lang/en.js';
import { countryOfToken } from './_titles.js';

/** Most words in one place name. */
const MAX_PLACE_WORDS = 3;

/** Words between a name and a place noun: "Khorgos dry port", "Altynkol border crossing". */
const NOUN_MODIFIERS = new Set(['dry', 'sea', 'border', 'railway', 'river']);

/** Adds a place over [first, end) unless it is a country or already a name of another type. */
function addPlace(state: NameState, first: number, end: number, rule: string): void {
  if (end - first === 1 && countryOfToken(state.tokens, first)) return;
  const owner = ownerOf(state, first);
  if (owner && owner.type !== null && owner.type !== 'place') return;
  if (owner?.type === 'place' && owner.first === first && owner.end >= end) return;
  addDraft(state, {
    first,
    end,
    type: 'place',
    name: spanText(state, first, end),
    known: null,
    acronym: null,
    role: null,
    country: null,
    priority: PRIORITY.pattern,
    rule,
  });
}

/** Reads a list of places starting at `at`: items joined by ",", "and", "or"; returns the index after it. */
function readList(state: NameState, at: number): number {
  const { tokens } = state;
  let i = at;
  for (;;) {
    const end = capRunEnd(tokens, i, false, MAX_PLACE_WORDS);
    if (end === i) return i;
    addPlace(state, i, end, 'place-list');
    i = end;
    if (tokens.firstCode(i) === 44) i++;
    if (tokens.lower(i) === 'and' || tokens.lower(i) === 'or') i++;
    if (i === end) return i;
  }
}

/** The start of a list this run opens: "ports like", "cities such as", "hubs including"; -1 when none. */
function listBefore(state: NameState, runStart: number): boolean {
  const { tokens } = state;
  if (tokens.lower(runStart - 1) === 'as' && tokens.lower(runStart - 2) === 'such')
    return PLACE_LIST_NOUNS.has(tokens.lower(runStart - 3));
  return LIST_OPENERS.has(tokens.lower(runStart - 1)) && PLACE_LIST_NOUNS.has(tokens.lower(runStart - 2));
}

/** The step this file describes at its top. */
export const placePatterns: NameStep = {
  name: 'place-patterns',
  run(state) {
    const { tokens } = state;
    let from = 0;
    for (const [runStart, runEnd] of state.runs) {
      if (runStart < from) continue;
      if (listBefore(state, runStart)) {
        from = readList(state, runStart);
        continue;
      }
      const end = Math.min(runEnd, runStart + MAX_PLACE_WORDS);
      if (
        tokens.lower(runStart - 1) === 'of' &&
        PLACE_NOUNS.has(tokens.lower(runStart - 2)) &&
        !tokens.isCap(runStart - 2)
      ) {
        addPlace(state, runStart, end, 'place-of');
        continue;
      }
      // "Aktau port", "Khorgos dry port"; a sentence's first word only when it is a known place.
      let noun = runEnd;
      if (NOUN_MODIFIERS.has(tokens.lower(noun))) noun++;
      const isFirstWord = runStart === 0 && ownerOf(state, 0)?.type !== 'place';
      if (
        !tokens.isCap(noun) &&
        PLACE_NOUNS.has(tokens.lower(noun)) &&
        !isFirstWord &&
        runEnd - runStart <= MAX_PLACE_WORDS
      ) {
        addPlace(state, runStart, runEnd, 'place-before-noun');
      }
    }
  },
};
