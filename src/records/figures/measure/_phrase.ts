/** Token walks the measure parsers share: noun phrases left and right of a quantity, predicates, cue phrases. */
import type { SentenceView, Token, TokenRange } from '../_draft.js';
import {
  BACK_REFERENCES,
  DETERMINERS,
  EVALUATIVE,
  IRREGULAR_PARTICIPLES,
  LEADING_ADVERBS,
  LINK_VERBS,
  NP_PREPOSITIONS,
  PASSIVE_AUXILIARIES,
  PAST_MARKERS,
  POST_PREPOSITIONS,
  PREDICATE_ADVERBS,
  PRESENT_MARKERS,
  PUT_VERBS,
  QUANTITY_FILLER,
  RAISE_VERBS,
  REPORTING_VERBS,
  STOP_LEFT,
  STOP_RIGHT,
  VAGUE_AMOUNTS,
  VERB_FRAME,
} from '../lang/en.js';

/** Means of transport after "by" inside a measure: "freight carried by rail". */
const TRANSPORT_MODES = new Set([
  'rail',
  'road',
  'air',
  'sea',
  'truck',
  'trucks',
  'pipeline',
  'ship',
  'train',
  'trains',
  'river',
]);

/** Longest measure read in one direction, in words. */
const MAX_WORDS = 10;
/** Most filler or frame words skipped between a quantity and its verb. */
const MAX_SKIP = 6;

/** A plain word, not covered by a quantity or time mention. */
function isFree(token: Token | undefined): token is Token {
  return token?.isWord === true && token.quantity < 0 && token.time < 0;
}

/** "and" joins two names ("between Kazakhstan and China"), not two clauses. */
function joinsNames(tokens: Token[], k: number): boolean {
  const left = tokens[k - 1];
  const right = tokens[k + 1];
  return !!left && !!right && (left.isCap || !!left.codes) && (right.isCap || !!right.codes);
}

/** A token of digits only ("2022", "4,700"). */
function isNumeral(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 44 || c === 46)) return false;
  }
  return w.length > 0;
}

/** Drops what a measure never starts or ends with: "the significant chinese investments in" -> "chinese investments". */
export function trimRange(tokens: Token[], from: number, to: number): TokenRange | null {
  while (from <= to) {
    const w = (tokens[from] as Token).lower;
    if (
      !(
        DETERMINERS.has(w) ||
        EVALUATIVE.has(w) ||
        LEADING_ADVERBS.has(w) ||
        NP_PREPOSITIONS.has(w) ||
        w === 'and' ||
        VAGUE_AMOUNTS.has(w)
      )
    )
      break;
    from++;
  }
  while (to >= from) {
    const w = (tokens[to] as Token).lower;
    if (!(POST_PREPOSITIONS.has(w) || DETERMINERS.has(w) || w === 'and')) break;
    to--;
  }
  if (from > to) return null;
  // "compared to 2022 and reached": numbers left outside any mention name no measure; "the 2022 figure" does.
  for (let k = from; k <= to; k++) if (!isNumeral((tokens[k] as Token).lower)) return [from, to];
  return null;
}

/** Prepositions of time or place kept inside a phrase after a participle: "contracts signed during the visit". */
const INNER_PREPOSITIONS = new Set(['during', 'at', 'under', 'after', 'by']);

/** A participle after a plural noun inside a noun phrase: "the agreements signed" (exceeded ...). */
function isParticipleAfterNoun(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  return (
    (tokens[k] as Token).lower.endsWith('ed') &&
    isFree(noun) &&
    noun.lower.endsWith('s') &&
    !STOP_LEFT.has(noun.lower)
  );
}

