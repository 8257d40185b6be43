/** Step 3: a currency written before the number: "$41bn", "US$ 4.7 billion", "USD 41 billion", "RMB 500 million", "€2.3bn", "c $ 16.4". */
import { isDigit, isLetter, isSpace, skipSpacesBack } from '../_chars.js';
import type { CompiledLanguage } from '../_compile.js';
import type { Amount } from '../types.js';
import type { Env } from './env.js';

const MAX_PREFIX = 8;

/** Characters of a currency token: not spaces, digits, brackets or quotes ("US$", "RMB", "€", "Rs."). */
function isTokenChar(c: number): boolean {
  return (
    !Number.isNaN(c) &&
    !isSpace(c) &&
    !isDigit(c) &&
    c !== 40 &&
    c !== 91 &&
    c !== 34 &&
    c !== 0x201c &&
    c !== 0x2018 &&
    c !== 126 &&
    c !== 44 &&
    c !== 58
  );
}

function lookup(L: CompiledLanguage, token: string): string | undefined {
  return L.prefixExact.get(token) ?? L.prefixLower.get(token.toLowerCase());
}

/** Sets the unit when a currency token ends right before the number (or before one to three spaces). */
export function readCurrencyBefore(text: string, a: Amount, env: Env): boolean {
  const { L, floor } = env;
  const end = skipSpacesBack(text, a.start, floor);
  const attached = end === a.start;
  let s = end;
  while (s > floor && end - s < MAX_PREFIX && isTokenChar(text.charCodeAt(s - 1))) s--;
  if (s === end || (s > floor && isLetter(text.charCodeAt(s - 1)) && !L.lang.spaceless)) return true;
  if (L.lang.spaceless) {
    // "投资人民币500亿元": the currency is a tail of the run of characters before the number.
    for (let from = s; from < end; from++) {
      const code = lookup(L, text.slice(from, end));
      if (code) {
        setMoney(a, code, from, attached);
        return true;
      }
    }
    return true;
  }
  const token = text.slice(s, end);
  let start = s;
  let code = lookup(L, token);
  if (!code && token.length > 1 && token.endsWith('$')) {
    // "HK$", "usd$", "Mex$", "NZ$": a qualified dollar.
    code = L.dollarQualifiers.get(token.slice(0, -1).toLowerCase());
  }
  if (!code && token.length > 1 && !isLetter(token.charCodeAt(token.length - 1))) {
    // "to$5" is not written; "=$5" or "-€5" is: keep the trailing symbol.
    const tail = lookup(L, token.slice(-1));
    if (tail && !isLetter(token.charCodeAt(token.length - 2))) {
      code = tail;
      start = end - 1;
    }
  }
  if (!code) return true;
  if (token === '$') {
    // "us $ 150 million", "c $ 16.4 million": a qualifier one space before the sign ("a $5 deal" is not AUD).
    const qEnd = skipSpacesBack(text, start, floor, 1);
    let q = qEnd;
    while (q > floor && qEnd - q < 5 && isTokenChar(text.charCodeAt(q - 1))) q--;
    const qualifier = text.slice(q, qEnd).toLowerCase();
    const qualified =
      q < qEnd && qualifier !== 'a' && qualifier !== 's' ? L.dollarQualifiers.get(qualifier) : undefined;
    if (qualified && (q <= floor || !isLetter(text.charCodeAt(q - 1)))) {
      code = qualified;
      start = q;
    }
  }
  if ((token === '¥' || token === '￥') && L.lang.code === 'en') code = yenOrYuan(text);
  if (code.length === 4 && code.startsWith('M')) {
    // "MAUD 60": millions of a currency.
    a.exp += 6;
    a.scaled = true;
    code = code.slice(1);
  }
  setMoney(a, code, start, attached);
  return true;
}

function setMoney(a: Amount, code: string, start: number, attached: boolean): void {
  a.unit = code;
  a.unitKind = 'money';
  a.currencyBefore = true;
  a.start = start;
  if (attached) a.glued = false;
}

/** "¥" is the yuan in this product unless the sentence speaks of yen or Japan: "¥100 billion in yen" -> JPY. */
function yenOrYuan(text: string): string {
  // Matches "yen", "Japan", "Japanese" as words; must not match "Yenisei".
  return /\b(?:yen|japan(?:ese)?)\b/i.test(text) ? 'JPY' : 'CNY';
}
