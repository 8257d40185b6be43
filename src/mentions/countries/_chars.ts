/**
 * Character classes for the country scan, one byte per UTF-16 code unit: ASCII filled at load,
 * the rest on first sight (a Unicode regex test per distinct character, then a table read).
 */

export const OTHER = 1;
export const SPACE = 2;
export const DIGIT = 3;
/** Latin capital letter: "K", "Ö". A Latin name can start here. */
export const LATIN_UPPER = 4;
/** Any other letter or combining mark that is not Cyrillic or Han: "a", "é", "α". */
export const LETTER = 5;
export const CYRILLIC = 6;
export const HAN = 7;

const classes = new Uint8Array(65536);
const folded = new Uint16Array(65536);

/** True for CJK ideographs of the BMP (Unified, Extension A, Compatibility): "中", "国". */
function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** True for Cyrillic letters (basic, supplement): "К", "я", "ё"; not the signs U+0482-U+0489. */
function isCyrillic(code: number): boolean {
  return (code >= 0x0400 && code <= 0x0481) || (code >= 0x048a && code <= 0x052f);
}

/** True for Latin capitals of Latin-1 and Latin Extended: "Ö", "É", "Ł"; not "ö" or "×". */
function isLatinCapital(code: number): boolean {
  if (!((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) || code === 0xd7) return false;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}
// Matches "é", "α", "\u0301"; must not match "1" or "-".
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
// Matches "٣", "Ⅻ"; must not match "a".
const NUMBER = /^\p{N}$/u;
// Matches " ", "\u00a0", "\u3000"; must not match "a" or "\u200b".
const WHITE = /^\s$/u;

/** Class of one code unit that is not ASCII (surrogates count as OTHER). */
function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  if (isHan(code)) return HAN;
  if (isCyrillic(code)) return CYRILLIC;
  if (isLatinCapital(code)) return LATIN_UPPER;
  const char = String.fromCharCode(code);
  if (LETTER_OR_MARK.test(char)) return LETTER;
  if (NUMBER.test(char)) return DIGIT;
  if (WHITE.test(char)) return SPACE;
  return OTHER;
}

for (let code = 0; code < 128; code++) {
  if (code >= 65 && code <= 90) classes[code] = LATIN_UPPER;
  else if ((code >= 97 && code <= 122) || code === 95) classes[code] = LETTER;
  else if (code >= 48 && code <= 57) classes[code] = DIGIT;
  else if (code === 32 || (code >= 9 && code <= 13)) classes[code] = SPACE;
  else classes[code] = OTHER;
}

/** Class of a UTF-16 code unit: `charClass(75)` ("K") is LATIN_UPPER. */
export function charClass(code: number): number {
  let value = classes[code] as number;
  if (value === 0) {
    value = classify(code);
    classes[code] = value;
  }
  return value;
}

/** True for letters, marks and digits of scripts with spaces between words: `isWordClass(charClass(97))` ("a") is true; Han is not. */
export function isWordClass(value: number): boolean {
  return value >= DIGIT && value <= CYRILLIC;
}

/** Lower case of one code unit where it stays one unit: `foldCase(75)` is 107 ("k"). */
export function foldCase(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let value = folded[code] as number;
  if (value === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    value = lower.length === 1 ? lower.charCodeAt(0) : code;
    folded[code] = value;
  }
  return value;
}

/** True for the apostrophes people type in names and possessives: ' ’ ‘ ʼ. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

/** True for the hyphens inside names ("Guinea-Bissau"): - ‐ ‑. */
export function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}
