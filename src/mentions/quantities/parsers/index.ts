/**
 * The quantity grammar as two ordered recipes. An amount is a number and what is glued to it; a quantity is an
 * amount with its range, noun, cue and change. Order matters: a currency before the number must be known before
 * the scale ("$5m" is money, "5m" is metres), and the range must be read before the noun ("3 to 5 projects").
 */
import type { Amount, Candidate } from '../types.js';
import { readNumber } from './01-number.js';
import { readSign } from './02-sign.js';
import { readCurrencyBefore } from './03-currency-before.js';
import { readScale } from './04-scale.js';
import { readCurrencyAfter } from './05-currency-after.js';
import { readPercent } from './06-percent.js';
import { readUnit } from './07-unit.js';
import { readGlue } from './08-glue.js';
import { amountValue, readRange } from './09-range.js';
import { readNoun } from './10-noun.js';
import { readApprox } from './11-approx.js';
import { readChange } from './12-change.js';
import { readMultiplier } from './13-multiplier.js';
import type { Env } from './env.js';

type AmountStep = (text: string, a: Amount, env: Env) => boolean;

/** Steps after the number, in order: sign, currency before, scale, currency after, percent, unit, glue. */
const AMOUNT_STEPS: readonly AmountStep[] = [
  readSign,
  readCurrencyBefore,
  readScale,
  readCurrencyAfter,
  readPercent,
  readUnit,
  readGlue, // last: it looks at whatever follows everything read so far
];

/** Reads one amount at `pos`: readAmount("$41bn", 1, env) spans 0..5 with dec "41", exp 9, unit USD. */
export function readAmount(text: string, pos: number, env: Env): Amount | null {
  const a = readNumber(text, pos, env);
  if (!a) return null;
  for (const step of AMOUNT_STEPS) if (!step(text, a, env)) return null;
  return a;
}

function toCandidate(a: Amount): Candidate {
  return {
    start: a.start,
    end: a.end,
    first: a,
    second: null,
    value: amountValue(a),
    low: null,
    high: null,
    unit: a.unit ?? '',
    noun: null,
    nounKnown: false,
    approx: null,
    change: null,
    isMultiplier: false,
    rule: a.unitKind ?? 'count',
    rangeOpener: null,
    notFigure: null,
  };
}

type QuantityStep = (text: string, c: Candidate, env: Env) => Candidate;

/** Steps after the first amount, in order: range (before the noun: "3 to 5 projects"), noun, cue, change (last: it may merge "to $X"). */
const QUANTITY_STEPS: readonly QuantityStep[] = [
  (text, c, env) => readRange(text, c, env, readAmount),
  readNoun,
  readApprox,
  (text, c, env) => readChange(text, c, env, readAmount),
];

/** Reads a quantity whose number starts at `pos`: "over 4,700 enterprises", "$3-5 billion", "rose 30% to $5 billion". */
export function readQuantity(text: string, pos: number, env: Env): Candidate | null {
  const a = readAmount(text, pos, env);
  if (!a) return null;
  let c = toCandidate(a);
  for (const step of QUANTITY_STEPS) c = step(text, c, env);
  return c;
}

/** Reads a multiplier word at `pos`: "doubled to $1 billion", "double this figure", "tripled". */
export function readMultiplierAt(text: string, pos: number, env: Env): Candidate | null {
  return readMultiplier(text, pos, env, readAmount, (p, floor) => {
    const a = readAmount(text, p, { L: env.L, floor });
    if (!a) return null;
    return readRange(text, toCandidate(a), { L: env.L, floor }, readAmount);
  });
}
