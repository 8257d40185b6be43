/**
 * Step 3: the object, from its start to the end of the clause (the next cue, a ";", a comma opening a new
 * clause); noun cues take their action from it now. An empty object drops the cue, but for an opening verb after
 * a modal ("flights will resume soon"), whose subject step 4 may take. An object that only points at what follows
 * ("agreed on the following", "the following points") announces the promises to come and is no promise itself.
 */

import type { TokenList } from '../../../mentions/entities/index.js';
import { MAX_OBJECT_TOKENS, OPENING_VERBS, objectEnd } from '../_clause.js';
import type { CommitmentStep } from '../_draft.js';
import { actionFromObject } from './02-find-action.js';

/** Nouns that "the following" may take and still name nothing: "the following points", "the following steps". */
const POINTER_NOUNS = new Set([
  'points',
  'measures',
  'steps',
  'provisions',
  'principles',
  'issues',
  'matters',
]);

/** True when tokens [first, end) are "(the) following", with one of POINTER_NOUNS at most. */
function pointsAhead(tokens: TokenList, first: number, end: number): boolean {
  let i = first;
  if (tokens.lower(i) === 'the') i++;
  if (tokens.lower(i) !== 'following') return false;
  i++;
  if (i < end && POINTER_NOUNS.has(tokens.lower(i))) i++;
  return i === end;
}

/** The step this file describes at its top. */
export const findObject: CommitmentStep = {
  name: 'find-object',
  run(draft, env) {
    const { tokens, cues } = draft.view;
    if (draft.cue.side === 'after')
      draft.objectEnd = objectEnd(tokens, draft.objectFirst, cues, draft.cueIndex);
    if (draft.objectEnd <= draft.objectFirst) {
      // "Flights will resume soon": nothing follows the verb, and step 4 takes the subject for what resumes.
      const opensAlone = draft.cue.modal && draft.action !== null && OPENING_VERBS.has(draft.action);
      if (!opensAlone) draft.dropped = 'no object';
      return;
    }
    if (pointsAhead(tokens, draft.objectFirst, draft.objectEnd)) {
      draft.dropped = 'points at the promises that follow';
      return;
    }
    if (draft.objectEnd - draft.objectFirst > MAX_OBJECT_TOKENS)
      draft.objectFirst = draft.objectEnd - MAX_OBJECT_TOKENS;
    draft.action ??=
      draft.cue.action ??
      actionFromObject(tokens, draft.objectFirst, draft.objectEnd, env.language) ??
      'implement';
  },
};
