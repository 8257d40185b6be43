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
    a.glued = isLetter(before) || isDigit(before) || before === 95 || before === 35 || before === 0x2116;
    return a;
  }
  if (!isLetter(c)) return null;
  const w = readWords(text, pos, env.L);
  if (!w) return null;
  const a = newAmount(pos, w.end, w.dec);
  a.isWord = true;
  a.isInteger = w.isInteger;
  a.scaled = w.scaled;
  a.intDigits = w.dec.split('.')[0]?.length ?? 0;
  return a;
}
