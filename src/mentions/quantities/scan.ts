/**
 * The single left-to-right pass. Anchors are digits, number words and multiplier words (one Set lookup per word);
 * everything else is read around an anchor with bounded look-arounds, so the pass is linear in the text length.
 * URLs and e-mail addresses are skipped whole ("%28" in a URL is no percent).
 * The pass jumps from anchor to anchor with the language's anchor finder (one native regex scan); it reads the
 * whole text character by character instead when the finder meets what may be a URL or an e-mail address, and for
 * languages written without spaces.
 */
import { isAlnum, isDigit, isLetter, isSpace } from './_chars.js';
import { anchorKey, type CompiledLanguage } from './_compile.js';
import { readMultiplierAt, readQuantity } from './parsers/index.js';
import type { Candidate } from './types.js';

/** Longest anchor word worth a lookup ("quadrupling"). */
const MAX_ANCHOR = 12;

/** Where the pass stands: the candidates so far and the end of the last one (no look-back crosses it). */
interface ScanState {
  out: Candidate[];
  floor: number;
}

function skipToSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** Skips a token that failed to parse: digits, letters and the punctuation inside numbers ("2024-07-03", "G20"). */
function skipToken(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (
      isAlnum(c) ||
      ((c === 46 || c === 44 || c === 58 || c === 47 || c === 45) && isDigit(text.charCodeAt(j + 1)))
    )
      j++;
    else break;
  }
  return j;
}

/** True when a number starts at `i`: a digit, or a decimal mark before a digit that does not end a number (".5"). */
function startsNumber(text: string, i: number, c: number): boolean {
  if (isDigit(c)) return true;
  if (c !== 46 && c !== 44) return false;
  return (
    i + 1 < text.length && isDigit(text.charCodeAt(i + 1)) && (i === 0 || !isDigit(text.charCodeAt(i - 1)))
  );
}

/** True when the digits at `i` end in a percent sign: "+21%", "+1.5 %" (a signed change, never a phone number). */
function endsInPercent(text: string, i: number): boolean {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || ((c === 46 || c === 44) && isDigit(text.charCodeAt(j + 1)))) j++;
    else break;
  }
  if (text.charCodeAt(j) === 32) j++;
  return text.charCodeAt(j) === 37;
}

/**
 * Reads the number at `i` (startsNumber is true there); returns where the pass goes on, always past `i` (both passes
 * loop on it: "+,54" once returned `i` itself and hung them).
 */
