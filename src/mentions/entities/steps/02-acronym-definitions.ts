/**
 * Step 2: acronyms the text defines, "Shanghai Cooperation Organisation (SCO)": the long name becomes a name
 * with that acronym, and the acronym in brackets a mention of it. The long name is the run of capitalized words
 * before the bracket, cut on the left to the word whose initial is the acronym's first letter.
 */
import {
  addDraft,
  type Draft,
  isCapWord,
  isConnector,
  type NameState,
  type NameStep,
  ownerOf,
  PRIORITY,
  spanText,
} from '../_draft.js';
import type { TokenList } from '../_tokens.js';
import { INITIATIVE_SUFFIXES } from '../lang/en.js';
import { plainMarks } from '../plain-text.js';

// Matches the "-" and "2" of "G-20"; must not match "G".
const NOT_LETTERS = /[^A-Za-z]/g;

/** Longest name run allowed before a bracket, in tokens. */
const MAX_NAME_TOKENS = 14;

/** Initials of the capitalized words of tokens [first, end), hyphen parts included: "Confidence-Building" gives "CB". */
function initials(tokens: TokenList, first: number, end: number): string {
  let letters = '';
  for (let i = first; i < end; i++) {
    if (!tokens.isCap(i)) continue;
    for (const part of plainMarks(tokens.word(i)).split('-'))
      if (part !== '') letters += part.charAt(0).toUpperCase();
  }
  return letters;
}

/** True when the letters of `acronym` appear in order in `letters`, the first ones equal. */
function fits(acronym: string, letters: string): boolean {
  const wanted = acronym.replace(NOT_LETTERS, '').toUpperCase();
  if (wanted === '' || letters.charAt(0) !== wanted.charAt(0)) return false;
  let at = 0;
  for (const letter of letters) if (letter === wanted.charAt(at)) at++;
  return at >= wanted.length;
}

/** Start of the run of capitalized words (with single connectors) that ends just before token `open`, or -1. */
function runStart(tokens: TokenList, open: number): number {
  let start = open;
  while (start > 0 && open - start < MAX_NAME_TOKENS) {
    if (isCapWord(tokens, start - 1)) start--;
    else if (isConnector(tokens, start - 1) && isCapWord(tokens, start - 2)) start -= 2;
    else if (
      tokens.lower(start - 1) === 'the' &&
      tokens.lower(start - 2) === 'of' &&
      isCapWord(tokens, start - 3)
    )
      start -= 3;
    else break;
  }
  return start < open && isCapWord(tokens, start) ? start : -1;
}

/** Adds the long name over [first, open) and the acronym at open + 1, both for the same entity. */
function addDefinition(state: NameState, first: number, open: number, acronym: string): void {
  const knownLong = ownerOf(state, first);
  const knownShort = ownerOf(state, open + 1);
  const known =
    knownLong?.known && knownLong.first === first && knownLong.end === open
      ? knownLong.known
      : (knownShort?.known ?? null);
  const type =
    known?.type ?? (INITIATIVE_SUFFIXES.has(state.tokens.lower(open - 1)) ? 'initiative' : 'organization');
  const base: Omit<Draft, 'first' | 'end'> = {
    type,
    name: known?.name ?? spanText(state, first, open),
    known,
    acronym,
    role: null,
    country: known?.country ?? null,
    priority: PRIORITY.definition,
    rule: 'acronym-definition',
  };
  addDraft(state, { ...base, first, end: open });
  addDraft(state, { ...base, first: open + 1, end: open + 2 });
}

/** The step this file describes at its top. */
export const acronymDefinitions: NameStep = {
  name: 'acronym-definitions',
  run(state) {
    const { tokens } = state;
    for (let open = 1; open + 2 < tokens.length; open++) {
      if (tokens.firstCode(open) !== 40 || tokens.firstCode(open + 2) !== 41 || !tokens.isUpper(open + 1))
        continue;
      let first = runStart(tokens, open);
      if (first < 0) continue;
      const acronym = tokens.word(open + 1);
      while (first < open && !fits(acronym, initials(tokens, first, open))) first++;
      if (first >= open || !tokens.isCap(first)) continue;
      addDefinition(state, first, open, acronym);
    }
  },
};