/** The noun phrase ending at token `last`, read leftwards: "...noted the significant Chinese investments in Kazakhstan". */
export function phraseBefore(view: SentenceView, last: number): TokenRange | null {
  const { tokens } = view;
  let from = last + 1;
  for (let k = last, words = 0; k >= 0 && words < MAX_WORDS; k--, words++) {
    const token = tokens[k];
    if (!isFree(token)) break;
    if (!token.codes) {
      const w = token.lower;
      if (w === 'and') {
        if (!joinsNames(tokens, k)) break;
      } else if (w === 'with') {
        // "Uzbekistan's trade with (the) China": kept between a noun and a name; "with bilateral trade reaching" ends.
        const name = DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? tokens[k + 2] : tokens[k + 1];
        const noun = tokens[k - 1];
        if (!(name?.isCap || name?.codes) || !isFree(noun) || STOP_LEFT.has(noun.lower)) break;
      } else if (w === 'by') {
        // "cargo transportation by rail": a means of transport; "by 2030" or "driven by" ends the phrase.
        if (!TRANSPORT_MODES.has(tokens[k + 1]?.lower ?? '')) break;
      } else if (DETERMINERS.has(w)) {
        const previous = tokens[k - 1];
        const inner =
          NP_PREPOSITIONS.has(previous?.lower ?? '') || INNER_PREPOSITIONS.has(previous?.lower ?? '');
        if (!(previous?.isWord && (inner || previous.lower === 'with'))) break;
      } else if (INNER_PREPOSITIONS.has(w) && isParticipleAfterNoun(tokens, k - 1)) {
        // "the value of contracts signed during the visit": kept after "contracts signed".
      } else if (STOP_LEFT.has(w) || RAISE_VERBS.has(w) || PUT_VERBS.has(w)) {
        if (!isParticipleAfterNoun(tokens, k)) break;
      }
    }
    from = k;
  }
  return from > last ? null : trimRange(tokens, from, last);
}

