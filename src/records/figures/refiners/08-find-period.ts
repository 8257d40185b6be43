/**
 * Refiner 8: the period of each figure. The nearest time of its clause (a target prefers a deadline, an actual
 * anything else; a comparison base such as "than in January-June 2023" is no figure's period); else a time of an
 * earlier clause, when it frames the sentence ("In 2023, ...") or the clause is not in the present ("exports hit
 * $13.2 billion in 2022, while imports stood at $11 billion"); else the period of the figure just before it, when
 * this one is told in the past with no time of its own ("Trade hit $24 billion in 2022. Exports amounted to $13.2
 * billion.") or "over the same period"; else, for a present-tense actual, "as of" the report's date; else null.
 */
import { asOf } from '../../../mentions/time/index.js';
import type { Period, TimeMention } from '../../../types.js';
import type { Draft, FigureRefiner, Token } from '../_draft.js';
import { isPresentTense } from './_cues.js';
import {
  asDeadline,
  isChangeBase,
  isComparisonBase,
  isTargetYear,
  isYearEarlier,
  saysSamePeriod,
  yearBefore,
} from './_period.js';

/** How many sentences back the figure that lends its period may stand. */
const MAX_CARRY_SENTENCES = 2;

/** Token distance between a quantity and a time; a time after the quantity wins a tie. */
function distance(first: number, last: number, time: [number, number]): number {
  return time[0] > last ? time[0] - last : first - time[1] + 0.5;
}

interface Governing {
  /** Nearest time of the quantity's clause, and its first token. */
  own: TimeMention | null;
  ownStart: number;
  /** Nearest non-deadline time of an earlier clause, before the quantity. */
  earlier: TimeMention | null;
  /** The earlier time comes before the sentence's first quantity ("In 2023, ..."). */
  framing: boolean;
}

/** True when a time cannot be a target's period: it ended before the report ("a goal first set in 2019"). */
function isPastForTarget(time: TimeMention, published: string | null): boolean {
  return time.role === 'point' && !!published && !!time.period.end && time.period.end < published;
}

function governingTimes(draft: Draft, published: string | null): Governing {
  const { tokens, times, timeTokens, quantityTokens } = draft.view;
  const [first, last] = quantityTokens[draft.q] ?? [0, -1];
  const clause = tokens[first]?.clause ?? 0;
  const isTarget = draft.kind === 'target';
  const firstQuantity = quantityTokens.reduce(
    (min, [start]) => (start >= 0 && start < min ? start : min),
    first,
  );
  const found: Governing = { own: null, ownStart: -1, earlier: null, framing: false };
  let bestScore = Number.POSITIVE_INFINITY;
  for (let t = 0; t < times.length; t++) {
    const span = timeTokens[t] as [number, number];
    const time = times[t] as TimeMention;
    if (span[0] < 0 || (span[0] <= last && span[1] >= first)) continue;
    if (draft.kind === 'change' && isChangeBase(tokens, span[0])) continue;
    if (isComparisonBase(tokens, span[0], time)) continue;
    if (isTarget && isPastForTarget(time, published)) continue;
    if ((tokens[span[0]] as Token).clause !== clause) {
      if (span[1] < first && time.role !== 'deadline' && !isTarget) {
        found.earlier = time;
        found.framing = span[1] < firstQuantity;
      }
      continue;
    }
    // "spoken of $35 billion by 2030": a deadline right after the quantity is its period, whatever the kind.
    const fits =
      isTarget === (time.role === 'deadline') || (time.role === 'deadline' && span[0] === last + 1);
    const score = distance(first, last, span) + (fits ? 0 : 1000);
    if (score < bestScore) {
      found.own = time;
      found.ownStart = span[0];
      bestScore = score;
    }
  }
  return found;
}

/** A count of nothing, which the last refiner drops: it neither lends a period nor breaks the chain. */
function isBareCount(draft: Draft): boolean {
  return draft.unit === 'count' && !draft.quantity.noun && draft.measure === null;
}

/** The period the figure before lends, and where it stood. */
interface Carry {
  period: Period;
  sentence: number;
}

/** The period of a draft with no time of its own: the one before lends its period when this one is past. */
function periodWithoutTime(draft: Draft, carry: Carry | null, present: boolean, published: string | null) {
  const inReach = carry !== null && draft.view.sentence.index - carry.sentence <= MAX_CARRY_SENTENCES;
  if (carry && inReach && draft.kind !== 'target' && (!present || saysSamePeriod(draft.view)))
    return { period: { ...carry.period }, carried: true };
  return { period: present ? asOf(published) : null, carried: false };
}

export const findPeriod: FigureRefiner = (drafts, env) => {
  const published = env.ctx.published;
  let carry: Carry | null = null;
  for (const draft of drafts) {
    // A table cell's period comes from its headings (refiner 2); it lends its period to no sentence after it.
    if (draft.cell) continue;
    const { tokens } = draft.view;
    const { own, ownStart, earlier, framing } = governingTimes(draft, published);
    const present = draft.kind !== 'target' && isPresentTense(draft) === true;
    const time = own ?? (earlier && (framing || !present) ? earlier : null);
    let lendable = false;
    if (time) {
      draft.period = time.period;
      if (time.role === 'deadline') draft.kind = 'target';
      else if (draft.kind === 'target' && time === own && isTargetYear(tokens, ownStart))
        draft.period = asDeadline(time.period);
      lendable = time.role === 'point';
    } else {
      const found = periodWithoutTime(draft, carry, present, published);
      draft.period = found.period;
      lendable = found.carried;
    }
    const [, last] = draft.view.quantityTokens[draft.q] ?? [0, -1];
    // "down from €856 billion a year earlier": the base level is the year before; it lends its period to no one.
    if (draft.period && draft.kind !== 'change' && isYearEarlier(tokens, last)) {
      draft.period = yearBefore(draft.period) ?? draft.period;
      continue;
    }
    if (isBareCount(draft)) continue;
    const period = draft.period;
    carry =
      lendable && draft.kind !== 'target' && period?.start && period.end
        ? { period, sentence: draft.view.sentence.index }
        : null;
  }
  return drafts;
};
