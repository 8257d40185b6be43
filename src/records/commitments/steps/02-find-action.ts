/**
 * Step 2: the action and where the object starts. After "to", "will", "of" cues the action is the next verb
 * ("plans to further increase": increase; "stressed the importance of further implementing": implement;
 * "set up" keeps its particle; "help Kazakhstan build" gives build); "will be built" is a plan for what stands
 * before it; a noun cue ("plans for", "announced the opening of") takes its action from the cue, an action noun
 * in the object ("the construction of": build), or the object's head noun ("another Lu Ban Workshop": open,
 * "cultural centers": open, "events": hold); else "implement".
 */
import type { CueLanguage } from '../../../mentions/cues/index.js';
import { lemma } from '../../../mentions/cues/index.js';
import type { TokenList } from '../../../mentions/entities/index.js';
import { DETERMINERS, trimEnd } from '../_clause.js';
import type { CommitmentDraft, CommitmentStep } from '../_draft.js';

/** Words that follow a modal but are not a plan's verb ("would like to", "will be able to"). */
const NOT_PLAN_VERBS = new Set([
  'like',
  'able',
  'need',
  'have',
  'allow',
  'mean',
  'remain',
  'become',
  'depend',
]);

/** Words after "to" that start a noun phrase: "agreed to the construction of" is a noun cue. */
const NOUN_PHRASE_STARTS = new Set([...DETERMINERS, 'his', 'her', 'new', 'joint']);

/** Phrases in front of the verb that keep the search going: "continue to", "try to", "work to". */
const LEAD_INS = new Set(['continue', 'try', 'work', 'seek', 'strive', 'start', 'begin']);

/** Prepositions after a lead-in that take an -ing verb: "work towards doubling". */
const TOWARDS = new Set(['towards', 'toward']);

/** Particles of phrasal verbs: "set up", "carry out", "roll out". */
const PARTICLES = new Set(['up', 'out', 'off', 'down']);

/** Verbs that hand the action to a second verb: "help Kazakhstan build", "assist the city to build". */
const HELPERS = new Set(['help', 'assist']);

/** Index of the verb after token `at` (adverbs and "continue to" skipped), or -1. */
function verbAfter(tokens: TokenList, at: number, language: CueLanguage): number {
  let i = at;
  while (i < tokens.length && (language.skippable.has(tokens.lower(i)) || tokens.lower(i) === 'to')) i++;
  if (LEAD_INS.has(tokens.lower(i)) && tokens.lower(i + 1) === 'to')
    return verbAfter(tokens, i + 2, language);
  // "work towards doubling it": the verb is the one the lead-in works towards.
  if (
    LEAD_INS.has(tokens.lower(i)) &&
    TOWARDS.has(tokens.lower(i + 1)) &&
    tokens.kind(i + 2) === 1 &&
    tokens.lower(i + 2).endsWith('ing')
  )
    return i + 2;
  return tokens.kind(i) === 1 && !tokens.isCap(i) ? i : -1;
}

/** Action implied by the first action noun or head noun among the first tokens of [first, end). */
export function actionFromObject(
  tokens: TokenList,
  first: number,
  end: number,
  language: CueLanguage,
): string | null {
  for (let i = first; i < Math.min(end, first + 4); i++) {
    const noun = language.nominalizations.get(tokens.lower(i));
    if (noun) return noun;
  }
  for (let i = first; i < Math.min(end, first + 8); i++) {
    const action = language.objectActions.get(tokens.lower(i));
    if (action) return action;
  }
  return null;
}

/** The verb a helper hands on to: "help Kazakhstan build" gives the index of "build", else `verb`. */
function helped(tokens: TokenList, verb: number): number {
  if (!HELPERS.has(tokens.lower(verb))) return verb;
  let k = verb + 1;
  while (k < verb + 4 && (tokens.isCap(k) || tokens.lower(k) === "'s")) k++;
  if (tokens.lower(k) === 'to') k++;
  return k > verb + 1 && tokens.kind(k) === 1 && !tokens.isCap(k) ? k : verb;
}

/** Verbs of going somewhere that hand the action to a purpose: "will meet in Astana to sign a protocol". */
const MEETING_VERBS = new Set(['meet', 'gather', 'convene', 'travel', 'visit', 'come', 'go']);

/** The verb of a purpose after a meeting verb ("meet in Astana next month to sign"), within six words; else `verb`. */
function purpose(tokens: TokenList, verb: number): number {
  if (!MEETING_VERBS.has(tokens.lower(verb))) return verb;
  for (let k = verb + 1; k < verb + 8 && k < tokens.length; k++) {
    if (tokens.kind(k) === 3) break;
    if (tokens.lower(k) === 'to' && tokens.kind(k + 1) === 1 && !tokens.isCap(k + 1)) return k + 1;
  }
  return verb;
}

/** Sets the action of a verbal cue, and the object start after the verb. */
function verbal(draft: CommitmentDraft, language: CueLanguage): void {
  const { tokens } = draft.view;
  const verb = verbAfter(tokens, draft.cue.tokens[1], language);
  if (verb < 0) {
    draft.dropped = 'no verb after the cue';
    return;
  }
  const word = tokens.lower(verb);
  if (NOUN_PHRASE_STARTS.has(word) && !draft.cue.modal) {
    // "agreed to the construction of a plant": a noun phrase; the action comes from it.
    draft.objectFirst = verb;
    return;
  }
  const last = tokens.lower(draft.cue.tokens[1] - 1);
  if ((last === 'of' || last === 'at') && !word.endsWith('ing')) {
    draft.dropped = 'no -ing verb after the cue';
    return;
  }
  if (draft.cue.modal && word === 'be') {
    // "will be built": the plan is what stands before the modal.
    const participle = verbAfter(tokens, verb + 1, language);
    if (participle < 0) {
      draft.dropped = 'no participle after "be"';
      return;
    }
    draft.action = lemma(tokens.word(participle), language);
    draft.objectFirst = draft.subjectFirst;
    draft.objectEnd = trimEnd(tokens, draft.subjectFirst, draft.cue.tokens[0]);
    draft.cue = { ...draft.cue, side: 'before' };
    return;
  }
  if (NOT_PLAN_VERBS.has(word)) {
    draft.dropped = `"${word}" is no plan`;
    return;
  }
  const at = purpose(tokens, helped(tokens, verb));
  draft.action = lemma(tokens.word(at), language);
  draft.objectFirst = at + 1;
  // "set up a working group": the particle belongs to the action.
  if (PARTICLES.has(tokens.lower(at + 1))) {
    draft.action = `${draft.action} ${tokens.lower(at + 1)}`;
    draft.objectFirst = at + 2;
  }
}

/** The step this file describes at its top. */
export const findAction: CommitmentStep = {
  name: 'find-action',
  run(draft, env) {
    const { cue } = draft;
    const { tokens } = draft.view;
    const language = env.language;
    if (cue.side === 'before') {
      draft.objectFirst = draft.subjectFirst;
      draft.objectEnd = trimEnd(tokens, draft.subjectFirst, cue.tokens[0]);
      draft.action =
        cue.action ?? actionFromObject(tokens, draft.objectFirst, draft.objectEnd, language) ?? 'implement';
      return;
    }
    const last = tokens.lower(cue.tokens[1] - 1);
    const isVerbal =
      cue.modal ||
      last === 'to' ||
      ((last === 'of' || last === 'at') && cue.action === null && cue.cue === 'commit');
    if (isVerbal && cue.action === null) {
      verbal(draft, language);
      return;
    }
    draft.objectFirst = cue.tokens[1];
  },
};
