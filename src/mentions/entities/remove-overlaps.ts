/** The refiner of the name scan: where names overlap, the surer one wins, then the longer, then the earlier. */
import type { Draft, NameState } from './_draft.js';
import type { TokenList } from './_tokens.js';

/** Sentence offsets of a draft. */
export function draftSpan(draft: Draft, tokens: TokenList): [number, number] {
  return draft.chars ?? [tokens.start(draft.first), tokens.end(draft.end - 1)];
}

/** True when every token of [first, end) that is taken belongs to a place lying wholly inside [first, end). */
/** True when the drafts come in text order without overlapping: nothing to choose (the common case). */
function isOrderedAndApart(drafts: readonly Draft[]): boolean {
  for (let k = 1; k < drafts.length; k++) {
    const previous = drafts[k - 1] as Draft;
    const draft = drafts[k] as Draft;
    if (draft.chars !== undefined || previous.chars !== undefined || draft.first < previous.end) return false;
  }
  return drafts[0]?.chars === undefined;
}

function swallowsOnlyPlaces(taken: Int32Array, kept: (Draft | null)[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const index = taken[i] as number;
    if (index === 0) continue;
    const other = kept[index - 1];
    if (other?.type !== 'place' || other.first < first || other.end > end) return false;
  }
  return true;
}

/**
 * The drafts kept, in text order: of "Almaty" (place, known) and "Almaty Management University" (organisation,
 * pattern) the organisation is kept, since a longer typed name may swallow a place; otherwise the surer wins.
 * Linear in the number of tokens the drafts cover (each draft is a few tokens long).
 */
export function removeOverlaps(state: NameState): Draft[] {
  if (state.drafts.length === 0) return [];
  const inOrder = [...state.drafts].sort((a, b) => a.first - b.first);
  if (isOrderedAndApart(inOrder)) return inOrder;
  const ranked = state.drafts
    .filter((draft) => draft.chars === undefined)
    .sort((a, b) => b.priority - a.priority || b.end - b.first - (a.end - a.first) || a.first - b.first);
  const taken = new Int32Array(state.tokens.length);
  const kept: (Draft | null)[] = [];
  for (const draft of ranked) {
    let free = true;
    for (let i = draft.first; i < draft.end && free; i++) free = taken[i] === 0;
    if (!free) {
      const longer = draft.type !== null && draft.type !== 'place';
      if (!longer || !swallowsOnlyPlaces(taken, kept, draft.first, draft.end)) continue;
      for (let i = draft.first; i < draft.end; i++) {
        const index = taken[i] as number;
        if (index !== 0) kept[index - 1] = null;
      }
    }
    kept.push(draft);
    for (let i = draft.first; i < draft.end; i++) taken[i] = kept.length;
  }
  const result = kept.filter((draft): draft is Draft => draft !== null);
  for (const draft of state.drafts) if (draft.chars !== undefined) result.push(draft);
  return result.sort((a, b) => draftSpan(a, state.tokens)[0] - draftSpan(b, state.tokens)[0]);
}
