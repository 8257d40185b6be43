/**
 * Step 2: the name as the text gives it. A capitalized noun takes the capitalized words around it ("Joint
 * Statement", "Astana Declaration", "Agreement on the Avoidance of Double Taxation"); a lower-case one its
 * modifiers and an "on ..." phrase ("investment agreements", "agreements on energy and transport").
 */

import { EN } from '../../../mentions/cues/index.js';
import type { TokenList } from '../../../mentions/entities/index.js';
import { once } from '../../commitments/index.js';
import type { AgreementDraft, AgreementStep } from '../_draft.js';
import { numberWord } from './03-find-count.js';

const NUMBER_WORDS = EN.numberWords;

/** Words that end a lower-case name on the left: determiners, quantities, verbs, prepositions. */
const LEFT_STOPS = new Set(
  (
    'a an the this that these those its their several some many various numerous multiple two three four five six ' +
    'seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty dozen dozens of were was ' +
    'been be have has had signed inked concluded adopted and or with ' +
    'new other further more additional key important major number series package raft total both'
  ).split(' '),
);

/** Words that end an "on ..." phrase. */
const RIGHT_STOPS = new Set(
  'were was is are worth with between during at by signed inked which that who to as in on for from under after before'.split(
    ' ',
  ),
);

/** Words inside a capitalized name: "Agreement on the Avoidance of Double Taxation". */
const NAME_LINKS = new Set(['on', 'of', 'the', 'for', 'between', 'and', 'in']);

/** Most modifiers before a lower-case noun, and words in its "on" phrase. */
const MAX_MODIFIERS = 3;
const MAX_ON_WORDS = 8;

/** Name of a capitalized agreement noun: capitalized words around it, joined by links. */
function capitalizedName(draft: AgreementDraft, tokens: TokenList): void {
  let first = draft.noun.tokens[0];
  while (tokens.isCap(first - 1) && tokens.kind(first - 1) === 1 && !LEFT_STOPS.has(tokens.lower(first - 1)))
    first--;
  const nouns = once(
    draft.view,
    'agreement-nouns',
    () => new Set(draft.view.cues.filter((cue) => cue.cue === 'agreement').map((cue) => cue.tokens[0])),
  );
  let at = draft.noun.tokens[1];
  while (at < tokens.length && !nouns.has(at)) {
    const lower = tokens.lower(at);
    // "Treaty of Friendship and Cooperation", but not "the Agreement and the Protocol".
    const link = NAME_LINKS.has(lower) && (lower !== 'and' || (tokens.isCap(at + 1) && !nouns.has(at + 1)));
    if (!tokens.isCap(at) && !link) break;
    at++;
  }
  while (at > draft.noun.tokens[1] && !tokens.isCap(at - 1)) at--;
  draft.nameFirst = first;
  draft.nameEnd = at;
}

/** Name of a lower-case agreement noun: its modifiers and an "on ..." phrase. */
function lowerCaseName(draft: AgreementDraft, tokens: TokenList): void {
  const noun = draft.noun.tokens[0];
  let first = noun;
  while (first > 0 && noun - first < MAX_MODIFIERS && tokens.kind(first - 1) === 1) {
    const lower = tokens.lower(first - 1);
    if (LEFT_STOPS.has(lower) || lower.endsWith('ed') || numberWord(lower, NUMBER_WORDS) !== null) break;
    first--;
  }
  let end = draft.noun.tokens[1];
  if (tokens.lower(end) === 'on') {
    let at = end + 1;
    while (
      at < tokens.length &&
      at - end <= MAX_ON_WORDS &&
      tokens.kind(at) === 1 &&
      !RIGHT_STOPS.has(tokens.lower(at))
    )
      at++;
    while (at > end + 1 && tokens.lower(at - 1) === 'and') at--;
    if (at > end + 1) end = at;
  }
  draft.nameFirst = first;
  draft.nameEnd = end;
}

/** The step this file describes at its top. */
export const findName: AgreementStep = {
  name: 'find-name',
  run(draft) {
    const { tokens } = draft.view;
    if (tokens.isCap(draft.noun.tokens[0])) capitalizedName(draft, tokens);
    else lowerCaseName(draft, tokens);
  },
};
