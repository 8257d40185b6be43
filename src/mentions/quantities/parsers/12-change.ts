/**
 * Step 12: a change the quantity states. "rose 30% to $5 billion" (value 5e9, change {percent: 30}),
 * "increased by $2 billion" (value 2e9, change {delta: 2e9}), "up 20%" / "fell by 5%" (the percent, signed in change),
 * "rose from $31 billion to $41 billion" (value 41e9, change {delta: 1e10}), "grew 2.5 times to $X" (factor 2.5).
 * The verb is kept in the span, as in "doubled to $1 billion".
 */
import { nextWord, prevWord, skipSpaces, type Word } from '../_chars.js';
import type { CompiledLanguage } from '../_compile.js';
import type { Candidate } from '../types.js';
import { type AmountReader, amountValue, numberStart } from './09-range.js';
import type { Env } from './env.js';

/** A change verb ending before `pos`, allowing one adverb between ("rose sharply"). */
export function verbBefore(
  text: string,
  pos: number,
  floor: number,
  L: CompiledLanguage,
): (Word & { sign: 1 | -1 }) | null {
  let w = prevWord(text, pos, floor);
  if (w && L.adverbs.has(w.lower)) w = prevWord(text, w.start, floor);
  if (!w) return null;
  const sign = L.changeVerbs.get(w.lower);
  return sign ? { start: w.start, end: w.end, lower: w.lower, sign } : null;
}

/** Rounds away binary noise from a difference of two decimals: 4.7e9 - 3.1e9 stays 1.6e9. */
export function difference(high: number, low: number): number {
  const d = high - low;
  return Number.isInteger(high) && Number.isInteger(low) ? d : Number(d.toPrecision(12));
}

/** Merges "… to <amount>" after a stated change into one quantity whose value is the new level. */
export function readNewLevel(text: string, c: Candidate, env: Env, readAmount: AmountReader): Candidate {
  const to = nextWord(text, c.end);
  if (!to || !env.L.changeTo.has(to.lower)) return c;
  const pos = numberStart(text, skipSpaces(text, to.end), env);
  if (pos < 0) return c;
  const b = readAmount(text, pos, { L: env.L, floor: to.end });
  if (!b || b.glued || b.hyphenWord || (b.unit === null && !b.scaled)) return c;
  c.value = amountValue(b);
  c.unit = b.unit ?? 'count';
  c.end = b.end;
  c.noun = null;
  c.first = b;
  return c;
}

/** Reads the change cues around a candidate; see the file comment for the forms. */
export function readChange(text: string, c: Candidate, env: Env, readAmount: AmountReader): Candidate {
  const { L } = env;
  if (c.rangeOpener === 'from' && c.second && c.low !== null && c.high !== null) {
    const verb = verbBefore(text, c.start, env.floor, L) ?? multiplierVerbBefore(text, c.start, env);
    if (verb) {
      c.change = { delta: difference(c.high, c.low) };
      if ('factor' in verb) c.change.factor = verb.factor;
      c.value = c.high;
      c.low = null;
      c.high = null;
      c.start = verb.start;
      c.rule = 'change';
      return c;
    }
    if (!(c.low < c.high)) return revertRange(c);
    return c;
  }
  if (c.second) return c;
  const value = c.value ?? 0;
  const by = prevWord(text, c.start, env.floor);
  let verb: (Word & { sign: 1 | -1 }) | null = null;
  if (by && L.changeBy.has(by.lower)) verb = verbBefore(text, by.start, env.floor, L);
  else {
    verb = verbBefore(text, c.start, env.floor, L);
    const direct = verb && (verb.lower === 'up' || verb.lower === 'down');
    if (verb && c.unit !== 'percent' && c.unit !== 'pp' && !direct) verb = null;
  }
  if (verb) {
    c.change = c.unit === 'percent' ? { percent: verb.sign * value } : { delta: verb.sign * value };
    c.start = verb.start;
    c.rule = 'change';
    return readNewLevel(text, c, env, readAmount);
  }
  return readTimes(text, c, env, readAmount);
}

function revertRange(c: Candidate): Candidate {
  c.second = null;
  c.end = c.first.end;
  c.value = amountValue(c.first);
  c.low = null;
  c.high = null;
  c.rangeOpener = null;
  c.rule = c.first.unitKind ?? 'count';
  return c;
}

function multiplierVerbBefore(text: string, pos: number, env: Env): (Word & { factor: number }) | null {
  const w = prevWord(text, pos, env.floor);
  const factor = w ? env.L.multipliers.get(w.lower) : undefined;
  return w && factor !== undefined && !env.L.multiplierBaseForms.has(w.lower)
    ? { start: w.start, end: w.end, lower: w.lower, factor }
    : null;
}

/** "increased 2.5 times (to $X)", "three times more": a factor, not a count. "met three times" is no figure. */
function readTimes(text: string, c: Candidate, env: Env, readAmount: AmountReader): Candidate {
  const { L } = env;
  if (c.unit !== 'count' || c.noun !== null) return c;
  const hyphenFold = c.first.hyphenWord === 'fold';
  const times = hyphenFold ? null : nextWord(text, c.end);
  if (!hyphenFold && (!times || !L.timesWords.has(times.lower))) return c;
  const end = times ? times.end : c.end + 5;
  const verb = verbBefore(text, c.start, env.floor, L);
  const after = nextWord(text, end);
  const comparative = after && L.comparatives.has(after.lower);
  if (!verb && !comparative && !hyphenFold) {
    c.notFigure = 'times';
    return c;
  }
  c.first.hyphenWord = null;
  c.change = { factor: c.value ?? 1 };
  c.value = null;
  c.unit = 'factor';
  c.isMultiplier = true;
  c.rule = 'multiplier';
  c.end = comparative && after ? after.end : end;
  if (verb) c.start = verb.start;
  const before = c.end;
  readNewLevel(text, c, env, readAmount);
  if (c.end !== before) {
    c.isMultiplier = false;
    c.rule = 'change';
  }
  return c;
}
