/**
 * Step 1b: a number written in words: "forty-one", "one hundred and twenty", "a dozen", "half a million",
 * "two and a half billion", "three quarters billion", "two point five million", "a million".
 * Values stay exact: each group is scaled as a decimal string, never as a float product.
 */

import { isLetter, isSpace, type Word, wordAt } from '../_chars.js';
import type { CompiledLanguage } from '../_compile.js';
import { plainDecimal, scaleDecimal } from '../_decimal.js';

export interface WordNumber {
  end: number;
  dec: string;
  /** The number had a scale word in it ("two million"): it stands alone as a figure. */
  scaled: boolean;
  isInteger: boolean;
  /** Number words read: "one" alone is 1, "one hundred" is 2. */
  words: number;
}

/** The next word after one to three spaces, or after a hyphen when `hyphen` ("forty-one"). */
function following(text: string, end: number, hyphen: boolean): Word | null {
  let i = end;
  const c = text.charCodeAt(i);
  if (hyphen && (c === 45 || c === 0x2010) && isLetter(text.charCodeAt(i + 1))) return wordAt(text, i + 1);
  let spaces = 0;
  while (spaces < 3 && isSpace(text.charCodeAt(i))) {
    i++;
    spaces++;
  }
  return spaces === 0 ? null : wordAt(text, i);
}

type Last =
  | 'none'
  | 'article'
  | 'unit'
  | 'teen'
  | 'tens'
  | 'hundred'
  | 'scale'
  | 'fraction'
  | 'point'
  | 'decimal';

/** Reads a number in words starting at `pos`: readWords("two and a half billion", 0, L).dec === "2500000000". */
export function readWords(text: string, pos: number, L: CompiledLanguage): WordNumber | null {
  let w = wordAt(text, pos);
  let total = 0;
  let group = 0;
  let decimals = '';
  let words = 0;
  let end = pos;
  let scaled = false;
  let lastScale = Number.POSITIVE_INFINITY;
  let last: Last = 'none';

  const groupDecimal = (): string => (decimals ? `${group}.${decimals}` : (plainDecimal(group) ?? '0'));

  while (w) {
    const lw = w.lower;
    const card = L.cardinals.get(lw);
    if (last === 'point') {
      if (card !== undefined && card <= 9) {
        decimals += String(card);
        end = w.end;
        words++;
        w = following(text, w.end, false);
        continue;
      }
      last = 'decimal';
    }
    const hundredExp = L.hundreds.get(lw);
    const scaleExp = L.scaleWords.get(lw);
    const fraction = L.fractions.get(lw);
    const mult = L.multiplierNouns.get(lw);
    let next: Word | null = null;
    if (card !== undefined) {
      if (
        last === 'unit' ||
        last === 'teen' ||
        last === 'fraction' ||
        last === 'article' ||
        last === 'decimal'
      )
        break;
      if (last === 'tens' && card >= 10) break;
      if (last === 'hundred' && group % 100 !== 0) break;
      group += card;
      last = card < 10 ? 'unit' : card < 20 ? 'teen' : 'tens';
    } else if (hundredExp !== undefined) {
      if (last === 'hundred' || last === 'fraction' || last === 'decimal') break;
      group = (group === 0 ? 1 : group) * 10 ** hundredExp;
      last = 'hundred';
    } else if (scaleExp !== undefined && scaleExp >= 3 && lw.charCodeAt(lw.length - 1) !== 115) {
      if (scaleExp >= lastScale) break;
      total += scaleDecimal(group === 0 && !decimals ? '1' : groupDecimal(), scaleExp);
      group = 0;
      decimals = '';
      lastScale = scaleExp;
      scaled = true;
      last = 'scale';
    } else if (mult !== undefined) {
      group = (group === 0 ? 1 : group) * mult; // "a dozen", "two dozen"
      last = 'scale';
    } else if (fraction !== undefined) {
      if (lw === 'quarters' && (last === 'unit' || last === 'teen' || last === 'tens')) {
        group *= fraction; // "three quarters (billion)"
        last = 'fraction';
      } else if (last === 'none' || last === 'article') {
        // "half a million", "a quarter million": only with a scale word after it.
        let s = following(text, w.end, false);
        if (s && L.articles.has(s.lower)) s = following(text, s.end, false);
        if (!s || !L.scaleWords.has(s.lower)) return null;
        group = fraction;
        last = 'fraction';
        words++;
        w = s;
        continue;
      } else break;
    } else if (L.articles.has(lw)) {
      if (last !== 'none') break;
      last = 'article';
      words++;
      w = following(text, w.end, false);
      continue;
    } else if (L.conjunctions.has(lw)) {
      // "one hundred and twenty", "two and a half": kept only when a number follows.
      next = following(text, w.end, false);
      if (!next || last === 'none' || last === 'article' || last === 'decimal') break;
      if (L.articles.has(next.lower)) {
        const frac = following(text, next.end, false);
        const fv = frac ? L.fractions.get(frac.lower) : undefined;
        if (!frac || fv === undefined || frac.lower === 'quarters' || last === 'fraction') break;
        group += fv;
        end = frac.end;
        words += 3;
        last = 'fraction';
        w = following(text, frac.end, false);
        continue;
      }
      if (!L.cardinals.has(next.lower) || (last !== 'hundred' && last !== 'scale')) break;
      w = next;
      continue;
    } else if (L.decimalWords.has(lw)) {
      if (last !== 'unit' && last !== 'teen' && last !== 'tens' && last !== 'hundred') break;
      next = following(text, w.end, false);
      const d = next ? L.cardinals.get(next.lower) : undefined;
      if (d === undefined || d > 9) break;
      last = 'point';
      w = next;
      continue;
    } else break;
    end = w.end;
    words++;
    w = following(text, w.end, last === 'tens');
  }
  if (end === pos || last === 'article') return null;
  const value = total + Number(groupDecimal());
  const dec = plainDecimal(value);
  if (dec === null) return null;
  return { end, dec, scaled, isInteger: Number.isInteger(value), words };
}
