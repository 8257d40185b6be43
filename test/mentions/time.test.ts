import { describe, expect, it } from 'vitest';
import { createTimeExtractor } from '../../src/mentions/time/index.js';
import type { Period, TimeMention } from '../../src/types.js';

const PUBLISHED = '2024-07-03';
const HEADLINE = 'Kazakhstan and China Review Trade\n\n';
const extractor = createTimeExtractor();

/** Runs the extractor on `sentence` placed after a headline, so offsets are document offsets. */
function extract(sentence: string, published: string | null = PUBLISHED): TimeMention[] {
  const doc = HEADLINE + sentence;
  const mentions = extractor.extract(
    { index: 1, start: HEADLINE.length, end: doc.length, text: sentence },
    { published, lang: 'en', debug: () => {} },
  );
  for (const mention of mentions) expect(doc.slice(mention.start, mention.end)).toBe(mention.text);
  return mentions;
}

/** The expected mention for `text` inside `sentence`. */
function expected(sentence: string, text: string, role: TimeMention['role'], period: Period) {
  const start = HEADLINE.length + sentence.indexOf(text);
  return { kind: 'time', text, start, end: start + text.length, role, period };
}

type Row = [
  sentence: string,
  text: string,
  role: TimeMention['role'],
  label: string,
  start: string | null,
  end: string | null,
];

