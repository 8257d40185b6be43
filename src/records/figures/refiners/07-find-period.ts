/**
 * Refiner 7: the period of each figure. The nearest time of its clause (a target prefers a deadline, an actual
 * anything else); else a time of an earlier clause, when it frames the sentence ("In 2023, ...") or the clause is
 * not in the present ("exports hit $13.2 billion in 2022, while imports stood at $11 billion"); else, for a
 * present-tense actual, "as of" the report's date; else null (a past change with no time: "doubled to $1 billion").
 */
import { asOf } from '../../../mentions/time/index.js';
import type { TimeMention } from '../../../types.js';
import type { Draft, FigureRefiner, Token } from '../_draft.js';
import { isPresentTense } from './_cues.js';

/** Token distance between a quantity and a time; a time after the quantity wins a tie. */
function distance(first: number, last: number, time: [number, number]): number {
  return time[0] > last ? time[0] - last : first - time[1] + 0.5;
}

/** Words that make a time the base of a change, not its period: "down 2.7 percent from 2019". */
const BASE_WORDS = new Set(['from', 'than', 'against', 'on', 'compared', 'with', 'over']);

/** True when the time starting at token k is introduced as a base ("from 2019", "compared with 2022"). */
function isBase(tokens: Token[], k: number): boolean {
  const head = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  return (
    (BASE_WORDS.has(head) && head !== 'over' && head !== 'with') ||
    (BASE_WORDS.has(before) && before !== 'over')
  );
}

interface Governing {
  /** Nearest time of the quantity's clause. */
  own: TimeMention | null;
  /** Nearest non-deadline time of an earlier clause, before the quantity. */
  earlier: TimeMention | null;
  /** The earlier time comes before the sentence's first quantity ("In 2023, ..."). */
  framing: boolean;
}

function governingTimes(draft: Draft): Governing {
  const { tokens, times, timeTokens, quantityTokens } = draft.view;
  const [first, last] = quantityTokens[draft.q] ?? [0, -1];
  const clause = tokens[first]?.clause ?? 0;
  const isTarget = draft.kind === 'target';
  const firstQuantity = quantityTokens.reduce(
    (min, [start]) => (start >= 0 && start < min ? start : min),
    first,
  );
  const found: Governing = { own: null, earlier: null, framing: false };
  let bestScore = Number.POSITIVE_INFINITY;
  for (let t = 0; t < times.length; t++) {
    const span = timeTokens[t] as [number, number];
    const time = times[t] as TimeMention;
    if (span[0] < 0 || (span[0] <= last && span[1] >= first)) continue;
    if (draft.kind === 'change' && isBase(tokens, span[0])) continue;
    if ((tokens[span[0]] as Token).clause !== clause) {
      if (span[1] < first && time.role !== 'deadline' && !isTarget) {
        found.earlier = time;
        found.framing = span[1] < firstQuantity;
      }
      continue;
    }
    const fits = isTarget === (time.role === 'deadline');
    const score = distance(first, last, span) + (fits ? 0 : 1000);
    if (score < bestScore) {
      found.own = time;
      bestScore = score;
    }
  }
  return found;
}

export const findPeriod: FigureRefiner = (drafts, env) => {
  for (const draft of drafts) {
    const { own, earlier, framing } = governingTimes(draft);
    const present = draft.kind !== 'target' && isPresentTense(draft) === true;
    const time = own ?? (earlier && (framing || !present) ? earlier : null);
    if (time) {
      draft.period = time.period;
      if (time.role === 'deadline') draft.kind = 'target';
    } else draft.period = present ? asOf(env.ctx.published) : null;
  }
  return drafts;
};
