/** Clause boundaries in tokens: where the subject of a cue starts, where its object ends. */
import type { CueLanguage, CueMention } from '../../mentions/cues/index.js';
import type { TokenList } from '../../mentions/entities/index.js';

/**
 * Verbs whose subject can be what is planned: "a branch will open", "flights will resume soon" (step 4 reads
 * them; step 3 keeps such a cue when nothing follows the verb).
 */
export const OPENING_VERBS: ReadonlySet<string> = new Set([
  'open',
  'reopen',
  'start',
  'begin',
  'commence',
  'resume',
]);

/** Determiners that open a noun phrase ("the", "a", "these"); each step adds the words it also treats so. */
export const DETERMINERS: readonly string[] = [
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
];

/** Most tokens in an object. */
export const MAX_OBJECT_TOKENS = 40;

/** Most tokens a clause reaches back from its cue: a subject is near its verb, and long sentences stay linear. */
export const MAX_SUBJECT_TOKENS = 40;

/** Words after a comma that open a new clause, so the object ends at the comma. */
const CLAUSE_AFTER_COMMA = new Set([
  'which',
  'where',
  'while',
  'who',
  'whose',
  'but',
  'although',
  'though',
  'as',
  'with',
  'according',
  'said',
  'says',
  'adding',
  'noting',
  'he',
  'she',
  'they',
  'it',
  'this',
  'officials',
  'when',
  'whereas',
  'thereby',
]);

/** Code units of the punctuation the steps read: "," and ":". */
export const COMMA = 44;
export const COLON = 58;

/** Conjunctions that, before "that", open another reported clause: "said X would open and that Y". */
const CLAUSE_BEFORE_THAT = new Set(['and', 'but', 'or']);

/** Words an object does not end with: "increase grain exports further", "... and". */
const TRAILING = new Set([
  'and',
  'further',
  'also',
  'soon',
  'too',
  'as',
  'well',
  'again',
  'jointly',
  'together',
]);

/** First token of the clause holding token `at`: after the last clause opener, at most MAX_SUBJECT_TOKENS back. */
export function clauseStart(tokens: TokenList, at: number, language: CueLanguage): number {
  const limit = Math.max(0, at - MAX_SUBJECT_TOKENS);
  for (let i = at - 1; i >= limit; i--) {
    if (tokens.size(i) <= 8 && language.clauseOpeners.has(tokens.lower(i))) return i + 1;
    if (tokens.firstCode(i) === COMMA && CLAUSE_AFTER_COMMA.has(tokens.lower(i + 1))) return i + 1;
  }
  return limit;
}

/** Pronouns that stand for the speaker when they are the whole subject: "Kazakhstan said it would". */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);

/**
 * The subject of the reporting verb that a pronoun subject [first, end) stands for: on "Kazakhstan said it would
 * open an office", the tokens of "Kazakhstan"; null when the subject is more than "it" or "they", or no reporting
 * verb comes before it.
 */
export function speakerOf(
  tokens: TokenList,
  cues: readonly CueMention[],
  first: number,
  end: number,
  language: CueLanguage,
): [number, number] | null {
  if (end <= first) return null;
  for (let i = first; i < end; i++) if (!SPEAKER_PRONOUNS.has(tokens.lower(i))) return null;
  let report: CueMention | null = null;
  for (const cue of cues) {
    if (cue.tokens[1] > first) break;
    if (cue.cue === 'report') report = cue;
  }
  return report === null ? null : [clauseStart(tokens, report.tokens[0], language), report.tokens[0]];
}

/** True for a cue that ends the object before it: another promise, a denial, a condition, a reporting verb. */
function endsObject(cue: CueMention): boolean {
  return cue.cue !== 'agreement' && cue.cue !== 'sign' && cue.cue !== 'stalled';
}

/**
 * End of the object of cues[index] starting at token `from`: the end of the sentence, a ";", a comma opening a
 * new clause, the next cue (with the "and" before it), at most MAX_OBJECT_TOKENS tokens.
 */
export function objectEnd(
  tokens: TokenList,
  from: number,
  cues: readonly CueMention[],
  index: number,
): number {
  const limit0 = Math.min(tokens.length, from + MAX_OBJECT_TOKENS);
  let nextCue = tokens.length;
  let nextIsReport = false;
  for (let k = index + 1; k < cues.length; k++) {
    const cue = cues[k] as CueMention;
    if (cue.tokens[0] >= limit0) break;
    if (cue.tokens[0] >= from && endsObject(cue)) {
      nextCue = cue.tokens[0];
      nextIsReport = cue.cue === 'report';
      break;
    }
  }
  let end = from;
  const limit = Math.min(limit0, nextCue);
  while (end < limit) {
    const code = tokens.firstCode(end);
    if (tokens.kind(end) === 3 && (code === 59 || code === 46 || code === 33 || code === 63)) break;
    if (code === COMMA && CLAUSE_AFTER_COMMA.has(tokens.lower(end + 1))) break;
    // "would open in Astana and that a workshop is planned": a second reported clause is not the object.
    if (tokens.lower(end + 1) === 'that' && CLAUSE_BEFORE_THAT.has(tokens.lower(end))) break;
    end++;
  }
  // "..., the ministry said": a reporting verb takes its subject with it back to the comma.
  if (end === nextCue && nextIsReport) {
    for (let i = end - 1; i > from && i >= end - 4; i--) {
      if (tokens.firstCode(i) === COMMA) {
        end = i;
        break;
      }
    }
  }
  return trimEnd(tokens, from, end);
}

/**
 * End of [from, end) without a trailing "and", adverb, comma or colon: "the logistics park," is "the logistics
 * park", and "projects in the following fields:" (a list follows) is "projects in the following fields".
 */
export function trimEnd(tokens: TokenList, from: number, end: number): number {
  let at = end;
  while (
    at > from &&
    (TRAILING.has(tokens.lower(at - 1)) ||
      tokens.firstCode(at - 1) === COMMA ||
      tokens.firstCode(at - 1) === COLON)
  )
    at--;
  return at;
}
