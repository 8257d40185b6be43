/** Step 7: a physical unit after the number: "10 million tonnes", "20,000 TEU", "10 bcm", "1,200 MW", "3-inch", "500 km". */
import { matchAt } from '../_phrase-table.js';
import type { Amount } from '../types.js';
import type { Env } from './env.js';

/** Sets a physical unit (symbols are case-sensitive: "MW" yes, "mw" no) and adds the power of ten it carries ("bcm"). */
export function readUnit(text: string, a: Amount, env: Env): boolean {
  if (a.unit !== null) return true;
  const { L } = env;
  const hit = matchAt(L.unitSymbols, text, a.end) ?? matchAt(L.unitNames, text, a.end);
  if (!hit) return true;
  a.unit = hit.value.unit;
  a.unitKind = 'physical';
  a.exp += hit.value.exp ?? 0;
  a.end = hit.end;
  if (hit.phrase.toLowerCase().endsWith(' of')) a.end -= 3; // "two pounds of meat": "of" stays outside
  return true;
}