describe('time expressions, published 2024-07-03', () => {
  it.each<Row>([
    // relative years, months, quarters
    [
      'Bilateral trade reached $41 billion last year.',
      'last year',
      'point',
      '2023',
      '2023-01-01',
      '2023-12-31',
    ],
    ['Trade should grow this year.', 'this year', 'point', '2024', '2024-01-01', '2024-12-31'],
    ['Exports will rise next year.', 'next year', 'point', '2025', '2025-01-01', '2025-12-31'],
    [
      'Compared with the previous year, imports fell.',
      'the previous year',
      'point',
      '2023',
      '2023-01-01',
      '2023-12-31',
    ],
    ["Last year's harvest was large.", 'Last year', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Freight doubled last month.', 'last month', 'point', '2024-06', '2024-06-01', '2024-06-30'],
    ['Talks resume this month.', 'this month', 'point', '2024-07', '2024-07-01', '2024-07-31'],
    ['Growth slowed last quarter.', 'last quarter', 'point', '2024-Q2', '2024-04-01', '2024-06-30'],
    ['Two years ago the line opened.', 'Two years ago', 'point', '2022', '2022-01-01', '2022-12-31'],
    ['Three months ago talks stalled.', 'Three months ago', 'point', '2024-04', '2024-04-01', '2024-04-30'],
    // years with a cue
    ['Trade rose 30% in 2023.', 'in 2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['The plan for 2023 was met.', 'for 2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Exports of 2023 were a record.', '2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ["2023's harvest was a record.", '2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['2023’s harvest was a record.', '2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['The results for fiscal 2023 are out.', 'for fiscal 2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Revenue grew in FY2023.', 'in FY2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Trade peaked in the year 2014.', 'in the year 2014', 'point', '2014', '2014-01-01', '2014-12-31'],
    ['IN 2023 TRADE ROSE.', 'IN 2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Trade rose in\u00a02023.', 'in\u00a02023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Trade rose in  2023 again.', 'in  2023', 'point', '2023', '2023-01-01', '2023-12-31'],
    ['Relations date back to 1992.', '1992', 'point', '1992', '1992-01-01', '1992-12-31'],
    ['Exports fell during 2020.', 'during 2020', 'point', '2020', '2020-01-01', '2020-12-31'],
    // months and month ranges
    [
      'In January-May, trade grew 20%.',
      'In January-May',
      'point',
      '2024-01..2024-05',
      '2024-01-01',
      '2024-05-31',
    ],
    [
      'In January-May 2024, trade grew.',
      'In January-May 2024',
      'point',
      '2024-01..2024-05',
      '2024-01-01',
      '2024-05-31',
    ],
    [
      'In January–May 2023 exports fell.',
      'In January–May 2023',
      'point',
      '2023-01..2023-05',
      '2023-01-01',
      '2023-05-31',
    ],
    [
      'Between January and May 2023 exports fell.',
      'Between January and May 2023',
      'point',
      '2023-01..2023-05',
      '2023-01-01',
      '2023-05-31',
    ],
    [
      'From January to June 2023 freight rose.',
      'From January to June 2023',
      'point',
      '2023-H1',
      '2023-01-01',
      '2023-06-30',
    ],
    [
      'In December-February 2024 trade fell.',
      'In December-February 2024',
      'span',
      '2023-12..2024-02',
      '2023-12-01',
      '2024-02-29',
    ],
    [
      'from December 2023 to February 2024',
      'from December 2023 to February 2024',
      'span',
      '2023-12..2024-02',
      '2023-12-01',
      '2024-02-29',
    ],
    ['The deal was signed in May 2024.', 'in May 2024', 'point', '2024-05', '2024-05-01', '2024-05-31'],
    ['Sales peaked in May.', 'in May', 'point', '2024-05', '2024-05-01', '2024-05-31'],
    ['Prices fell in Sept. 2023.', 'in Sept. 2023', 'point', '2023-09', '2023-09-01', '2023-09-30'],
    ['Output rose in February 2024.', 'in February 2024', 'point', '2024-02', '2024-02-01', '2024-02-29'],
    // halves, quarters, leading months
    [
      'Trade grew in the first half of 2024.',
      'in the first half of 2024',
      'point',
      '2024-H1',
      '2024-01-01',
      '2024-06-30',
    ],
    // seasons (meteorological, northern hemisphere); a bare season needs a preposition
    ['Flights open this autumn.', 'this autumn', 'point', '2024-autumn', '2024-09-01', '2024-11-30'],
    ['The plant opens next spring.', 'next spring', 'point', '2025-spring', '2025-03-01', '2025-05-31'],
    ['Shipments peaked last fall.', 'last fall', 'point', '2023-autumn', '2023-09-01', '2023-11-30'],
    [
      'Trade rose in the summer of 2023.',
      'in the summer of 2023',
      'point',
      '2023-summer',
      '2023-06-01',
      '2023-08-31',
    ],
    [
      'Talks resumed in winter 2023/24.',
      'in winter 2023/24',
      'point',
      '2023-winter',
      '2023-12-01',
      '2024-02-29',
    ],
    ['Exports rose in spring.', 'in spring', 'point', '2024-spring', '2024-03-01', '2024-05-31'],
    ['The line opens by autumn 2025.', 'by autumn 2025', 'deadline', 'by 2025-autumn', null, '2025-11-30'],
    ['The line opens this winter.', 'this winter', 'point', '2024-winter', '2024-12-01', '2025-02-28'],
    ['Trade grew 12% in H1 2024.', 'in H1 2024', 'point', '2024-H1', '2024-01-01', '2024-06-30'],
    ['Trade grew 12% in 1H 2024.', 'in 1H 2024', 'point', '2024-H1', '2024-01-01', '2024-06-30'],
    [
      'Trade grew in the first half of the year.',
      'in the first half of the year',
      'point',
      '2024-H1',
      '2024-01-01',
      '2024-06-30',
    ],
    [
      'Imports fell in the second half of last year.',
      'in the second half of last year',
      'point',
      '2023-H2',
      '2023-07-01',
      '2023-12-31',
    ],
    [
      'Imports fell in the second half.',
      'in the second half',
      'point',
      '2024-H2',
      '2024-07-01',
      '2024-12-31',
    ],
    ['Profit rose in Q3 2023.', 'in Q3 2023', 'point', '2023-Q3', '2023-07-01', '2023-09-30'],
    [
      'Profit rose in the third quarter of 2023.',
      'in the third quarter of 2023',
      'point',
      '2023-Q3',
      '2023-07-01',
      '2023-09-30',
    ],
    ['Profit rose in 2023 Q4.', 'in 2023 Q4', 'point', '2023-Q4', '2023-10-01', '2023-12-31'],
    [
      'Profit rose in the fourth quarter.',
      'in the fourth quarter',
      'point',
      '2024-Q4',
      '2024-10-01',
      '2024-12-31',
    ],
    [
      'Sales fell in the final quarter of 2022.',
      'in the final quarter of 2022',
      'point',
      '2022-Q4',
      '2022-10-01',
      '2022-12-31',
    ],
    [
      'Trade rose in the first five months.',
      'in the first five months',
      'point',
      '2024-01..2024-05',
      '2024-01-01',
      '2024-05-31',
    ],
    [
      'In the first nine months of 2023, trade rose.',
      'In the first nine months of 2023',
      'point',
      '2023-01..2023-09',
      '2023-01-01',
      '2023-09-30',
    ],
    [
      'In the first six months of this year, trade rose.',
      'In the first six months of this year',
      'point',
      '2024-H1',
      '2024-01-01',
      '2024-06-30',
    ],
    [
      'In the first three quarters of 2023 it rose.',
      'In the first three quarters of 2023',
      'point',
      '2023-01..2023-09',
      '2023-01-01',
      '2023-09-30',
    ],
    [
      'In the last three months of 2023 it fell.',
      'In the last three months of 2023',
      'point',
      '2023-Q4',
      '2023-10-01',
      '2023-12-31',
    ],
    // parts of a year, decades
    [
      'Debt peaked at the end of 2023.',
      'at the end of 2023',
      'point',
      'end-2023',
      '2023-12-01',
      '2023-12-31',
    ],
    ['Work starts in mid-2024.', 'in mid-2024', 'point', 'mid-2024', '2024-05-01', '2024-08-31'],
    ['The line opens in early 2025.', 'in early 2025', 'point', 'early 2025', '2025-01-01', '2025-04-30'],
    ['Talks began late last year.', 'late last year', 'point', 'late 2023', '2023-09-01', '2023-12-31'],
    ['Trade boomed in the 2010s.', 'in the 2010s', 'point', '2010s', '2010-01-01', '2019-12-31'],
    // year ranges and fiscal years
    ['Trade rose in 2019-2023.', 'in 2019-2023', 'span', '2019-2023', '2019-01-01', '2023-12-31'],
    ['The 2019–2023 programme ended.', '2019–2023', 'span', '2019-2023', '2019-01-01', '2023-12-31'],
    ['Trade rose from 2019 to 2023.', 'from 2019 to 2023', 'span', '2019-2023', '2019-01-01', '2023-12-31'],
    [
      'Trade rose between 2019 and 2023.',
      'between 2019 and 2023',
      'span',
      '2019-2023',
      '2019-01-01',
      '2023-12-31',
    ],
    ['Output in fiscal 2012-13 rose.', 'in fiscal 2012-13', 'span', '2012-2013', '2012-01-01', '2013-12-31'],
    ['The budget for FY2023/24 grew.', 'for FY2023/24', 'span', '2023-2024', '2023-01-01', '2024-12-31'],
    ['Data for 1999-00 were revised.', 'for 1999-00', 'span', '1999-2000', '1999-01-01', '2000-12-31'],
    // spans up to the report
    [
      'China invested about $25 billion over the past 15 years.',
      'over the past 15 years',
      'span',
      '2009-2024',
      '2009-01-01',
      '2024-07-03',
    ],
    [
      'Trade tripled in the past decade.',
      'in the past decade',
      'span',
      '2014-2024',
      '2014-01-01',
      '2024-07-03',
    ],
    [
      'Trade doubled over the last five years.',
      'over the last five years',
      'span',
      '2019-2024',
      '2019-01-01',
      '2024-07-03',
    ],
    [
      'Ties deepened over the past two decades.',
      'over the past two decades',
      'span',
      '2004-2024',
      '2004-01-01',
      '2024-07-03',
    ],
    [
      'Freight rose 9% over the past six months.',
      'over the past six months',
      'span',
      '2024-01..2024-07-03',
      '2024-01-01',
      '2024-07-03',
    ],
    ['Trade grew over the past year.', 'over the past year', 'span', '2023-2024', '2023-01-01', '2024-07-03'],
    ['Trade grew fast in recent years.', 'in recent years', 'span', 'recent years', null, null],
    ['Trade grew over the past few years.', 'over the past few years', 'span', 'past few years', null, null],
    // since
    ['Trade has tripled since 2013.', 'since 2013', 'since', 'since 2013', '2013-01-01', '2024-07-03'],
    [
      'Since January 2020, freight rose.',
      'Since January 2020',
      'since',
      'since 2020-01',
      '2020-01-01',
      '2024-07-03',
    ],
    ['Prices rose since last year.', 'since last year', 'since', 'since 2023', '2023-01-01', '2024-07-03'],
    [
      'Exports rose since the beginning of the year.',
      'since the beginning of the year',
      'since',
      'since 2024',
      '2024-01-01',
      '2024-07-03',
    ],
    [
      'Trade grew tenfold since independence.',
      'since independence',
      'since',
      'since independence',
      null,
      null,
    ],
    // deadlines
    ['They aim for $35 billion by 2030.', 'by 2030', 'deadline', 'by 2030', null, '2030-12-31'],
    ['The line is due by the end of 2025.', 'by the end of 2025', 'deadline', 'by 2025', null, '2025-12-31'],
    ['The line is due by end-2025.', 'by end-2025', 'deadline', 'by 2025', null, '2025-12-31'],
    [
      'The line is due by the end of the year.',
      'by the end of the year',
      'deadline',
      'by 2024',
      null,
      '2024-12-31',
    ],
    [
      'It opens before the end of the year.',
      'before the end of the year',
      'deadline',
      'before the end of 2024',
      null,
      '2024-12-31',
    ],
    ['The treaty runs until 2030.', 'until 2030', 'deadline', 'until 2030', null, '2030-12-31'],
    ['It must be built before 2030.', 'before 2030', 'deadline', 'before 2030', null, '2029-12-31'],
    ['It opens no later than 2027.', 'no later than 2027', 'deadline', 'by 2027', null, '2027-12-31'],
    ['They will finish by next year.', 'by next year', 'deadline', 'by 2025', null, '2025-12-31'],
    ['They will finish by June 2025.', 'by June 2025', 'deadline', 'by 2025-06', null, '2025-06-30'],
    [
      'Trade will double within five years.',
      'within five years',
      'deadline',
      'within 5 years',
      null,
      '2029-07-03',
    ],
    [
      'Trade will grow in the next three years.',
      'in the next three years',
      'deadline',
      'within 3 years',
      null,
      '2027-07-03',
    ],
    [
      "Trade will double in five years' time.",
      "in five years' time",
      'deadline',
      'within 5 years',
      null,
      '2029-07-03',
    ],
    [
      'Trade will grow over the next decade.',
      'over the next decade',
      'deadline',
      'within 10 years',
      null,
      '2034-07-03',
    ],
    [
      'They plan to double this figure in the near future.',
      'in the near future',
      'deadline',
      'near future',
      null,
      null,
    ],
    ['Trade will grow in the coming years.', 'in the coming years', 'deadline', 'coming years', null, null],
    ['Ties will grow in the years to come.', 'in the years to come', 'deadline', 'coming years', null, null],
    ['Prices will settle in the long term.', 'in the long term', 'deadline', 'long term', null, null],
    // days
    [
      'The statement was signed on July 3, 2024.',
      'on July 3, 2024',
      'point',
      '2024-07-03',
      '2024-07-03',
      '2024-07-03',
    ],
    [
      'The statement was signed on 3 July 2024.',
      'on 3 July 2024',
      'point',
      '2024-07-03',
      '2024-07-03',
      '2024-07-03',
    ],
    [
      'The statement was signed on July 3rd.',
      'on July 3rd',
      'point',
      '2024-07-03',
      '2024-07-03',
      '2024-07-03',
    ],
    [
      'It took effect on the 1st of March 2023.',
      '1st of March 2023',
      'point',
      '2023-03-01',
      '2023-03-01',
      '2023-03-01',
    ],
    ['Filed 2024-07-03 in Astana.', '2024-07-03', 'point', '2024-07-03', '2024-07-03', '2024-07-03'],
    ['Signed 03.07.2024 in Astana.', '03.07.2024', 'point', '2024-07-03', '2024-07-03', '2024-07-03'],
    ['Signed on Sept. 30, 2023.', 'on Sept. 30, 2023', 'point', '2023-09-30', '2023-09-30', '2023-09-30'],
    ['Leap day: February 29, 2024.', 'February 29, 2024', 'point', '2024-02-29', '2024-02-29', '2024-02-29'],
    [
      'As of June 1, 2024, 45 projects were under way.',
      'As of June 1, 2024',
      'point',
      '2024-06-01',
      '2024-06-01',
      '2024-06-01',
    ],
    // Chinese dates
    ['双方于2021年03月23日签署协议。', '2021年03月23日', 'point', '2021-03-23', '2021-03-23', '2021-03-23'],
    ['2024年上半年贸易额增长。', '2024年上半年', 'point', '2024-H1', '2024-01-01', '2024-06-30'],
    ['2024年1-5月贸易额增长。', '2024年1-5月', 'point', '2024-01..2024-05', '2024-01-01', '2024-05-31'],
    ['2023年第三季度出口增长。', '2023年第三季度', 'point', '2023-Q3', '2023-07-01', '2023-09-30'],
    ['去年双边贸易额达到410亿美元。', '去年', 'point', '2023', '2023-01-01', '2023-12-31'],
    // the report's own date
    ['45 projects are currently being implemented.', 'currently', 'point', '2024', null, '2024-07-03'],
    ['At present, 4,700 firms operate.', 'At present', 'point', '2024', null, '2024-07-03'],
    ['Some 4,700 firms operate now.', 'now', 'point', '2024', null, '2024-07-03'],
    ['To date, 45 projects are done.', 'To date', 'point', '2024', null, '2024-07-03'],
    ['So far, 45 projects are done.', 'So far', 'point', '2024', null, '2024-07-03'],
  ])('%j -> %j', (sentence, text, role, label, start, end) => {
    const found = extract(sentence).map(({ rule: _rule, ...mention }) => mention);
    expect(found).toEqual([expected(sentence, text, role, { label, start, end })]);
  });
});

describe('seasons against the report date', () => {
  it('takes "this winter" in January or February as the winter that began the December before', () => {
    const [january] = extract('The line opens this winter.', '2024-01-20');
    expect(january?.period).toEqual({ label: '2023-winter', start: '2023-12-01', end: '2024-02-29' });
    const [march] = extract('The line opens this winter.', '2024-03-20');
    expect(march?.period).toEqual({ label: '2024-winter', start: '2024-12-01', end: '2025-02-28' });
    // A written year is taken as written.
    const [written] = extract('The line opened in the winter of 2023.', '2024-01-20');
    expect(written?.period).toEqual({ label: '2023-winter', start: '2023-12-01', end: '2024-02-29' });
  });
});

describe('several times in one sentence', () => {
  it.each<[string, [string, string][]]>([
    [
      'Trade reached $41 billion last year, and plans to double this figure in the near future.',
      [
        ['last year', '2023'],
        ['in the near future', 'near future'],
      ],
    ],
    [
      'Trade rose in 2022 and 2023.',
      [
        ['in 2022', '2022'],
        ['2023', '2023'],
      ],
    ],
    // A year alone in a table cell is a column heading: the cell is its cue.
    [
      'Indicator | 2022 | 2023',
      [
        ['2022', '2022'],
        ['2023', '2023'],
      ],
    ],
    [
      'Year | Q1 2024 | January-June 2024',
      [
        ['Q1 2024', '2024-Q1'],
        ['January-June 2024', '2024-H1'],
      ],
    ],
    [
      'In 2023 trade was $41 billion, up from $31 billion in 2022.',
      [
        ['In 2023', '2023'],
        ['in 2022', '2022'],
      ],
    ],
    [
      'The target rose from $35 billion by 2030 (set in January 2023) to double it.',
      [
        ['by 2030', 'by 2030'],
        ['in January 2023', '2023-01'],
      ],
    ],
    [
      'In H1 2024 and in the third quarter of 2023 freight rose.',
      [
        ['In H1 2024', '2024-H1'],
        ['in the third quarter of 2023', '2023-Q3'],
      ],
    ],
  ])('%j', (sentence, wanted) => {
    const found = extract(sentence).map((mention) => [mention.text, mention.period.label]);
    expect(found).toEqual(wanted);
  });
});

describe('offsets', () => {
  it('are document offsets: sentence start plus the index in the sentence', () => {
    const [mention] = extract('Trade rose in 2023.');
    expect(mention?.start).toBe(HEADLINE.length + 11);
    expect(mention?.end).toBe(HEADLINE.length + 18);
  });
});