function readNumberAt(text: string, i: number, L: CompiledLanguage, state: ScanState): number {
  if (
    i > 0 &&
    text.charCodeAt(i - 1) === 43 &&
    isDigit(text.charCodeAt(i)) &&
    (i < 2 || !isAlnum(text.charCodeAt(i - 2))) &&
    !endsInPercent(text, i)
  ) {
    return skipPhone(text, i); // "+7 7172 74 51 23"
  }
  const cand = readQuantity(text, i, { L, floor: state.floor });
  if (cand && cand.end > i) {
    state.out.push(cand);
    state.floor = cand.end;
    return cand.end;
  }
  return skipToken(text, i);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** End of the anchor word that starts right at `i` (as the finder reads words), or -1. */
function wordRightAt(text: string, i: number, L: CompiledLanguage): number {
  const sticky = L.anchorWordAt;
  sticky.lastIndex = i;
  const found = sticky.exec(text);
  return found ? i + found[0].length : -1;
}

/** True when the letters text[i, j) (a whole word: no letter before or after) are an anchor word of the language. */
function isAnchorWord(text: string, i: number, j: number, L: CompiledLanguage): boolean {
  return (
    L.anchorKeys.has(anchorKey(text.charCodeAt(i), j - i, text.charCodeAt(j - 1))) &&
    L.anchors.has(text.slice(i, j).toLowerCase())
  );
}

/** Reads a quantity at the anchor word text[i, j); returns its end, or -1 when there is none. */
function readAnchorAt(text: string, i: number, j: number, L: CompiledLanguage, state: ScanState): number {
  const env = { L, floor: state.floor };
  const cand = L.multipliers.has(text.slice(i, j).toLowerCase())
    ? readMultiplierAt(text, i, env)
    : readQuantity(text, i, env);
  if (!cand || cand.end <= i) return -1;
  state.out.push(cand);
  state.floor = cand.end;
  return cand.end;
}

/** Every quantity candidate in `text`, left to right, none overlapping the one before. */
export function scanQuantities(text: string, L: CompiledLanguage): Candidate[] {
  const state: ScanState = { out: [], floor: 0 };
  if (L.lang.cjkDigits || !jump(text, L, state)) {
    state.out = [];
    state.floor = 0;
    scanFrom(text, 0, L, state);
  }
  return state.out;
}

/**
 * The pass by anchor finder: the same stops as `scanFrom`, since between two finds there is no digit and no anchor
 * word, and a word the finder meets only in part (the "one" of "someone") fails the whole-word check. Returns false
 * as soon as it meets "@", "://" or "www.": URLs and addresses are left to the character pass, from the start.
 */
function jump(text: string, L: CompiledLanguage, state: ScanState): boolean {
  const finder = L.anchorFinder;
  let i = 0;
  while (i < text.length) {
    let at: number;
    let end: number;
    // A word right at i, after a character the finder has gone past ("5%one"), is looked for on the spot.
    const glued = i > 0 && isLetter(text.charCodeAt(i)) && !isAsciiAlnum(text.charCodeAt(i - 1));
    const word = glued ? wordRightAt(text, i, L) : -1;
    if (word > i) {
      at = i;
      end = word;
    } else {
      finder.lastIndex = i;
      const found = finder.exec(text);
      if (!found) return true;
      const match = found[0];
      const first = match.charCodeAt(0);
      if (first === 64 || match === '://' || (match.length === 4 && match.charCodeAt(3) === 46)) return false;
      if (match.length === 1 && (isDigit(first) || first === 46 || first === 44)) {
        i = startsNumber(text, found.index, first)
          ? readNumberAt(text, found.index, L, state)
          : found.index + 1;
        continue;
      }
      // A word, after the character before it (group 1) unless it opens the text.
      at = found[1] === undefined ? found.index : found.index + 1;
      end = found.index + match.length;
    }
    const whole =
      (at === 0 || !isAlnum(text.charCodeAt(at - 1))) &&
      (end === text.length || (!isLetter(text.charCodeAt(end)) && !isDigit(text.charCodeAt(end)))) &&
      end - at <= MAX_ANCHOR &&
      isAnchorWord(text, at, end, L);
    if (!whole) {
      i = at + 1;
      continue;
    }
    const after = readAnchorAt(text, at, end, L, state);
    i = after >= 0 ? after : end;
  }
  return true;
}

/**
 * Every quantity candidate in `text`, read character by character: what the anchor finder's jumps must agree with
 * (the tests compare the two). `scanByCharacter("over 45 projects", compileLanguage(en))` gives one candidate.
 */
export function scanByCharacter(text: string, L: CompiledLanguage): Candidate[] {
  const state: ScanState = { out: [], floor: 0 };
  scanFrom(text, 0, L, state);
  return state.out;
}

/** The pass character by character from `start`. */
function scanFrom(text: string, start: number, L: CompiledLanguage, state: ScanState): void {
  const n = text.length;
  const cjk = L.lang.cjkDigits;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (startsNumber(text, i, c)) {
      i = readNumberAt(text, i, L, state);
      continue;
    }
    if (isLetter(c)) {
      if (
        cjk &&
        (cjk[text[i] as string] !== undefined || L.lang.cjkUnits?.[text[i] as string] !== undefined)
      ) {
        const cand = readQuantity(text, i, { L, floor: state.floor });
        if (cand && cand.end > i) {
          state.out.push(cand);
          state.floor = cand.end;
          i = cand.end;
        } else i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      const wordStart = i === 0 || !isAlnum(text.charCodeAt(i - 1));
      if (wordStart && j - i <= MAX_ANCHOR && !isDigit(text.charCodeAt(j))) {
        if (isAnchorWord(text, i, j, L)) {
          const after = readAnchorAt(text, i, j, L, state);
          if (after >= 0) {
            i = after;
            continue;
          }
        }
        if (text.charCodeAt(j) === 58 && text.charCodeAt(j + 1) === 47 && text.charCodeAt(j + 2) === 47) {
          i = skipToSpace(text, j); // "https://…"
          continue;
        }
        if (j - i === 3 && text.charCodeAt(j) === 46 && text.slice(i, j).toLowerCase() === 'www') {
          i = skipToSpace(text, j);
          continue;
        }
      }
      i = j;
      continue;
    }
    if (c === 64 && i > 0 && isAlnum(text.charCodeAt(i - 1))) {
      i = skipToSpace(text, i); // e-mail address
      continue;
    }
    i++;
  }
}

/** Skips an international phone number: digits, spaces, dashes, dots and brackets after "+". */
function skipPhone(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || c === 45 || c === 46 || c === 40 || c === 41) j++;
    else if (c === 32 && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}
