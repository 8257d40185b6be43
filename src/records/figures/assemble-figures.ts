/** Assembly: mentions of a document's sentences -> drafts -> refiners in order -> Figure records. */
import type { ExtractContext, Figure } from '../../types.js';
import type { Draft, FigureEnv, FigureRefiner, SentenceMentions, SentenceView } from './_draft.js';
import { FIGURE_REFINERS } from './refiners/index.js';
import { createSentenceView } from './sentence-view.js';
import type { CompiledTaxonomy } from './taxonomy.js';

/** Everything assembly needs besides the mentions. */
export interface AssembleOptions {
  ctx: ExtractContext;
  taxonomy: CompiledTaxonomy;
  /** The document's main pair, computed only when a figure needs it. */
  pair: () => string[];
  refiners?: readonly FigureRefiner[];
}

function newDraft(view: SentenceView, q: number): Draft {
  const quantity = view.quantities[q] as Draft['quantity'];
  return {
    view,
    q,
    quantity,
    value: quantity.value,
    unit: quantity.unit,
    measure: null,
    measureRanges: [],
    measureRule: null,
    refersBack: false,
    flow: null,
    indicator: null,
    parties: [],
    direction: null,
    period: null,
    kind: 'actual',
    change: null,
    cell: null,
    dropped: null,
  };
}

/** The record, with exactly the fields of Figure. */
function toFigure(draft: Draft): Figure {
  const q = draft.quantity;
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    value: draft.value,
    low: q.low,
    high: q.high,
    unit: draft.unit,
    approx: q.approx,
    measure: draft.measure,
    indicator: draft.indicator,
    parties: draft.parties,
    direction: draft.direction,
    period: draft.period,
    kind: draft.kind,
    change: draft.change,
    sentence: draft.view.sentence.text,
  };
}

/**
 * Figures of a document from its sentences' mentions, in document order. Sentences without a quantity should not
 * be passed (they cost a tokenisation for nothing). Pure: the same mentions give the same figures.
 */
export function assembleFigures(sentences: readonly SentenceMentions[], options: AssembleOptions): Figure[] {
  const { ctx, taxonomy, pair, refiners = FIGURE_REFINERS } = options;
  let drafts: Draft[] = [];
  for (const mentions of sentences) {
    if (mentions.quantities.length === 0) continue;
    const view = createSentenceView(mentions);
    for (let q = 0; q < view.quantities.length; q++) drafts.push(newDraft(view, q));
  }
  if (drafts.length === 0) return [];
  const env: FigureEnv = { ctx, taxonomy, pair };
  for (const refine of refiners) drafts = refine(drafts, env);
  return drafts.map(toFigure);
}
