/** Step 4: a scale after the number: "4.7 billion", "41bn", "41 bln", "$50k", "$5m", "30 lakh", "1.2M". */
import { isLetter } from '../_chars.js';
import { matchAt } from '../_phrase-table.js';
import type { Amount } from '../types.js';
import type { Env } from './env.js';

/** Reads one scale word or glued scale letter; "5m" without money is metres, so short letters need a currency or glue. */
export function readScale(text: string, a: Amount, env: Env): boolean {
  if (a.scaled && a.isWord) return true;
  const { L } = env;
  const m = matchAt(L.scales, text, a.end);
  if (m && !(a.isWord && m.value < 3)) {
    a.exp += m.value;
    a.scaled = true;
    a.end = m.end;
    if (text.charCodeAt(a.end) === 46 && m.phrase.length <= 3 && isLetter(text.charCodeAt(a.end + 1)))
      a.glued = true;
    return true;
  }
  // Glued letters ("41K", "$5m", "1.2M") or spaced letters after a currency ("$ 14 m").
  let i = a.end;
  const spaced = text.charCodeAt(i) === 32;
  if (spaced) i++;
  let j = i;
  while (j < text.length && j - i < 3 && isLetter(text.charCodeAt(j))) j++;
  if (j === i || isLetter(text.charCodeAt(j))) return true;
  const short = L.shortScales.get(text.slice(i, j));
  if (!short || a.isWord) return true;
  const money = a.unitKind === 'money';
  if ((short.moneyOnly || spaced) && !money) return true;
  a.exp += short.exp;
  a.scaled = true;
  a.end = j;
  return true;
}
