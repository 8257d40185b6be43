/**
 * Measure 2: a verb of flow named as a noun, with what follows the quantity: "China invested $2 billion in
 * Kazakhstan" -> "investment in kazakhstan", CN to KZ; "Kazakhstan imported $9 billion worth of goods from China"
 * -> "imports of goods from china", CN to KZ; "the two neighbours traded goods worth $4.4 billion" -> "trade in goods".
 */
import type { Flow, MeasureParser, SentenceView, Token, TokenRange } from '../_draft.js';
import { DETERMINERS, NOMINAL_VERBS, STOP_LEFT } from '../lang/en.js';
import {
  isFree,
  isWord,
  phraseAfter,
  phraseBefore,
  rangeText,
  skipFillerLeft,
  skipFrameLeft,
} from './_phrase.js';

const PARTNER_WORDS = new Set(['in', 'to', 'into', 'from']);

/** Most words of an object between its verb and "worth": "traded goods worth", "exported grain and flour worth". */
const MAX_OBJECT_WORDS = 4;

/** First country code in a token range, or null. */
function firstCode(view: SentenceView, range: TokenRange | null): string | null {
  if (!range) return null;
  for (let k = range[0]; k <= range[1]; k++) {
    const codes = (view.tokens[k] as Token).codes;
    if (codes?.[0]) return codes[0];
  }
  return null;
}

/** The phrase after the quantity: "worth of goods from China" -> range of "of goods from China"; "in Kazakhstan". */
function objectAfter(view: SentenceView, k: number): TokenRange | null {
  const { tokens } = view;
  if (isWord(tokens[k], 'worth')) k++;
  const word = tokens[k];
  if (!isFree(word) || (word.lower !== 'of' && !PARTNER_WORDS.has(word.lower))) return null;
  const phrase = phraseAfter(view, k + 1);
  return phrase ? [k, phrase[1]] : null;
}

/** The country after "from" (inward) or after "to"/"in"/"into" (outward) inside a range. */
function partnerIn(view: SentenceView, range: TokenRange | null, inward: boolean): string | null {
  if (!range) return null;
  for (let k = range[0]; k < range[1]; k++) {
    const w = (view.tokens[k] as Token).lower;
    if (PARTNER_WORDS.has(w) && (w === 'from') === inward) return firstCode(view, [k + 1, range[1]]);
  }
  return null;
}

/** Where the verb stands: before the quantity ("invested $2 billion"), before an indirect object ("lent Kazakhstan
 * $1.2 billion", whose country receives), or after it as a participle ("with $24 billion invested"). */
function findVerb(
  view: SentenceView,
  first: number,
  last: number,
): { at: number; receiver: string | null; after: boolean } | null {
  const { tokens } = view;
  const before = tokens[first - 1];
  if (isFree(before) && NOMINAL_VERBS[before.lower]) return { at: first - 1, receiver: null, after: false };
  const verb = tokens[first - 2];
  const receiver = before?.codes?.[0];
  if (receiver && isFree(verb) && NOMINAL_VERBS[verb.lower]) return { at: first - 2, receiver, after: false };
  const participle = tokens[last + 1];
  if (isFree(participle) && participle.lower.endsWith('ed') && NOMINAL_VERBS[participle.lower]) {
    return { at: last + 1, receiver: null, after: true };
  }
  return null;
}

/** "the two neighbours traded goods worth $4.4 billion": the verb and its object before "worth", or null. */
function verbBeforeWorth(view: SentenceView, first: number): { at: number; object: TokenRange } | null {
  const { tokens } = view;
  const worth = skipFillerLeft(tokens, first - 1);
  if (!isWord(tokens[worth], 'worth')) return null;
  for (let j = worth - 2; j >= 0 && j >= worth - 1 - MAX_OBJECT_WORDS; j--) {
    const token = tokens[j];
    if (!isFree(token)) return null;
    // A past verb only: in "exports to China are currently worth" the noun "exports" is the subject.
    if (token.lower.endsWith('ed') && NOMINAL_VERBS[token.lower])
      return { at: j, object: [j + 1, worth - 1] };
    if (STOP_LEFT.has(token.lower)) return null;
  }
  return null;
}

/**
 * True when "in X" after the money names what it is ("in humanitarian assistance"), not where it goes ("in the economy
 * of Kazakhstan").
 */
function namesMoney(view: SentenceView, object: TokenRange | null): boolean {
  if (!object || !isWord(view.tokens[object[0]], 'in')) return false;
  const head = view.tokens[object[0] + 1];
  return !head?.codes && !DETERMINERS.has(head?.lower ?? '');
}

export const verbNoun: MeasureParser = {
  name: 'verb-noun',
  parse(draft) {
    const { view } = draft;
    const { tokens } = view;
    const [first, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 0) return null;
    const direct = findVerb(view, first, last);
    const worth = direct ? null : verbBeforeWorth(view, first);
    const verb = direct ?? (worth ? { at: worth.at, receiver: null, after: false } : null);
    if (!verb) return null;
    const nominal = NOMINAL_VERBS[(tokens[verb.at] as Token).lower];
    if (!nominal) return null;
    const actor = verb.after ? null : firstCode(view, phraseBefore(view, skipFrameLeft(tokens, verb.at - 1)));
    const object = objectAfter(view, verb.after ? verb.at + 1 : last + 1);
    const inward = nominal.flow === 'in';
    const partner = verb.receiver ?? partnerIn(view, object, inward);
    let named = object;
    let measure = object ? `${nominal.measure} ${rangeText(view, [object])}` : nominal.measure;
    if (worth) {
      named = worth.object;
      measure = `${nominal.measure} ${nominal.link ?? 'of'} ${rangeText(view, [named])}`;
    } else if (object && namesMoney(view, object)) {
      // "granted $150 million in humanitarian assistance": the phrase after "in" names the money.
      named = [object[0] + 1, object[1]];
      measure = rangeText(view, [named]);
    }
    const ranges = named ? [named] : [];
    if ((!actor && !partner) || nominal.flow === 'none') return { measure, ranges };
    const flow: Flow = inward ? { from: partner, to: actor } : { from: actor, to: partner };
    return { measure, ranges, flow };
  },
};
