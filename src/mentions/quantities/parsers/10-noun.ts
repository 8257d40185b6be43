/**
 * Step 10: the noun a bare number counts: "45 projects", "over 4,700 enterprises", "4,000 Kazakh students"
 * (adjectives and demonyms may come between). A time word makes the number a duration ("15 years"): not a figure.
 */
import { isLetter, nextWord, type Word } from '../_chars.js';
import type { Candidate } from '../types.js';
import type { Env } from './env.js';

const MAX_MODIFIERS = 3;

/** A plural noun guessed from its ending: "delegations" yes; "is", "as", "business", "various" no. */
function looksPlural(w: Word, text: string): boolean {
  const s = w.lower;
  if (s.length < 4 || s.charCodeAt(s.length - 1) !== 115) return false;
  if (s.endsWith('ss') || s.endsWith('us') || s.endsWith('is') || s.endsWith("'s")) return false;
  return !isUpper(text.charCodeAt(w.start));
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/** Sets unit 'count' and the counted noun; marks durations and "N times" for the later steps. */
export function readNoun(text: string, c: Candidate, env: Env): Candidate {
  if (c.unit !== '' && c.unit !== 'count') return c;
  const { L } = env;
  c.unit = 'count';
  if (c.first.hyphenWord) {
    if (L.durations.has(c.first.hyphenWord)) c.notFigure = 'duration';
    return c;
  }
  if (L.lang.spaceless) {
    // "2023年", "3月", "15天": a time unit right after the number.
    for (const len of [2, 1])
      if (L.durations.has(text.slice(c.end, c.end + len))) c.notFigure = 'duration or date';
    return c;
  }
  const first = nextWord(text, c.end);
  if (!first) return c;
  if (L.durations.has(first.lower)) {
    c.notFigure = 'duration';
    return c;
  }
  let w: Word | null = first;
  for (let k = 0; w && k <= MAX_MODIFIERS; k++) {
    if (L.countNouns.has(w.lower)) {
      const english = w.lower.charCodeAt(0) < 128;
      const singular =
        english &&
        w.lower.charCodeAt(w.lower.length - 1) !== 115 &&
        w.lower !== 'people' &&
        w.lower !== 'aircraft';
      if (!singular || c.value === 1) {
        c.noun = w.lower;
        c.nounKnown = true;
        c.end = w.end;
        c.rule = c.rule === 'range' ? 'range' : 'count';
        return c;
      }
    }
    if (k === 0 && L.durations.has(w.lower)) break;
    if (L.stopWords.has(w.lower) || L.months.has(w.lower) || L.durations.has(w.lower)) break;
    if (L.cardinals.has(w.lower) || L.timesWords.has(w.lower)) break;
    if (!isLetter(text.charCodeAt(w.end - 1))) break;
    const gap = text.charCodeAt(w.end);
    if (gap === 44 || gap === 46 || gap === 59 || gap === 58 || gap === 41) break;
    w = nextWord(text, w.end);
  }
  if (looksPlural(first, text) && !L.stopWords.has(first.lower) && !L.timesWords.has(first.lower)) {
    c.noun = first.lower;
    c.nounKnown = false;
    c.end = first.end;
    c.rule = c.rule === 'range' ? 'range' : 'count';
  }
  return c;
}
