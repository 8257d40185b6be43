/** Step 6: a percent after the number: "30%", "30 percent", "30 per cent", "30 pct", "2 percentage points". */
import { matchAt } from '../_phrase-table.js';
import type { Amount } from '../types.js';
import type { Env } from './env.js';

/** Sets unit 'percent' (or 'pp' for percentage points) when a percent sign or word follows the number. */
export function readPercent(text: string, a: Amount, env: Env): boolean {
  if (a.unit !== null) return true;
  let i = a.end;
  const c = text.charCodeAt(i) === 32 ? text.charCodeAt(i + 1) : text.charCodeAt(i);
  if (c === 37 || c === 0xff05 || c === 0x2030) {
    if (text.charCodeAt(i) === 32) i++;
    a.unit = c === 0x2030 ? 'permille' : 'percent';
    a.unitKind = 'percent';
    a.end = i + 1;
    return true;
  }
  const m = matchAt(env.L.percent, text, a.end);
  if (!m || m.gap === '-') return true;
  a.unit = m.value;
  a.unitKind = 'percent';
  a.end = m.end;
  return true;
}
