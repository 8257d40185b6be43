/**
 * Step 13 (its own anchor): a multiplier word. "doubled to $1 billion" is that amount with change {factor: 2};
 * "plans to double this figure", "tripled", "a twofold increase" are multipliers of an earlier figure
 * (value null, unit 'factor', isMultiplier). "double taxation" is not: base forms need "to"/"will"/... before them.
 */
import { nextWord, prevWord, skipSpaces } from '../_chars.js';
import { matchAt } from '../_phrase-table.js';
import type { Candidate } from '../types.js';
import { type AmountReader, numberStart } from './09-range.js';
import { approxBefore } from './11-approx.js';
import { readNewLevel, verbBefore } from './12-change.js';
import type { Env } from './env.js';

/** Reads a multiplier at the word starting at `pos`; `readRanged` reads "from $X to $Y" the way the recipe does. */
export function readMultiplier(
  text: string,
  pos: number,
  env: Env,
  readAmount: AmountReader,
  readRanged: (pos: number, floor: number) => Candidate | null,
): Candidate | null {
  const { L } = env;
  const word = nextWord(text, pos);
  if (!word || word.start !== pos) return null;
  const factor = L.multipliers.get(word.lower);
  if (factor === undefined) return null;
  const before = prevWord(text, pos, env.floor);
  if (L.multiplierBaseForms.has(word.lower) && !(before && L.modalWords.has(before.lower))) return null;
  if (text.charCodeAt(word.end) === 45) return null; // "double-digit", "double-edged"
  const cue = approxBefore(text, pos, env.floor, L);
  const verb = verbBefore(text, cue ? cue.start : pos, env.floor, L);
  const start = cue ? cue.start : verb ? verb.start : pos;
  const c: Candidate = {
    start,
    end: word.end,
    first: placeholder(pos, word.end),
    second: null,
    value: null,
    low: null,
    high: null,
    unit: 'factor',
    noun: null,
    nounKnown: false,
    approx: cue ? cue.approx : null,
    change: { factor },
    isMultiplier: true,
    rule: 'multiplier',
    rangeOpener: null,
    notFigure: null,
  };
  // "doubled from $X to $Y": the range step reads it; the new level gets the factor and the delta.
  const from = nextWord(text, word.end);
  if (from && L.rangeOpeners.get(from.lower) === 'to') {
    const at = numberStart(text, skipSpaces(text, from.end), env);
    const ranged = at < 0 ? null : readRanged(at, word.end);
    if (ranged?.second && ranged.low !== null && ranged.high !== null) {
      c.value = ranged.high;
      c.change = { factor, delta: ranged.high - ranged.low };
      c.unit = ranged.unit;
      c.end = ranged.end;
      c.isMultiplier = false;
      c.rule = 'change';
      c.first = ranged.first;
      return c;
    }
  }
  const levelBefore = c.end;
  readNewLevel(text, c, env, readAmount);
  if (c.end !== levelBefore) {
    c.isMultiplier = false;
    c.rule = 'change';
    c.change = { factor };
    return c;
  }
  const object = matchAt(L.multiplierObjects, text, word.end);
  if (object && object.gap.length > 0) c.end = object.end;
  else {
    const noun = nextWord(text, word.end);
    if (noun && (noun.lower === 'increase' || noun.lower === 'rise' || noun.lower === 'growth'))
      c.end = noun.end;
  }
  c.first.numEnd = c.end;
  c.value = null;
  return c;
}

function placeholder(start: number, end: number): Candidate['first'] {
  return {
    start,
    end,
    numStart: start,
    numEnd: end,
    dec: '0',
    exp: 0,
    mult: 1,
    isWord: true,
    grouped: false,
    isInteger: true,
    intDigits: 0,
    scaled: false,
    unit: null,
    unitKind: null,
    currencyBefore: false,
    glued: false,
    hyphenWord: null,
    approx: null,
  };
}
