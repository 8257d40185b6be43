/**
 * Refiner 1: drops what is written with digits but is not a figure: years ("in 2023"), dates ("3 July 2024"),
 * durations ("15 years"), ordinals ("30th"), references ("Article 5", "No. 5", "page 12"), clock times ("10 am"),
 * phone numbers, names with numbers ("G20", "COVID-19", "Boeing 737"), list enumerators ("1." at line start)
 * and lone number words ("one of the", "three"). Each check is one small function; the first that names a reason wins.
 */
import { isLetter, isSpace, nextWord, prevWord } from '../_chars.js';
import type { CompiledLanguage } from '../_compile.js';
import type { Candidate } from '../types.js';

type Check = (text: string, c: Candidate, L: CompiledLanguage) => string | null;

const isBare = (c: Candidate) => c.unit === 'count' && !c.first.scaled;

function isYearValue(c: Candidate): boolean {
  const a = c.first;
  if (a.isWord || a.grouped || !a.isInteger || a.scaled || a.intDigits !== 4 || a.dec.startsWith('-'))
    return false;
  const y = Number(a.dec);
  return y >= 1800 && y <= 2100;
}

const flagged: Check = (_t, c) => c.notFigure;

const glued: Check = (_t, c) => (c.first.glued || c.second?.glued ? 'glued to letters (name or code)' : null);

const hyphenCompound: Check = (_t, c) =>
  c.first.hyphenWord && c.unit === 'count' ? 'hyphen compound' : null;

const notFinite: Check = (_t, c) => {
  for (const v of [c.value, c.low, c.high]) if (v !== null && !Number.isFinite(v)) return 'not finite';
  return c.value === null && c.low === null && !c.isMultiplier ? 'no value' : null;
};

const year: Check = (text, c, L) => {
  if (!isBare(c) || !isYearValue(c)) return null;
  if (c.second) return isYearValue({ ...c, first: c.second }) ? 'year span' : null;
  const before = prevWord(text, c.first.start, 0);
  if (c.noun && c.nounKnown && !(before && L.yearWords.has(before.lower))) return null;
  return 'year';
};

const date: Check = (text, c, L) => {
  if (!isBare(c) || c.first.isWord || !c.first.isInteger) return null;
  const v = Number(c.first.dec);
  if (v < 1 || v > 31) return null;
  let after = nextWord(text, c.end);
  if (after?.lower === 'of') after = nextWord(text, after.end);
  const before = prevWord(text, c.start, 0);
  if (
    (after && L.months.has(after.lower)) ||
    (before && L.months.has(before.lower) && isCapital(text, before.start))
  )
    return 'date';
  return null;
};

const reference: Check = (text, c, L) => {
  if (!isBare(c) || c.approx) return null;
  const before = prevWord(text, c.first.start, 0);
  return before && L.referenceWords.has(before.lower) ? `reference (${before.lower})` : null;
};

const clock: Check = (text, c, L) => {
  if (!isBare(c)) return null;
  const after = nextWord(text, c.end);
  return after && L.clockWords.has(after.lower) ? 'clock time' : null;
};

const phone: Check = (text, c) => {
  if (!isBare(c)) return null;
  // "(202) 555-0143": three digits in brackets, then a local number.
  const s = c.first.start;
  if (text.charCodeAt(s - 1) === 40 && text.charCodeAt(c.first.end) === 41 && c.first.intDigits === 3) {
    PHONE_TAIL.lastIndex = c.first.end + 1;
    if (PHONE_TAIL.test(text)) return 'phone number';
  }
  return null;
};
// Sticky after "(202)": matches " 555-0143"; must not match " 555 projects".
const PHONE_TAIL = /\s?\d{3}[-.\s]\d{4}(?!\d)/y;

function isCapital(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  return ch >= 65 && ch <= 90;
}

/** Start of the sentence or line before `pos` has only spaces or bullets. */
function atLineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i < 8) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return true;
    if (!isSpace(ch) && ch !== 0x2022 && ch !== 42 && ch !== 45 && ch !== 40) return false;
    i--;
  }
  return i < 0;
}

const modelName: Check = (text, c, L) => {
  if (!isBare(c) || c.first.grouped || c.approx || c.nounKnown || c.second) return null;
  const before = prevWord(text, c.first.start, 0);
  if (!before || !hasCapital(text, before.start, before.end) || before.end !== c.first.start - 1) return null;
  if (L.months.has(before.lower) || L.approx.has(before.lower) || L.stopWords.has(before.lower)) return null;
  return `name with a number (${before.lower})`;
};

function hasCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCapital(text, i)) return true;
  return false;
}

const enumerator: Check = (text, c) => {
  if (!isBare(c) || c.noun) return null;
  const after = text.charCodeAt(c.end);
  if ((after === 46 || after === 41) && isSpace(text.charCodeAt(c.end + 1)) && atLineStart(text, c.start))
    return 'list enumerator';
  if (text.charCodeAt(c.start - 1) === 40 && after === 41) return 'bracketed number';
  return null;
};

const loneWord: Check = (_t, c) => {
  if (!isBare(c) || !c.first.isWord) return null;
  return c.nounKnown ? null : 'number word without a counted noun';
};

const sectionSign: Check = (text, c) => {
  const ch = text.charCodeAt(c.first.start - 1);
  const ch2 = text.charCodeAt(c.first.start - 2);
  return isBare(c) && (ch === 0xa7 || ch2 === 0xa7 || ch === 0x2116) ? 'section sign' : null;
};

const insideWord: Check = (text, c) => {
  const ch = text.charCodeAt(c.end);
  return isBare(c) && !c.noun && isLetter(ch) ? 'glued letters' : null;
};

/** The checks, in order; the first that names a reason drops the candidate. */
const CHECKS: readonly Check[] = [
  flagged,
  glued,
  hyphenCompound,
  notFinite,
  year,
  date,
  reference,
  clock,
  phone,
  sectionSign,
  modelName,
  enumerator,
  loneWord,
  insideWord,
];

/** Keeps the candidates that are figures; reports each drop through `debug`. */
export function dropNonFigures(
  text: string,
  candidates: Candidate[],
  L: CompiledLanguage,
  debug: (message: () => string) => void,
): Candidate[] {
  return candidates.filter((c) => {
    for (const check of CHECKS) {
      const reason = check(text, c, L);
      if (reason) {
        debug(() => `quantities: dropped "${text.slice(c.start, c.end)}": ${reason}`);
        return false;
      }
    }
    return true;
  });
}
