/** Cue readers shared by the kind and period refiners: target words, share and change wording, tense. */
import type { Draft, Token } from '../_draft.js';
import {
  BASE_FORM_CUES,
  CHANGE_NOUNS,
  DETERMINERS,
  FALL_NOUNS,
  PAST_MARKERS,
  PRESENT_MARKERS,
  REPORTING_VERBS,
  SHARE_WORDS,
  SUBJECT_TAIL_WORDS,
  TARGET_CUES,
  TARGET_MODALS,
  TARGET_NOUNS,
  TARGET_PAIRS,
  TARGET_PREDICATES,
  WORTH_CUES,
} from '../lang/en.js';

/** First words of TARGET_PAIRS ("set" of "set to"): only after one of them is a pair worth spelling out. */
const TARGET_PAIR_FIRSTS: ReadonlySet<string> = new Set(
  [...TARGET_PAIRS].map((pair) => pair.split(' ')[0] ?? ''),
);

/** Most tokens looked at left of a quantity for share wording ("accounted for about 30% of"). */
const SHARE_LOOK_BACK = 4;

function quantityRange(draft: Draft): [number, number] {
  return draft.view.quantityTokens[draft.q] ?? [0, -1];
}

/**
 * True when the clause says the quantity is planned: "plans to double this figure", "is expected to reach",
 * "a $50 billion target". Read leftwards from the quantity to the clause start or the previous quantity.
 */
export function hasTargetCue(draft: Draft): boolean {
  const { tokens } = draft.view;
  const [first, last] = quantityRange(draft);
  const clause = tokens[first]?.clause ?? 0;
  for (let k = first - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.clause !== clause || token.quantity >= 0) break;
    // "In May": a month is a time, not the modal "may".
    if (token.time >= 0) continue;
    const w = token.lower;
    const next = tokens[k + 1]?.lower ?? '';
    if (TARGET_CUES.has(w) && !(w.startsWith('aim') && next === 'at')) return true;
    if (TARGET_PAIR_FIRSTS.has(w) && TARGET_PAIRS.has(`${w} ${next}`)) return true;
    if (w === 'to' && BASE_FORM_CUES.has(next)) return true;
  }
  const after = tokens[last + 1]?.lower ?? '';
  // "a $50 billion target", "a $35 billion trade goal".
  if (TARGET_NOUNS.has(after) || TARGET_NOUNS.has(tokens[last + 2]?.lower ?? '')) return true;
  if (isTargetApposition(tokens, last)) return true;
  if (hasTargetPredicate(tokens, measureEnd(draft, last))) return true;
  // "Trade turnover of $50 billion is the goal for 2030".
  const verb = tokens[last + 1]?.lower ?? '';
  const noun = DETERMINERS.has(tokens[last + 2]?.lower ?? '')
    ? tokens[last + 3]?.lower
    : tokens[last + 2]?.lower;
  return (verb === 'is' || verb === 'was' || verb === 'remains') && TARGET_NOUNS.has(noun ?? '');
}

/** Last token of the measure words that run on from the quantity ("enterprises with Chinese capital"), else `last`. */
function measureEnd(draft: Draft, last: number): number {
  let end = last;
  for (const [from, to] of draft.measureRanges) if (from <= end + 1 && to > end) end = to;
  return end;
}

/** Most rate or adverb words skipped between a subject quantity and its verb ("a week", "also"). */
const SUBJECT_TAIL = 3;

/**
 * True when the verb right after the quantity (and the measure words that run on from it) plans it: "another eleven
 * enterprises with Chinese capital will open next year", "a further 15 projects are planned", "20 flights a week are
 * to be added", "45 projects worth $14.5 billion would be implemented". Only a modal, or "is"/"are" with a planning
 * word, right after the quantity (a rate, an adverb or the count's value between) counts: "reached $41 billion, as
 * expected" does not.
 */
