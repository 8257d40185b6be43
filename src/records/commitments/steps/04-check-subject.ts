/**
 * Step 4: who stands before the cue. "will"/"would"/"shall" promise only when their subject can act: a country,
 * a person or organisation, or an actor word ("the sides", "the government", "we"); else they forecast ("trade
 * will grow", "a railway which will connect"). "would" also needs reported speech ("he said China would open").
 * A passive plan ("will be built") and work under way need a subject that is not a statistic: "45 projects worth
 * $14.5 billion are being implemented" is a figure, not a promise.
 */
import { WORD } from '../../../mentions/entities/index.js';
import { COMMA, DETERMINERS, OPENING_VERBS, SPEAKER_PRONOUNS, speakerOf, trimEnd } from '../_clause.js';
import type { CommitmentDraft, CommitmentEnv, CommitmentStep } from '../_draft.js';
import { type Named, once, within } from '../sentence-view.js';

/**
 * Words that follow an opening verb used without an object: "would open in Astana", "will resume next month",
 * "will start later this year". After them, what opens is the subject, even one that names an organisation.
 */
const AFTER_OPENING_ALONE = new Set([
  'in',
  'at',
  'on',
  'near',
  'by',
  'from',
  'within',
  'next',
  'this',
  'later',
  'soon',
  'shortly',
  'early',
  'before',
  'after',
  'during',
  'around',
  'as',
  'with',
]);

/** Words of a subject that name no thing: "the sides will start in May" and "and China will open" open nothing. */
const NO_THING = new Set([...DETERMINERS, 'both', 'all', 'and', 'or', 'but', 'also', 'then']);

/** Verbs of a modal clause that state a forecast even with an actor for subject. */
const FORECAST_VERBS = new Set([
  'be',
  'reach',
  'grow',
  'rise',
  'fall',
  'exceed',
  'amount',
  'total',
  'remain',
  'become',
  'see',
  'benefit',
  'take',
  'happen',
  'occur',
  'last',
  'come',
  'go',
  'pass',
  'connect',
  'link',
  'run',
  'stretch',
  'cost',
  'handle',
  'carry',
]);

/**
 * True when the subject region [first, end) holds an actor. `thingsOnly` (for a speaker that "it" stands for)
 * leaves out people and actor words: "Kazakhstan said it would build" is Kazakhstan's promise, but in "Tokayev
 * said it would give fresh momentum", "it" is the visit.
 */
function hasActor(
  draft: CommitmentDraft,
  env: CommitmentEnv,
  first: number,
  end: number,
  thingsOnly = false,
): boolean {
  const { tokens } = draft.view;
  if (end <= first) return false;
  const from = tokens.start(first);
  const to = tokens.end(end - 1);
  // A capital may stand for its country ("Beijing said it would build"); other places and initiatives do not act.
  const acts = (n: Named) =>
    (n.type !== 'place' || n.capitalOf !== null) &&
    n.type !== 'initiative' &&
    !(thingsOnly && n.type === 'person');
  if (within(draft.view.standalone, from, to).some(acts)) return true;
  if (thingsOnly) return false;
  for (let i = first; i < end; i++) if (env.language.actorWords.has(tokens.lower(i))) return true;
  return false;
}

/** Words that open a question about the modal's clause: "which statistics will be used", "whether it will open". */
const QUESTION_WORDS = new Set(['which', 'what', 'whether']);

/**
 * How an opening verb of an "after" cue reads its subject: `'subject'` when what opens is the subject ("a branch
 * will open", "a branch of Beijing Language and Culture University would open in Astana": no object, and a
 * subject naming a thing beside its actors; "a new plant will start production": no actor), `'object'` when it
 * opens what follows ("it would open a branch in Astana"), `'none'` when it opens nothing named ("the sides will
 * start in May"), null for other verbs.
 */
