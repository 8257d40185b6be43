/**
 * Refiner 9: figures that lean on an earlier one. "double this figure" is 2 x the last figure, in its unit, with its
 * measure, indicator, parties and direction; "to double trade" is 2 x the last trade figure (value null when there is
 * none); "it is expected to reach $50 billion" takes the last figure's measure; "up 20%" right after "$41 billion"
 * takes the measure of the figure before it in the sentence; a target with no measure ("speak of reaching $30 billion")
 * takes that of the last figure in its unit. A reference to nothing, with no measure, is dropped, and so is a plan
 * named with no figure or deadline ("a roadmap for doubling bilateral trade").
 */
import type { Draft, FigureRefiner } from '../_draft.js';

/** How many sentences back a "this figure" may point. */
const MAX_SENTENCES_BACK = 2;

/** Prepositions before a multiplier that name a plan rather than state it: "a roadmap for doubling trade". */
const PLAN_PREPOSITIONS = new Set(['for', 'on', 'of', 'about', 'towards', 'toward']);

/** A figure later ones may refer to: a level with a measure, not a change or share. */
function isAnchor(draft: Draft): boolean {
  return (
    draft.value !== null && draft.measure !== null && (draft.kind === 'actual' || draft.kind === 'target')
  );
}

function copyReferent(draft: Draft, referent: Draft): void {
  draft.measure = referent.measure;
  draft.indicator = referent.indicator;
  draft.parties = [...referent.parties];
  draft.direction = referent.direction ? { ...referent.direction } : null;
}

/** The latest anchor within reach, with the same indicator when the draft names its own measure. */
function findReferent(anchors: Draft[], draft: Draft): Draft | null {
  const index = draft.view.sentence.index;
  for (let i = anchors.length - 1; i >= 0; i--) {
    const anchor = anchors[i] as Draft;
    if (index - anchor.view.sentence.index > MAX_SENTENCES_BACK) return null;
    if (draft.measure === null || draft.indicator === null || anchor.indicator === draft.indicator)
      return anchor;
  }
  return null;
}

/** The latest anchor within reach in the same unit: the level a target with no measure of its own aims at. */
function findLevel(anchors: Draft[], draft: Draft): Draft | null {
  const index = draft.view.sentence.index;
  for (let i = anchors.length - 1; i >= 0; i--) {
    const anchor = anchors[i] as Draft;
    if (index - anchor.view.sentence.index > MAX_SENTENCES_BACK) return null;
    if (anchor.unit === draft.unit) return anchor;
  }
  return null;
}

/**
 * Why a reference that found nothing is no figure, or null to keep it. An amount stated outright is kept even when
 * what it measures is lost ("raising the figure to $10 billion" with no figure before it).
 */
function unresolved(draft: Draft): string | null {
  const stated = draft.value !== null && !draft.quantity.isMultiplier;
  if (draft.measure === null) return stated ? null : 'refers to no earlier figure';
  // "a draft roadmap for doubling bilateral trade": a plan named, with neither its figure nor its deadline.
  const [first] = draft.view.quantityTokens[draft.q] ?? [0, -1];
  const before = draft.view.tokens[first - 1]?.lower ?? '';
  if (draft.value === null && draft.period === null && PLAN_PREPOSITIONS.has(before))
    return 'names a plan, not its figure';
  return null;
}

export const resolveReferences: FigureRefiner = (drafts, env) => {
  const anchors: Draft[] = [];
  let previous: Draft | null = null;
  for (const draft of drafts) {
    if (draft.refersBack) {
      const referent = findReferent(anchors, draft);
      if (referent) {
        copyReferent(draft, referent);
        const factor = draft.quantity.isMultiplier ? draft.quantity.change?.factor : undefined;
        if (factor !== undefined && referent.value !== null) {
          draft.value = factor * referent.value;
          draft.unit = referent.unit;
        }
      } else {
        const reason = unresolved(draft);
        draft.dropped = reason;
        if (reason) env.ctx.debug(() => `figures: "${draft.quantity.text}" dropped: ${reason}`);
      }
    } else if (
      draft.measure === null &&
      previous &&
      previous.view === draft.view &&
      previous.measure !== null &&
      // A cell its headings could not read ("2023 as % of 2022") is no ellipsis of the cell before it.
      draft.view.table === null
    ) {
      copyReferent(draft, previous);
    } else if (draft.measure === null && draft.kind === 'target') {
      // "Both governments still speak of reaching $30 billion a year": the level of the figure before.
      const level = findLevel(anchors, draft);
      if (level) copyReferent(draft, level);
    }
    if (isAnchor(draft)) anchors.push(draft);
    previous = draft;
  }
  return drafts.filter((draft) => draft.dropped === null);
};
