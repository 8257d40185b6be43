/**
 * Step 9: a second amount that makes a range: "$3-5 billion", "3–5%", "$3 billion to $5 billion",
 * "between 3 and 5 million tonnes", "from 10 to 20 dollars". Scale and unit distribute to the end that lacks them
 * ("$3-5 billion" is 3e9..5e9) when that keeps low below high.
 */
import { isDash, isDigit, nextWord, prevWord, skipSpaces } from '../_chars.js';
import { scaleDecimal } from '../_decimal.js';
import type { Amount, Candidate } from '../types.js';
import type { Env } from './env.js';

/** Reads an amount at `pos` with the amount steps; supplied by the recipe to avoid an import cycle. */
export type AmountReader = (text: string, pos: number, env: Env) => Amount | null;

export function amountValue(a: Amount): number {
  return scaleDecimal(a.dec, a.exp, a.mult);
}

/** Start of a number at `pos`, skipping a currency sign before it ("$20" -> index of "2"), or -1. */
export function numberStart(text: string, pos: number, env: Env): number {
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return pos;
  const w = nextWord(text, pos);
  if (w && w.start === pos && (env.L.cardinals.has(w.lower) || env.L.articles.has(w.lower))) return pos;
  // "$20" after "$10-": a currency sign, then digits.
  for (let k = 1; k <= 4 && pos + k < text.length; k++) {
    if (isDigit(text.charCodeAt(pos + k)))
      return env.L.prefixExact.has(text.slice(pos, pos + k)) ? pos + k : -1;
  }
  return -1;
}

/** True for a bare four-digit whole number that reads as a year (1800-2199): "2021", not "2,021" or "2021.5". */
function isYearAmount(a: Amount): boolean {
  if (a.isWord || a.grouped || !a.isInteger || a.unit !== null || a.intDigits !== 4) return false;
  const y = Number(a.dec);
  return y >= 1800 && y <= 2199;
}

/** Extends the candidate to a range when a dash, "to" or the closer of "between"/"from" and a second amount follow. */
export function readRange(text: string, c: Candidate, env: Env, readAmount: AmountReader): Candidate {
  const a = c.first;
  if (a.hyphenWord || a.glued) return c;
  const opener = prevWord(text, a.start, env.floor);
  const closer = opener ? env.L.rangeOpeners.get(opener.lower) : undefined;
  let pos = skipSpaces(text, a.end, 1);
  let joiner = -1;
  let dash = false;
  const sep = text.charCodeAt(pos);
  const tilde = (sep === 126 || sep === 0xff5e) && pos === a.end && isDigit(text.charCodeAt(pos + 1));
  if ((isDash(sep) || tilde) && !a.isWord) {
    joiner = pos + 1;
    dash = true;
  } else {
    const w = nextWord(text, a.end);
    if (w && (w.lower === closer || (!closer && env.L.rangeJoiners.has(w.lower)))) joiner = w.end;
  }
  if (joiner < 0) return c;
  pos = skipSpaces(text, joiner, dash ? 1 : 3);
  const start = numberStart(text, pos, env);
  if (start < 0) return c;
  const b = readAmount(text, start, { L: env.L, floor: joiner });
  if (!b || b.glued || b.hyphenWord) return c;
  // "compared to 2021 to $31 billion": a currency written before the second end only joins no range; a range
  // writes it before both ends ("$3 billion to $5 billion") or after the second ("3 to 5 billion dollars").
  if (a.unit === null && b.currencyBefore) return c;
  const aIsYear = isYearAmount(a);
  // "300 tonnes to 5 countries" is no range: a bare second end needs a dash, an opener or a scale.
  if (a.unit !== null && b.unit === null && !closer && !dash && !b.scaled) return c;
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return c;
  if (a.unit === null && b.unit !== null) {
    a.unit = b.unit;
    a.unitKind = b.unitKind;
  }
  if (b.unit === null && a.unit !== null) {
    b.unit = a.unit;
    b.unitKind = a.unitKind;
  }
  let low = amountValue(a);
  const high = amountValue(b);
  if (!a.scaled && b.scaled) {
    const spread = scaleDecimal(a.dec, a.exp + b.exp, a.mult);
    if (spread <= high) {
      a.exp += b.exp;
      a.scaled = true;
      low = spread;
    } else if (aIsYear) return c; // "from 2021 to 31 billion dollars": a year, then a level
  }
  if (!(low < high) && closer !== 'to') return c;
  c.second = b;
  c.low = low;
  c.high = high;
  c.value = null;
  c.end = b.end;
  c.unit = a.unit ?? '';
  c.rangeOpener = closer ? (opener?.lower ?? null) : null;
  if (closer && opener) c.start = Math.min(c.start, opener.start);
  c.rule = 'range';
  return c;
}