function openingReads(
  draft: CommitmentDraft,
  env: CommitmentEnv,
  cueFirst: number,
  actor: boolean,
): 'subject' | 'object' | 'none' | null {
  const { tokens } = draft.view;
  if (!draft.action || !OPENING_VERBS.has(draft.action) || cueFirst <= draft.subjectFirst) return null;
  const alone =
    draft.objectEnd <= draft.objectFirst || AFTER_OPENING_ALONE.has(tokens.lower(draft.objectFirst));
  let thing = false;
  let pronounsOnly = true;
  // From the cue back: a thing is named after the last comma ("the sides will start in May, and China will
  // open" names none).
  let afterComma = true;
  for (let i = cueFirst - 1; i >= draft.subjectFirst; i--) {
    const word = tokens.lower(i);
    if (!SPEAKER_PRONOUNS.has(word)) pronounsOnly = false;
    // A comma just before the cue closes an aside ("The plant, built with Chinese funding, will open").
    if (tokens.firstCode(i) === COMMA && i < cueFirst - 1) afterComma = false;
    if (!afterComma || tokens.kind(i) !== WORD || tokens.isCap(i)) continue;
    if (!NO_THING.has(word) && !env.language.actorWords.has(word) && !SPEAKER_PRONOUNS.has(word))
      thing = true;
  }
  if (actor) return alone ? (thing ? 'subject' : 'none') : 'object';
  return !alone && pronounsOnly ? 'object' : 'subject';
}

/** True when a subject of only "it" or "they" stands for a speaker who can act: "Kazakhstan said it would build". */
function speakerActs(draft: CommitmentDraft, env: CommitmentEnv, cueFirst: number): boolean {
  const { tokens, cues } = draft.view;
  const speaker = speakerOf(tokens, cues, draft.subjectFirst, cueFirst, env.language);
  const thingsOnly = tokens.lower(draft.subjectFirst) === 'it';
  return speaker !== null && hasActor(draft, env, speaker[0], speaker[1], thingsOnly);
}

/** The step this file describes at its top. */
export const checkSubject: CommitmentStep = {
  name: 'check-subject',
  run(draft, env) {
    const { tokens, cues } = draft.view;
    const cueFirst = draft.cue.tokens[0];
    if (
      draft.cue.modal &&
      (QUESTION_WORDS.has(tokens.lower(draft.subjectFirst)) ||
        QUESTION_WORDS.has(tokens.lower(draft.subjectFirst - 1)))
    ) {
      // "Which statistics will be used to judge progress remains open": a question, not a promise.
      draft.dropped = 'a question, not a promise';
      return;
    }
    if (draft.cue.side === 'before') {
      for (let i = draft.objectFirst; i < draft.objectEnd; i++) {
        if (tokens.kind(i) === 2) {
          draft.dropped = 'a statistic, not a promise';
          return;
        }
      }
      if (!draft.cue.modal) return;
    }
    if (!draft.cue.modal) return;
    if (draft.cue.side === 'after') {
      const actor = hasActor(draft, env, draft.subjectFirst, cueFirst) || speakerActs(draft, env, cueFirst);
      const opening = openingReads(draft, env, cueFirst, actor);
      if (opening === 'subject') {
        // "A branch of a Beijing university will open in Astana": what opens is the plan.
        draft.objectFirst = draft.subjectFirst;
        draft.objectEnd = trimEnd(tokens, draft.subjectFirst, cueFirst);
        draft.cue = { ...draft.cue, side: 'before' };
        return;
      }
      if (draft.objectEnd <= draft.objectFirst || opening === 'none') {
        // Step 3 kept "will open" with nothing after it for the subject to open; "China will open" and "the sides
        // will start in May" open nothing named.
        draft.dropped = 'no object';
        return;
      }
      if (!actor && opening === null) {
        draft.dropped = 'forecast: the subject of the modal is not an actor';
        return;
      }
      if (draft.action && FORECAST_VERBS.has(draft.action)) {
        draft.dropped = 'forecast verb';
        return;
      }
    }
    const reported = once(draft.view, 'reported', () => cues.some((cue) => cue.cue === 'report'));
    if (draft.cue.phrase === 'would' && !reported) draft.dropped = '"would" outside reported speech';
  },
};
