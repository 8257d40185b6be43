/**
 * Step 7: initiatives by the shape of their names: capitalized words ending in Initiative, Route, Corridor,
 * Workshop, Pipeline, Programme ... ("Global Development Initiative"); a quoted name followed by "initiative",
 * "project", "programme" (the “Golden Bridge” project); and "X–Y oil pipeline" ("Kazakhstan–China oil pipeline").
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
import { PUNCT } from '../_tokens.js';
import { INITIATIVE_NOUNS, INITIATIVE_SUFFIXES, isNotNameStart, PIPELINE_WORDS } from '../lang/en.js';

/** Longest quoted name, in tokens. */
const MAX_QUOTED = 10;

/** Quotation marks that open or close a name: " “ ” « » ‘ ’ „ '. */
const QUOTE_CODES = new Set([34, 0x201c, 0x201d, 0xab, 0xbb, 0x2018, 0x2019, 39, 0x201e]);

/** True when token `i` is a quotation mark. */
function isQuote(state: NameState, i: number): boolean {
  return (
    state.tokens.kind(i) === PUNCT && state.tokens.size(i) === 1 && QUOTE_CODES.has(state.tokens.firstCode(i))
  );
}

/** Adds an initiative over [first, end) unless a name of another type holds its first token. */
function addInitiative(state: NameState, first: number, end: number, rule: string): void {
  const owner = ownerOf(state, first);
  if (owner && owner.type !== 'place' && owner.type !== null && owner.end >= end) return;
  addDraft(state, {
    first,
    end,
    type: 'initiative',
    name: spanText(state, first, end),
    known: null,
    acronym: null,
    role: null,
    country: null,
    priority: PRIORITY.pattern,
    rule,
  });
}

/** The quoted name that opens at the run starting at `first` (a quote before it), when an initiative noun follows. */
function quotedName(state: NameState, first: number): void {
  const { tokens } = state;
  if (!isQuote(state, first - 1)) return;
  let close = first;
  while (close < tokens.length && close - first < MAX_QUOTED && !isQuote(state, close)) close++;
  const noun = close + 1;
  if (
    !isQuote(state, close) ||
    close === first ||
    tokens.isCap(noun) ||
    !INITIATIVE_NOUNS.has(tokens.lower(noun))
  )
    return;
  addInitiative(state, first, close, 'initiative-quoted');
}

/** The step this file describes at its top. */
export const initiativePatterns: NameStep = {
  name: 'initiative-patterns',
  run(state) {
    const { tokens } = state;
    let from = 0;
    for (const [runStart] of state.runs) {
      if (runStart < from) continue;
      quotedName(state, runStart);
      const end = capRunEnd(tokens, runStart, true);
      from = end;
      let first = runStart;
      while (first < end && isNotNameStart(tokens.lower(first))) first++;
      if (end - first >= 2 && INITIATIVE_SUFFIXES.has(tokens.lower(end - 1))) {
        addInitiative(state, first, end, 'initiative-suffix');
      } else if (end > first) {
        // "Kazakhstan–China oil pipeline": a name, material words, then "pipeline".
        let k = end;
        while (k - end < 2 && PIPELINE_WORDS.has(tokens.lower(k))) k++;
        if (k > end && tokens.lower(k) === 'pipeline')
          addInitiative(state, first, k + 1, 'initiative-pipeline');
      }
    }
  },
};