function hasTargetPredicate(tokens: Token[], last: number): boolean {
  let k = last + 1;
  // "45 projects worth $14.5 billion would be implemented": the count's value stands between it and its verb.
  if (WORTH_CUES.has(tokens[k]?.lower ?? '')) {
    if (tokens[k + 1]?.lower === 'at') k++;
    const value = tokens[k + 1]?.quantity ?? -1;
    if (value < 0) return false;
    for (k++; tokens[k]?.quantity === value; k++);
  }
  for (let skipped = 0; skipped < SUBJECT_TAIL && SUBJECT_TAIL_WORDS.has(tokens[k]?.lower ?? ''); skipped++)
    k++;
  const verb = tokens[k];
  if (!verb?.isWord || verb.quantity >= 0 || verb.time >= 0) return false;
  if (TARGET_MODALS.has(verb.lower)) return true;
  const be = verb.lower;
  if (be !== 'is' && be !== 'are' && be !== 'was' && be !== 'were') return false;
  return TARGET_PREDICATES.has(tokens[k + 1]?.lower ?? '');
}

/** Words that may stand between a quantity and a target noun in apposition: "$30 billion a year, a goal". */
const APPOSITION_WORDS = new Set(['a', 'an', 'the', 'year', 'per', 'annually', 'yearly', ',']);
/** Most tokens between a quantity and the target noun that renames it. */
const APPOSITION_REACH = 6;

/** True when a target noun renames the quantity after a comma: "reaching $30 billion a year, a goal first set". */
function isTargetApposition(tokens: Token[], last: number): boolean {
  let comma = false;
  for (let k = last + 1; k < tokens.length && k <= last + APPOSITION_REACH; k++) {
    const w = (tokens[k] as Token).lower;
    if (comma && TARGET_NOUNS.has(w)) return true;
    if (!APPOSITION_WORDS.has(w)) return false;
    if (w === ',') comma = true;
  }
  return false;
}