/** A word that may be the clause's main verb: "passed", "visited", "operate". */
function isVerbLike(w: string): boolean {
  return PAST_MARKERS.has(w) || PRESENT_MARKERS.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/**
 * True when the quantity opens its clause, with no verb before it ("2 million tonnes of cargo passed through Khorgos"):
 * a verb after its noun is then the main verb, not part of the measure. Reporting verbs do not count ("He said ...").
 */
export function inSubjectPosition(view: SentenceView, first: number): boolean {
  const { tokens } = view;
  const clause = tokens[first]?.clause ?? 0;
  for (let k = first - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.clause !== clause) break;
    if (
      isFree(token) &&
      !REPORTING_VERBS.has(token.lower) &&
      (isVerbLike(token.lower) || LINK_VERBS.has(token.lower))
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The noun phrase starting at token `first`, read rightwards: "Chinese capital" in "enterprises with Chinese capital".
 * With `stopAtVerbs` (the quantity is the subject) it ends before a verb: "cargo" in "cargo passed through Khorgos".
 */
export function phraseAfter(view: SentenceView, first: number, stopAtVerbs = false): TokenRange | null {
  const { tokens } = view;
  let to = first - 1;
  for (let k = first, words = 0; k < tokens.length && words < MAX_WORDS; k++, words++) {
    const token = tokens[k];
    if (!isFree(token)) break;
    if (!token.codes) {
      const w = token.lower;
      if (w === 'and') {
        if (!joinsNames(tokens, k)) break;
      } else if (STOP_RIGHT.has(w) || (stopAtVerbs && isVerbLike(w))) break;
    }
    to = k;
  }
  return to < first ? null : trimRange(tokens, first, to);
}

/** True for a past participle: "implemented", "signed", "built". */
function isParticiple(w: string): boolean {
  return (w.length > 4 && w.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(w);
}

/** Most words of a place after a participle: "in the special economic zone". */
const MAX_PLACE_WORDS = 4;

/** Particles of phrasal participles: "set up", "carried out". */
const PARTICLES = new Set(['up', 'out', 'off']);

/** Prepositions of place a predicate keeps: "enrolled at Chinese universities", "registered in Kazakhstan". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'between', 'across', 'with']);

/** End of "at Chinese universities" after a participle at k (names or adjective + noun only), else k. */
function placeAfter(tokens: Token[], k: number): number {
  const preposition = tokens[k + 1];
  if (!isFree(preposition) || !PLACE_PREPOSITIONS.has(preposition.lower)) return k;
  let end = k;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + MAX_PLACE_WORDS; j++) {
    const token = tokens[j];
    if (!isFree(token) || STOP_RIGHT.has(token.lower)) break;
    end = j;
  }
  return end;
}

/** A passive predicate from token `k`: "are currently being implemented" -> the range of "being implemented". */
export function predicateAfter(tokens: Token[], k: number): TokenRange | null {
  let sawAuxiliary = false;
  let first = -1;
  for (let steps = 0; k < tokens.length && steps < MAX_SKIP; k++, steps++) {
    const token = tokens[k] as Token;
    // "are currently being implemented": "currently" is a time mention, read here as an adverb.
    if (token.time >= 0 && first < 0) continue;
    if (!isFree(token)) return null;
    const w = token.lower;
    if (w === 'being' && sawAuxiliary) first = k;
    else if (PASSIVE_AUXILIARIES.has(w)) sawAuxiliary = true;
    else if (PREDICATE_ADVERBS.has(w)) continue;
    else if (!sawAuxiliary) return null;
    else if (isParticiple(w)) {
      // "have been set up in the zone": a particle belongs to the participle.
      const end = PARTICLES.has(tokens[k + 1]?.lower ?? '') && isFree(tokens[k + 1]) ? k + 1 : k;
      return [first >= 0 ? first : k, placeAfter(tokens, end)];
    } else if (w === 'under' && isFree(tokens[k + 1])) return [first >= 0 ? first : k, k + 1];
    else return null;
  }
  return null;
}

/** Index left of any filler before a quantity: in "worth a total of $14.5 billion" the index of "worth". */
export function skipFillerLeft(tokens: Token[], k: number): number {
  for (let steps = 0; k >= 0 && steps < MAX_SKIP; k--, steps++) {
    const token = tokens[k] as Token;
    if (!isFree(token) || !QUANTITY_FILLER.has(token.lower)) break;
  }
  return k;
}

/** Index left of verb frame words and times: in "trade is expected to reach" (k at "to") the index of "trade". */
export function skipFrameLeft(tokens: Token[], k: number): number {
  for (let steps = 0; k >= 0 && steps < MAX_SKIP; k--) {
    const token = tokens[k] as Token;
    if (token.time >= 0) continue;
    if (!token.isWord || token.quantity >= 0 || !VERB_FRAME.has(token.lower)) break;
    steps++;
  }
  return k;
}

/** Index left of a phrase of `phrases` that ends at token k ("amounting to", "reached"), or -2 when none does. */
export function matchPhraseLeft(tokens: Token[], k: number, phrases: ReadonlySet<string>): number {
  let joined = '';
  for (let size = 1; size <= 3 && k - size + 1 >= 0; size++) {
    const token = tokens[k - size + 1] as Token;
    if (!isFree(token)) break;
    joined = size === 1 ? token.lower : `${token.lower} ${joined}`;
    if (phrases.has(joined)) {
      // Prefer the longest phrase: "came in at" over "at".
      let best = k - size;
      for (let longer = size + 1; longer <= 3 && k - longer + 1 >= 0; longer++) {
        const more = tokens[k - longer + 1] as Token;
        if (!isFree(more)) break;
        joined = `${more.lower} ${joined}`;
        if (phrases.has(joined)) best = k - longer;
      }
      return best;
    }
  }
  return -2;
}

/** A back-reference ending at token k ("this figure", "it"): its start index, or -1. */
export function backReferenceAt(tokens: Token[], k: number): number {
  const last = tokens[k];
  if (!isFree(last)) return -1;
  const previous = tokens[k - 1];
  if (isFree(previous) && BACK_REFERENCES.has(`${previous.lower} ${last.lower}`)) return k - 1;
  return BACK_REFERENCES.has(last.lower) ? k : -1;
}

/** Lower-case text of token ranges, joined by spaces: "kazakh students in chinese universities". */
export function rangeText(view: SentenceView, ranges: TokenRange[]): string {
  const { tokens, sentence } = view;
  const parts: string[] = [];
  for (const [from, to] of ranges) {
    const text = sentence.text.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
    parts.push(text.toLowerCase());
  }
  const joined = parts.length === 1 ? (parts[0] as string) : parts.join(' ');
  // Matches the "\n  " in "chinese\n  investments"; must not match "a".
  const spaced = NEEDS_SPACING.test(joined) ? joined.replace(/\s+/g, ' ') : joined;
  // Matches the "’" in "kazakhstan’s"; must not match "'".
  return spaced.includes('\u2019') ? spaced.replace(/\u2019/g, "'") : spaced;
}

/**
 * Whitespace other than one plain space between words, which rangeText collapses to one space: matches the "\n"
 * and the "  " of "chinese\n  investments"; must not match "bilateral trade". Tested first, so the common phrase
 * costs no copy.
 */
const NEEDS_SPACING = /[^\S ]| \s/;

/** A token that is a free word with this lower-case text. */
export function isWord(token: Token | undefined, word: string): boolean {
  return isFree(token) && token.lower === word;
}

/** A free word (not part of a quantity or time). */
export { isFree };
