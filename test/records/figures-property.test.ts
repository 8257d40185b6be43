/** Properties of the figure stage on any text: never throws, offsets point at the quoted text, fields are well formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/documents/create-document.js';
import { extractFigures } from '../../src/pipeline/extract.js';
import type { Figure } from '../../src/types.js';

const PIECES = [
  'trade',
  'reached',
  '$41 billion',
  'last year',
  'double this figure',
  'it',
  'worth',
  'of',
  'in',
  'with',
  ',',
  '.',
  'Kazakhstan',
  'Chinese',
  'over 4,700 enterprises',
  '45 projects',
  'by 2030',
  'up 20%',
  'the',
  'and',
  'while',
  'plans to',
  'doubled to $1 billion',
  '30%',
  'accounted for',
  'since 2013',
  '15 years',
  'currently',
  'is',
  'were',
  ';',
  'amounting to',
  '1.2 million tonnes',
  '500,000 TEU',
  'exports from',
  'to',
  'China',
  'imports',
  '(',
  ')',
  // table rows: cells, line breaks, year headings and unit notes
  '|',
  '\n',
  '2022',
  'Indicator',
  'Trade turnover, $ billion',
  '31.2',
  'Change',
];

const textArbitrary = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((words) => words.join(' ')),
);

function check(text: string, published: string | null): Figure[] {
  const document = createDocument(
    {
      source: 'prop.txt',
      format: 'text',
      text,
      title: null,
      outlet: null,
      author: null,
      published,
      lang: 'en',
    },
    { lang: 'en' },
  );
  if (!document) return [];
  const figures = extractFigures(document);
  for (const figure of figures) {
    expect(document.text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(document.text).toContain(figure.sentence);
    expect(['actual', 'target', 'change', 'share']).toContain(figure.kind);
    expect([...figure.parties].sort()).toEqual(figure.parties);
    for (const code of figure.parties) expect(code).toMatch(/^[A-Z]{2}$/);
    if (figure.measure !== null) expect(figure.measure).toBe(figure.measure.toLowerCase());
    if (figure.direction) expect(figure.direction.from).not.toBe(figure.direction.to);
  }
  return figures;
}

describe('figure stage properties', () => {
  it('never throws and quotes the document exactly', () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom('2024-07-03', null, '1999-12-31'), (text, published) => {
        check(text, published);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same figures on every run (no state carried between documents)', () => {
    const text = 'Trade reached $41 billion last year. The sides plan to double this figure by 2030.';
    expect(check(text, '2024-07-03')).toEqual(check(text, '2024-07-03'));
  });
});
