/**
 * Step 1a: a number written in digits, with any grouping: "41,000", "41 000", "1.234,5", "12,34,567.89", "4.7", ".08".
 * Returns null for tokens that are not one number: dates ("03.07.2024", "2024-07-03"), times ("10:30"),
 * fiscal years ("2012-13"), year spans ("2019-2024"), versions and addresses ("1.2.3", "192.168.1.2").
 */
import { isDash, isDigit, isGroupSpace } from '../_chars.js';

export interface DigitNumber {
  end: number;
  /** Plain decimal string: "1234.5". */
  dec: string;
  grouped: boolean;
  isInteger: boolean;
  intDigits: number;
}

function digitRunEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Exactly three digits at `pos`, not followed by a fourth. */
function isGroupOfThree(text: string, pos: number): boolean {
  return (
    isDigit(text.charCodeAt(pos)) &&
    isDigit(text.charCodeAt(pos + 1)) &&
    isDigit(text.charCodeAt(pos + 2)) &&
    !isDigit(text.charCodeAt(pos + 3))
  );
}

function isYearLike(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const y = Number(text.slice(start, end));
  return y >= 1800 && y <= 2100;
}

/** True when the digits at [start, end) continue as a date, time, fiscal year, span or phone fragment. */
function continuesAsNonNumber(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  if ((c === 58 || c === 47) && isDigit(next)) return true; // "10:30", "3/7/2024", "24/7"
  if (c === 0x5e && (isDigit(next) || next === 45 || next === 43)) return true; // "1.1^23"
  if (isDash(c) && isDigit(next)) {
    const e2 = digitRunEnd(text, end + 1);
    const after = text.charCodeAt(e2);
    if ((isDash(after) || after === 47 || after === 46) && isDigit(text.charCodeAt(e2 + 1))) return true; // "2024-07-03"
    if (isYearLike(text, start, end) && (e2 - end - 1 === 2 || isYearLike(text, end + 1, e2))) return true; // "2012-13", "2019-2024"
    if (e2 - end - 1 > 1 && next === 48) return true; // "555-0143"
  }
  return false;
}

/** Reads digits at `pos` ("1,234.5" -> dec "1234.5"); decimalMark decides a lone "1.234" / "1,234". */
export function readDigits(text: string, pos: number, decimalMark: '.' | ','): DigitNumber | null {
  const first = text.charCodeAt(pos);
  if (first === 46 || first === 44) {
    // ".08": a leading decimal mark.
    const e = digitRunEnd(text, pos + 1);
    if (e === pos + 1) return null;
    return { end: e, dec: `0.${text.slice(pos + 1, e)}`, grouped: false, isInteger: false, intDigits: 0 };
  }
  const runs: [number, number][] = [];
  const seps: number[] = [];
  let e = digitRunEnd(text, pos);
  runs.push([pos, e]);
  for (;;) {
    const c = text.charCodeAt(e);
    if ((c === 44 || c === 46) && isDigit(text.charCodeAt(e + 1))) {
      const e2 = digitRunEnd(text, e + 1);
      seps.push(c);
      runs.push([e + 1, e2]);
      e = e2;
      continue;
    }
    const lastSep = seps.length > 0 ? seps[seps.length - 1] : 32;
    const firstLen = (runs[0]?.[1] ?? 0) - pos;
    if (isGroupSpace(c) && lastSep === 32 && firstLen <= 3 && isGroupOfThree(text, e + 1)) {
      seps.push(32);
      runs.push([e + 1, e + 4]);
      e += 4;
      continue;
    }
    break;
  }
  if (continuesAsNonNumber(text, pos, e)) return null;
  const digits = (r: [number, number] | undefined) => (r ? text.slice(r[0], r[1]) : '');
  const len = (r: [number, number] | undefined) => (r ? r[1] - r[0] : 0);
  if (seps.length === 0) {
    return { end: e, dec: digits(runs[0]), grouped: false, isInteger: true, intDigits: e - pos };
  }
  const lastSep = seps[seps.length - 1] as number;
  const lastRun = runs[runs.length - 1];
  const groupSeps = seps.slice(0, -1);
  const firstLen = len(runs[0]);
  const allSame = seps.every((s) => s === lastSep);
  const middleRunsAreThree = (upto: number) => runs.slice(1, upto).every((r) => len(r) === 3);
  const indian = (upto: number) =>
    lastSep !== 46 &&
    firstLen <= 2 &&
    upto >= 3 &&
    runs.slice(1, upto - 1).every((r) => len(r) === 2) &&
    len(runs[upto - 1]) === 3;

  if (allSame) {
    if (lastSep === 32) return grouping(runs.length);
    if (seps.length >= 2) {
      if (firstLen <= 3 && middleRunsAreThree(runs.length)) return grouping(runs.length);
      if (indian(runs.length)) return grouping(runs.length);
      return null; // "192.168.1.2", "1.2.3"
    }
    // One separator: "4.7", "1,234", "1.234", "4,7".
    const asDecimal =
      len(lastRun) !== 3 ||
      String.fromCharCode(lastSep) === decimalMark ||
      digits(runs[0]) === '0' ||
      firstLen > 3;
    if (!asDecimal) return grouping(runs.length);
    if (lastSep === 44 && len(lastRun) > 3 && decimalMark === '.') return null;
    return decimal(runs.length - 1);
  }
  // Mixed: groups with one separator, then a different decimal mark ("1,234.5", "1.234,5", "1 234,5").
  const g = groupSeps[0];
  if (!groupSeps.every((s) => s === g) || g === lastSep) return null;
  const upto = runs.length - 1;
  if ((firstLen <= 3 && middleRunsAreThree(upto)) || (g === 44 && indianGroups(upto))) return decimal(upto);
  return null;

  function indianGroups(upto: number): boolean {
    return (
      firstLen <= 2 &&
      upto >= 3 &&
      runs.slice(1, upto - 1).every((r) => len(r) === 2) &&
      len(runs[upto - 1]) === 3
    );
  }
  function grouping(count: number): DigitNumber {
    const dec = runs
      .slice(0, count)
      .map((r) => digits(r))
      .join('');
    return { end: e, dec, grouped: true, isInteger: true, intDigits: dec.length };
  }
  function decimal(intRuns: number): DigitNumber {
    const int = runs
      .slice(0, intRuns)
      .map((r) => digits(r))
      .join('');
    return {
      end: e,
      dec: `${int}.${digits(lastRun)}`,
      grouped: intRuns > 1,
      // Matches the fraction "00" of "20.00"; must not match "05".
      isInteger: /^0*$/.test(digits(lastRun)),
      intDigits: int.length,
    };
  }
}
