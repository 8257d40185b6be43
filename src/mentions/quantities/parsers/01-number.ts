/** Step 1: the number itself, in digits (01-digits) or words (02-words), as a fresh Amount. */
import { isDigit, isLetter } from '../_chars.js';
import type { Amount } from '../types.js';
import { readDigits } from './01-digits.js';
import { readWords } from './02-words.js';
import type { Env } from './env.js';

function newAmount(start: number, end: number, dec: string): Amount {
  return {
    start,
    end,
    numStart: start,
    numEnd: end,
    dec,
    exp: 0,
    mult: 1,
    isWord: false,
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

/** Reads the number at `pos`: readNumber("$41bn", 1, env).dec === "41"; words too: "forty-one". */
export function readNumber(text: string, pos: number, env: Env): Amount | null {
  const c = text.charCodeAt(pos);
  if (isDigit(c) || ((c === 46 || c === 44) && isDigit(text.charCodeAt(pos + 1)))) {
    if ((c === 46 || c === 44) && pos > 0 && isDigit(text.charCodeAt(pos - 1))) return null;
    const d = readDigits(text, pos, env.L.lang.decimalMark);
    if (!d) return null;
    const a = newAmount(pos, d.end, d.dec);
    a.grouped = d.grouped;
    a.isInteger = d.isInteger;
    a.intDigits = d.intDigits;
    const before = pos > 0 ? text.charCodeAt(pos - 1) : 32;
    const letterBefore = isLetter(before) && (before < 0x2e80 || !env.L.lang.spaceless);
    a.glued = letterBefore || isDigit(before) || before === 95 || before === 35 || before === 0x2116;
    return a;
  }
  if (!isLetter(c)) return null;
  const cjk = env.L.lang.cjkDigits;
  if (
    cjk &&
    (cjk[text[pos] as string] !== undefined || env.L.lang.cjkUnits?.[text[pos] as string] !== undefined)
  ) {
    const r = readCjk(text, pos, cjk, env.L.lang.cjkUnits ?? {});
    if (!r) return null;
    const a = newAmount(pos, r.end, String(r.value));
    a.isWord = true;
    a.intDigits = String(r.value).length;
    return a;
  }
  const w = readWords(text, pos, env.L);
  if (!w) return null;
  const a = newAmount(pos, w.end, w.dec);
  a.isWord = true;
  a.isInteger = w.isInteger;
  a.scaled = w.scaled;
  a.intDigits = w.dec.split('.')[0]?.length ?? 0;
  return a;
}

/** Chinese numerals below 10^4 ("三十" 30, "一百二十" 120, "两千" 2000); 万 and 亿 are scales read by step 4. */
export function readCjk(
  text: string,
  pos: number,
  digits: Record<string, number>,
  units: Record<string, number>,
): { end: number; value: number } | null {
  let i = pos;
  let total = 0;
  let digit = -1;
  while (i < text.length && i - pos < 16) {
    const ch = text[i] as string;
    const d = digits[ch];
    const u = units[ch];
    if (d !== undefined) {
      if (digit >= 0 && d !== 0) digit = digit * 10 + d;
      else digit = d;
    } else if (u !== undefined) {
      total += (digit < 0 ? 1 : digit) * 10 ** u;
      digit = -1;
    } else break;
    i++;
  }
  if (i === pos) return null;
  return { end: i, value: total + Math.max(digit, 0) };
}
