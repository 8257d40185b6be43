import { describe, expect, it } from 'vitest';
import { createTimeExtractor } from '../../src/mentions/time/index.js';
import type { Period, TimeMention } from '../../src/types.js';

const extractor = createTimeExtractor();

/** Role and period of the one mention in `text`, for a report with the given date. */
function only(text: string, published: string | null): { role: TimeMention['role']; period: Period } {
  const mentions = extractor.extract(
    { index: 0, start: 0, end: text.length, text },
    { published, lang: 'en', debug: () => {} },
  );
  expect(mentions).toHaveLength(1);
  const [mention] = mentions as [TimeMention];
  return { role: mention.role, period: mention.period };
}

describe('without a published date, relative times keep a label and lose their dates', () => {
  it.each<[string, TimeMention['role'], string, string | null, string | null]>([
    ['Trade reached $41 billion last year.', 'point', 'last year', null, null],
    ['Trade rose in the first half of the year.', 'point', 'first half of the year', null, null],
    ['Sales peaked in May.', 'point', 'May', null, null],
    ['Profit rose in Q3.', 'point', 'Q3', null, null],
    ['In January-May, trade grew.', 'point', 'January-May', null, null],
    ['Investment was $25 billion over the past 15 years.', 'span', 'past 15 years', null, null],
    ['45 projects are currently under way.', 'point', 'now', null, null],
    ['Prices rose since last year.', 'since', 'since last year', null, null],
    ['They will finish by next year.', 'deadline', 'by next year', null, null],
    ['Trade will double within five years.', 'deadline', 'within 5 years', null, null],
    ['They plan to double it in the near future.', 'deadline', 'near future', null, null],
    // stated dates need no report date
    ['Trade rose in 2023.', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Trade has tripled since 2013.', 'since', 'since 2013', '2013-01-01', null],
    ['They aim for $35 billion by 2030.', 'deadline', 'by 2030', null, '2030-12-31'],
    ['Signed on July 3, 2024.', 'point', '2024-07-03', '2024-07-03', '2024-07-03'],
    ['2024年上半年贸易额增长。', 'point', '2024-H1', '2024-01-01', '2024-06-30'],
  ])('%j', (text, role, label, start, end) => {
    expect(only(text, null)).toEqual({ role, period: { label, start, end } });
  });

  it.each(['2024-13-01', 'yesterday', '2024-7-3', ''])('a malformed date %j counts as none', (published) => {
    expect(only('Trade reached $41 billion last year.', published)).toEqual({
      role: 'point',
      period: { label: 'last year', start: null, end: null },
    });
  });

  it('a report of 29 February moves deadlines to 28 February', () => {
    expect(only('Trade will double within one year.', '2024-02-29').period).toEqual({
      label: 'within 1 year',
      start: null,
      end: '2025-02-28',
    });
  });
});
