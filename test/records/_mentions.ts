/** Hand-built mentions for unit tests of the figure stage: located by their text in the sentence. */
import {
  assembleFigures,
  compileTaxonomy,
  loadTaxonomy,
  type SentenceMentions,
} from '../../src/records/figures/index.js';
import type {
  CountryMention,
  Figure,
  Period,
  QuantityMention,
  Sentence,
  TimeMention,
} from '../../src/types.js';

export const PUBLISHED = '2024-07-03';

type QuantitySpec = Partial<Omit<QuantityMention, 'kind' | 'text' | 'start' | 'end'>> & {
  text: string;
  nth?: number;
};
type TimeSpec = { text: string; period: Period; role?: TimeMention['role'] };
type CountrySpec = { text: string; code: string; nth?: number };

/** Offset of the nth occurrence of `part` in `text`; throws when absent so that a typo fails loudly. */
function locate(text: string, part: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
  }
  return at;
}

/** A sentence at document offset `offset` (index `index`) with its mentions. */
export function mentions(
  text: string,
  spec: { q?: QuantitySpec[]; t?: TimeSpec[]; c?: CountrySpec[] },
  index = 0,
  offset = 0,
): SentenceMentions {
  const sentence: Sentence = { index, start: offset, end: offset + text.length, text };
  const quantities = (spec.q ?? []).map((q): QuantityMention => {
    const start = offset + locate(text, q.text, q.nth);
    return {
      kind: 'quantity',
      text: q.text,
      start,
      end: start + q.text.length,
      value: q.value ?? null,
      low: q.low ?? null,
      high: q.high ?? null,
      unit: q.unit ?? 'count',
      noun: q.noun ?? null,
      approx: q.approx ?? null,
      change: q.change ?? null,
      isMultiplier: q.isMultiplier ?? false,
      rule: 'test',
    };
  });
  const times = (spec.t ?? []).map((t): TimeMention => {
    const start = offset + locate(text, t.text);
    return {
      kind: 'time',
      text: t.text,
      start,
      end: start + t.text.length,
      period: t.period,
      role: t.role ?? 'point',
      rule: 'test',
    };
  });
  const countries = (spec.c ?? []).map((c): CountryMention => {
    const start = offset + locate(text, c.text, c.nth);
    return {
      kind: 'country',
      text: c.text,
      start,
      end: start + c.text.length,
      code: c.code,
      form: 'name',
      rule: 'test',
    };
  });
  return { sentence, quantities, times, countries };
}

const taxonomy = compileTaxonomy(loadTaxonomy());

/** Figures of hand-built sentences, with a fixed reference date and main pair. */
export function figuresOf(sentences: SentenceMentions[], pair: string[] = ['CN', 'KZ']): Figure[] {
  return assembleFigures(sentences, {
    ctx: { published: PUBLISHED, lang: 'en', debug: () => {} },
    taxonomy,
    pair: () => pair,
  });
}
