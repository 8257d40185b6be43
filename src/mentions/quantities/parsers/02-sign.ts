/** Step 2: a minus sign glued before the digits ("-5%", "−1.2") or a minus word ("minus five percent"). */
import { isAlnum, isDash, prevWord } from '../_chars.js';
import type { Amount } from '../types.js';
import type { Env } from './env.js';

/** Makes the amount negative when a sign precedes it: "minus 1,200,000" -> dec "-1200000". */
export function readSign(text: string, a: Amount, env: Env): boolean {
  const p = a.start;
  if (p - 1 >= env.floor && isDash(text.charCodeAt(p - 1)) && !a.isWord) {
    const before = p - 2 >= 0 ? text.charCodeAt(p - 2) : 32;
    if (!isAlnum(before) && !isDash(before) && before !== 46 && before !== 44 && before !== 41) {
      if (p - 1 >= env.floor) {
        a.dec = `-${a.dec}`;
        a.start = p - 1;
      }
      return true;
    }
    if (isAlnum(before)) a.glued = true; // "COVID-19", "F-16", "Su-35"
    return true;
  }
  const w = prevWord(text, p, env.floor);
  if (w && env.L.minusWords.has(w.lower)) {
    a.dec = `-${a.dec}`;
    a.start = w.start;
  }
  return true;
}
