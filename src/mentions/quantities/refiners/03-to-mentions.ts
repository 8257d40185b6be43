/** Refiner 3: turns candidates (sentence offsets) into QuantityMentions (document offsets, text as written). */
import type { QuantityMention, Sentence } from '../../../types.js';
import type { Candidate } from '../types.js';

/** toMentions(sentence at 100, [{start 4, end 15}]) -> mention {start 104, end 115, text: sentence.text.slice(4, 15)}. */
export function toMentions(sentence: Sentence, candidates: Candidate[]): QuantityMention[] {
  return candidates.map((c) => ({
    kind: 'quantity',
    start: sentence.start + c.start,
    end: sentence.start + c.end,
    text: sentence.text.slice(c.start, c.end),
    value: c.value,
    low: c.low,
    high: c.high,
    unit: c.unit,
    noun: c.noun,
    approx: c.approx,
    change: c.change,
    isMultiplier: c.isMultiplier,
    rule: c.rule,
  }));
}