/** True for a percent that is a share: "30% of total trade", "a 15% share", "accounted for 18%". */
export function isShare(draft: Draft): boolean {
  if (draft.unit !== 'percent') return false;
  const { tokens } = draft.view;
  const [first, last] = quantityRange(draft);
  const after = tokens[last + 1]?.lower;
  if (after === 'share' || (after === 'of' && tokens[last + 2]?.lower !== 'which')) return true;
  // Matches "china's share in kazakhstan's trade"; must not match "shareholders".
  if (draft.measure && /\bshare\b/.test(draft.measure)) return true;
  for (let k = first - 1; k >= 0 && k >= first - SHARE_LOOK_BACK; k--) {
    if (SHARE_WORDS.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** True for a rise or fall with no resulting level: "up 20%", "rose by 30%", "a 20% increase", "increased by $2 billion". */
export function isChangeOnly(draft: Draft): boolean {
  const q = draft.quantity;
  const change = q.change;
  if (change) {
    if (q.value === null) return true;
    // A fall may carry its sign in the change only: "declined by 3.2%" is value 3.2, change -3.2.
    if (
      change.percent !== undefined &&
      q.unit === 'percent' &&
      Math.abs(q.value) === Math.abs(change.percent)
    )
      return true;
    if (change.delta !== undefined && Math.abs(q.value) === Math.abs(change.delta)) return true;
    return false;
  }
  if (q.unit !== 'percent') return false;
  const { tokens } = draft.view;
  const [first, last] = quantityRange(draft);
  const after = tokens[last + 1]?.lower ?? '';
  const before = tokens[first - 1]?.lower ?? '';
  const twoBefore = tokens[first - 2]?.lower ?? '';
  return CHANGE_NOUNS.has(after) || (before === 'of' && CHANGE_NOUNS.has(twoBefore)) || before === 'by';
}

/**
 * The change a percent states with a noun rather than a verb: "a 15% increase" {percent: 15}, "6% more than"
 * {percent: 6}, "an increase of 12%" {percent: 12}, "a 5% decline" {percent: -5}; null when no change noun is beside it.
 */
export function nounChange(draft: Draft): { percent: number } | null {
  const value = draft.quantity.value;
  if (draft.quantity.unit !== 'percent' || value === null) return null;
  const { tokens } = draft.view;
  const [first, last] = quantityRange(draft);
  const after = tokens[last + 1]?.lower ?? '';
  const noun = CHANGE_NOUNS.has(after)
    ? after
    : tokens[first - 1]?.lower === 'of'
      ? (tokens[first - 2]?.lower ?? '')
      : '';
  if (!CHANGE_NOUNS.has(noun)) return null;
  return { percent: FALL_NOUNS.has(noun) ? -Math.abs(value) : value };
}

/**
 * True for a progressive put in the past by a reporting verb before it: "said the two countries were working on",
 * which tells what goes on now.
 */
function isReportedProgressive(tokens: Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  if ((w !== 'was' && w !== 'were') || !tokens[k + 1]?.lower.endsWith('ing')) return false;
  for (let j = k - 1; j >= 0; j--) if (REPORTING_VERBS.has((tokens[j] as Token).lower)) return true;
  return false;
}

/**
 * Tense marker of token k: true present, false past, null none. "has already attracted" is present (perfect). Any
 * other "-ed" word reads as past only before the quantity and not right after a plural noun, an auxiliary or a
 * determiner: "Kazakhstan recorded $8.2 billion" is past; "projects valued at", "are enrolled", "... already
 * commissioned", "a combined price tag" decide nothing.
 */
function tenseAt(tokens: Token[], k: number, beforeQuantity: boolean): boolean | null {
  const token = tokens[k] as Token;
  if (!token.isWord || token.quantity >= 0 || REPORTING_VERBS.has(token.lower)) return null;
  const w = token.lower;
  if (PRESENT_MARKERS.has(w)) return true;
  if (isReportedProgressive(tokens, k)) return true;
  const previous = tokens[k - 1]?.lower ?? '';
  const genericPast =
    beforeQuantity &&
    w.length > 4 &&
    w.endsWith('ed') &&
    !previous.endsWith('s') &&
    !DETERMINERS.has(previous) &&
    !PRESENT_MARKERS.has(previous) &&
    !PAST_MARKERS.has(previous);
  if (!PAST_MARKERS.has(w) && !genericPast) return null;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const w = (tokens[j] as Token).lower;
    if (w === 'has' || w === 'have') return true;
  }
  return false;
}

/**
 * Most tokens looked at on each side for a tense marker: a verb farther away tells another clause's tense, and a
 * bound keeps a long run of figures (a wide table row) linear.
 */
const TENSE_REACH = 64;

/** Nearest tense marker to the quantity among tokens that `keep`, looking both ways. */
function nearestTense(
  tokens: Token[],
  first: number,
  last: number,
  keep: (t: Token) => boolean,
): boolean | null {
  for (let d = 1; d <= TENSE_REACH && (first - d >= 0 || last + d < tokens.length); d++) {
    const left = tokens[first - d];
    if (left && keep(left)) {
      const tense = tenseAt(tokens, first - d, true);
      if (tense !== null) return tense;
    }
    const right = tokens[last + d];
    if (right && keep(right)) {
      const tense = tenseAt(tokens, last + d, false);
      if (tense !== null) return tense;
    }
  }
  return null;
}

/**
 * True when the quantity is stated in the present ("are being implemented", "there are", "with over 4,000 students"
 * after "is developing"), false in the past ("doubled to $1 billion"), null when nothing tells.
 */
export function isPresentTense(draft: Draft): boolean | null {
  const { tokens } = draft.view;
  const [first, last] = quantityRange(draft);
  const lead = tokens[first];
  if (lead && PAST_MARKERS.has(lead.lower)) {
    const perfect = tokens[first - 1]?.lower === 'has' || tokens[first - 1]?.lower === 'have';
    return perfect;
  }
  if (lead && PRESENT_MARKERS.has(lead.lower)) return true;
  const clause = lead?.clause ?? 0;
  return (
    nearestTense(tokens, first, last, (t) => t.clause === clause) ??
    nearestTense(tokens, first, last, () => true)
  );
}
