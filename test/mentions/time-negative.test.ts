import { describe, expect, it } from 'vitest';
import { createTimeExtractor } from '../../src/mentions/time/index.js';

const extractor = createTimeExtractor();
const ctx = { published: '2024-07-03', lang: 'en', debug: () => {} };

/** Texts of the time mentions in one sentence. */
function times(text: string): string[] {
  return extractor
    .extract({ index: 0, start: 0, end: text.length, text }, ctx)
    .map((mention) => mention.text);
}

describe('not time expressions', () => {
  it.each([
    // numbers and names that contain a year
    // seasons that are no times: a bare season with no preposition, "fall" as a noun, "spring" of a metaphor
    'The hot springs draw tourists.',
    'Spring planting began early.',
    'A fall in trade was seen in the data.',
    'The talks were in the spring of their friendship.',
    'COVID-19 hit trade hard.',
    'Agenda 2030 guides the plan.',
    // a year in a table cell with other words is no cell of its own
    'Indicator | 2023 as %',
    'Agenda 2030 | 5',
    'The 2030 Agenda guides the plan.',
    'Kazakhstan 2050 Strategy was adopted.',
    'Vision 2030 is a plan.',
    '2023 saw record trade.',
    '$2023 million was invested.',
    'US$2023 was paid.',
    'KZT 2023 billion was spent.',
    '2,023 projects were built.',
    'Some 2.023 million tonnes moved.',
    'The mine produced 2023 tonnes of ore.',
    'Output rose by 2030 tonnes.',
    'A total of 2024 people came.',
    'It rose by 2025%.',
    'See page 2023 of the report.',
    'Article 2019 applies.',
    'Tel. 8-2019-2023.',
    'Resolution 2023/15 was adopted.',
    'ISO 9001-2015 certified plants.',
    'The code x2023 is old.',
    'Serial 20234 shipped.',
    'Heated to 2023.5 degrees.',
    'the golden 30th anniversary of relations',
    // words that look like times
    'The ministry may approve it.',
    'Jan Kowalski visited Astana.',
    'Mayor Smith visited.',
    'The first half of the match was dull.',
    'A quarter of the staff left.',
    'Officials know nothing; nowhere else.',
    'A firm from Chicago joined.',
    'The long-term plan was adopted.',
    'The past is past.',
    'They met several times.',
    'The first time in five years.',
    'Third-quarter results rose.',
    // impossible dates
    'Signed on February 29, 2023.',
    'Dated 2024-13-45.',
    'Dated 31.02.2024.',
    'Q5 2023 and H3 2024 do not exist.',
    '',
    '   ',
  ])('%j has none', (text) => {
    expect(times(text)).toEqual([]);
  });
});
