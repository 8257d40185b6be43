/**
 * Refiner 7: the direction of a flow where the words give one. "Chinese investments in Kazakhstan" CN->KZ;
 * "exports from Kazakhstan to China" KZ->CN; "Kazakhstan's imports from China" CN->KZ; "imports from China" CN->other.
 */
import type { Draft, FigureRefiner, Flow, Token } from '../_draft.js';
import { DETERMINERS, FLOW_NOUNS, INWARD_NOUNS, LIGHT_NOUNS, POST_PREPOSITIONS } from '../lang/en.js';

/** Country code at or just after index i, skipping determiners: "the Kazakh economy" -> KZ. */
function codeAt(items: Token[], i: number): string | null {
  for (let k = i; k < items.length && k <= i + 2; k++) {
    const item = items[k] as Token;
    if (item.codes?.[0]) return item.codes[0];
    if (!DETERMINERS.has(item.lower)) return null;
  }
  return null;
}

/** The flow the measure's words state, one end possibly open. */
export function statedFlow(items: Token[]): Flow | null {
  let from: string | null = null;
  let to: string | null = null;
  let owner: string | null = null;
  let sawPreposition = false;
  let flowNoun = false;
  let inward = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Token;
    const w = item.lower;
    if (FLOW_NOUNS.has(w)) flowNoun = true;
    if (INWARD_NOUNS.has(w)) inward = true;
    if (w === 'from') from ??= codeAt(items, i + 1);
    else if (w === 'to' || w === 'into' || (w === 'in' && flowNoun)) {
      const destination = codeAt(items, i + 1);
      // "lending to the region": a destination that is not a country leaves the flow undecided.
      if (!destination && to === null && w !== 'in') return null;
      to ??= destination;
    } else if (item.codes?.[0] && !sawPreposition && owner === null) owner = item.codes[0];
    // "number of Chinese tourists": the "of" after a light noun does not end the owner's place.
    const afterLight = w === 'of' && LIGHT_NOUNS.has(items[i - 1]?.lower ?? '');
    if (POST_PREPOSITIONS.has(w) && !afterLight) sawPreposition = true;
  }
  if (owner && flowNoun) {
    if (inward) to ??= owner;
    else from ??= owner;
  }
  if (!from && !to) return null;
  return { from, to };
}

/** Fills the open end of a flow with the other party: "imports from China" in a KZ-CN report is CN->KZ. */
function complete(flow: Flow, parties: string[]): Draft['direction'] {
  let { from, to } = flow;
  if (parties.length === 2) {
    const other = (code: string) =>
      parties[0] === code ? parties[1] : parties[1] === code ? parties[0] : null;
    if (from && !to) to = other(from) ?? null;
    else if (to && !from) from = other(to) ?? null;
  }
  return from && to && from !== to ? { from, to } : null;
}

export const findDirection: FigureRefiner = (drafts) => {
  for (const draft of drafts) {
    const items: Token[] = draft.cell ? [...draft.cell.measureTokens] : [];
    for (const [a, b] of draft.measureRanges)
      for (let k = a; k <= b; k++) items.push(draft.view.tokens[k] as Token);
    const flow = draft.flow ?? statedFlow(items);
    // A share's measure is the whole ("24% of Kazakhstan's imports"): its flow is not the pair's unless both ends are named.
    const parties = draft.kind === 'share' ? [] : draft.parties;
    draft.direction = flow ? complete(flow, parties) : null;
  }
  return drafts;
};
