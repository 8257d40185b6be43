/** Step 5: a currency after the number: "41 billion USD", "500 million yuan", "20 миллиардов долларов", "410亿美元", "10 €", "75 USD million". */
import { matchAt } from '../_phrase-table.js';
import type { Amount } from '../types.js';
import { readScale } from './04-scale.js';
import type { Env } from './env.js';

/** Sets a currency unit from a code, symbol or name after the number, unless one came before it. */
export function readCurrencyAfter(text: string, a: Amount, env: Env): boolean {
  const { L } = env;
  if (a.unit !== null) {
    // "人民币500亿元": the same currency named again after the number belongs to the amount.
    const again = L.lang.spaceless ? matchAt(L.currencyAfter, text, a.end) : null;
    if (again && again.value === a.unit) a.end = again.end;
    return true;
  }
  let m = matchAt(L.currencyAfterExact, text, a.end);
  if (m?.gap === '-') m = null;
  const name = m ? null : matchAt(L.currencyAfter, text, a.end);
  const hit = m ?? name;
  if (!hit) return true;
  // "two pounds of meat" is a weight; "20 pounds" is money.
  if (name && L.lang.unitNames[`${name.phrase.toLowerCase()} of`] && isFollowedByOf(text, name.end))
    return true;
  let code = hit.value;
  if (code.length === 4 && code.startsWith('M')) {
    // "30 MUSD": millions of US dollars.
    a.exp += 6;
    a.scaled = true;
    code = code.slice(1);
  }
  a.unit = code;
  a.unitKind = 'money';
  a.end = hit.end;
  if (!a.scaled) readScale(text, a, env); // "75 USD million"
  return true;
}

/** " of" right after `pos` (matches " of meat", must not match " often"). */
function isFollowedByOf(text: string, pos: number): boolean {
  OF.lastIndex = pos;
  return OF.test(text);
}
// Sticky: matches " of" in "pounds of meat"; must not match " offer".
const OF = /\s{1,2}of(?![\p{L}])/uy;
