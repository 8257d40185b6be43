/**
 * The single left-to-right pass. Anchors are digits, number words and multiplier words (one Set lookup per word);
 * everything else is read around an anchor with bounded look-arounds, so the pass is linear in the text length.
 * URLs and e-mail addresses are skipped whole ("%28" in a URL is no percent).
 */
import { isAlnum, isDigit, isLetter, isSpace } from './_chars.js';
import { anchorKey, type CompiledLanguage } from './_compile.js';
import { readMultiplierAt, readQuantity } from './parsers/index.js';
import type { Candidate } from './types.js';

/** Longest anchor word worth a lookup ("quadrupling"). */
const MAX_ANCHOR = 12;

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

/** Every quantity candidate in `text`, left to right, none overlapping the one before. */
export function scanQuantities(text: string, L: CompiledLanguage): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const cjk = L.lang.cjkDigits;
  let floor = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (
      isDigit(c) ||
      ((c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i - 1)))
    ) {
      if (i > 0 && text.charCodeAt(i - 1) === 43 && (i < 2 || !isAlnum(text.charCodeAt(i - 2)))) {
        i = skipPhone(text, i); // "+7 7172 74 51 23"
        continue;
      }
      const cand = readQuantity(text, i, { L, floor });
      if (cand && cand.end > i) {
        out.push(cand);
        floor = cand.end;
        i = cand.end;
      } else i = skipToken(text, i);
      continue;
    }
    if (isLetter(c)) {
      if (
        cjk &&
        (cjk[text[i] as string] !== undefined || L.lang.cjkUnits?.[text[i] as string] !== undefined)
      ) {
        const cand = readQuantity(text, i, { L, floor });
        if (cand && cand.end > i) {
          out.push(cand);
          floor = cand.end;
          i = cand.end;
        } else i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      const wordStart = i === 0 || !isAlnum(text.charCodeAt(i - 1));
      if (wordStart && j - i <= MAX_ANCHOR && !isDigit(text.charCodeAt(j))) {
        const isAnchor =
          L.anchorKeys.has(anchorKey(c, j - i, text.charCodeAt(j - 1))) &&
          L.anchors.has(text.slice(i, j).toLowerCase());
        if (isAnchor) {
          const w = text.slice(i, j).toLowerCase();
          const cand = L.multipliers.has(w)
            ? readMultiplierAt(text, i, { L, floor })
            : readQuantity(text, i, { L, floor });
          if (cand && cand.end > i) {
            out.push(cand);
            floor = cand.end;
            i = cand.end;
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
  return out;
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
