/**
 * Step 4: who stands before the cue. "will"/"would"/"shall" promise only when their subject can act: a country,
 * a person or organisation, or an actor word ("the sides", "the government", "we"); else they forecast ("trade
 * will grow", "a railway which will connect"). "would" also needs reported speech ("he said China would open").
 * A passive plan ("will be built") and work under way need a subject that is not a statistic: "45 projects worth
 * $14.5 billion are being implemented" is a figure, not a promise.
 */
import type { CommitmentDraft, CommitmentEnv, CommitmentStep } from '../_draft.js';
import { once, within } from '../sentence-view.js';

/** Verbs whose subject is what is planned when no actor stands there: "a branch will open", "flights will start". */
const OPENING_VERBS = new Set(['open', 'reopen', 'start', 'begin', 'commence', 'resume']);

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

/** True when the subject region [first, end) holds an actor. */
function hasActor(draft: CommitmentDraft, env: CommitmentEnv, first: number, end: number): boolean {
  const { tokens } = draft.view;
  if (end <= first) return false;
  const from = tokens.start(first);
  const to = tokens.end(end - 1);
  if (within(draft.view.standalone, from, to).some((n) => n.type !== 'place' && n.type !== 'initiative'))
    return true;
  for (let i = first; i < end; i++) if (env.language.actorWords.has(tokens.lower(i))) return true;
  return false;
}

/** The step this file describes at its top. */
export const checkSubject: CommitmentStep = {
  name: 'check-subject',
  run(draft, env) {
    const { tokens, cues } = draft.view;
    const cueFirst = draft.cue.tokens[0];
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
      if (!hasActor(draft, env, draft.subjectFirst, cueFirst)) {
        if (draft.action && OPENING_VERBS.has(draft.action) && cueFirst > draft.subjectFirst) {
          // "A branch of a Beijing university will open in Astana": what opens is the plan.
          draft.objectFirst = draft.subjectFirst;
          draft.objectEnd = cueFirst;
          draft.cue = { ...draft.cue, side: 'before' };
          return;
        }
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
