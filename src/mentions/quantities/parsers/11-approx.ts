/** Step 11: an approximation cue before the quantity: "about $25 billion", "over 4,700 enterprises", "more than", "up to", "~40". */

import type { Approx } from '../../../types.js';
import { prevWord, skipSpacesBack, type Word } from '../_chars.js';
import type { CompiledLanguage } from '../_compile.js';
import type { Candidate } from '../types.js';
import type { Env } from './env.js';

/** The longest cue phrase (up to three words) ending right before `pos`: "in excess of" -> 'over'. */
export function approxBefore(
  text: string,
  pos: number,
  floor: number,
  L: CompiledLanguage,
): { start: number; approx: Exclude<Approx, null> } | null {
  const words: Word[] = [];
  const nearest = prevWord(text, pos, floor);
  if (nearest && L.approxLastWords.has(nearest.lower)) {
    words.push(nearest);
    let p = nearest.start;
    for (let k = 1; k < 3; k++) {
      const w = prevWord(text, p, floor);
      if (!w) break;
      words.push(w);
      p = w.start;
    }
  }
  // The phrases of the last three, two and one words: "in excess of", "excess of", "of".
  let phrase = '';
  const phrases: string[] = [];
  for (const word of words) {
    phrase = phrase === '' ? word.lower : `${word.lower} ${phrase}`;
    phrases.push(phrase);
  }
  for (let n = words.length; n >= 1; n--) {
    const approx = L.approx.get(phrases[n - 1] as string);
    const first = words[n - 1];
    if (approx && first) return { start: first.start, approx };
  }
  const s = skipSpacesBack(text, pos, floor, 1);
  const c = text.charCodeAt(s - 1);
  if (s - 1 >= floor && (c === 126 || c === 0x2248 || c === 0x223c)) return { start: s - 1, approx: 'about' };
  return null;
}

/** Sets approx and widens the span to include the cue ("over 4,700 enterprises"). */
export function readApprox(text: string, c: Candidate, env: Env): Candidate {
  const hit = approxBefore(text, c.start, env.floor, env.L);
  if (hit) {
    c.approx = hit.approx;
    c.start = hit.start;
  } else if (c.first.approx) c.approx = c.first.approx;
  return c;
}
