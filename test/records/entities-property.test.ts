/**
 * Bad input for the entity, commitment and agreement stages: names in any script, long lists, nested brackets,
 * unbalanced quotes, megabyte sentences. They never throw, every span points at its text, and time grows
 * linearly (4 MB within about 6 times the time of 1 MB).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAgreementExtractor } from '../../src/records/agreements/index.js';
import { createCommitmentExtractor } from '../../src/records/commitments/index.js';
import { plainName } from '../../src/records/entities/_group.js';
import { createEntityExtractor } from '../../src/records/entities/index.js';
import type { Document } from '../../src/types.js';
import { cpuMs, LINEAR_AT_4X, leastCpuMs } from '../helpers/cpu-time.js';

const entities = createEntityExtractor();
const commitments = createCommitmentExtractor();
const agreements = createAgreementExtractor();

/** A one-sentence document (the sentence splitter is not under test here). */
function documentOf(text: string): Document {
  return {
    id: '0',
    source: 'property',
    format: 'text',
    outlet: null,
    title: null,
    author: null,
    published: '2024-07-03',
    lang: 'en',
    text,
    sentences: [{ index: 0, start: 0, end: text.length, text }],
  };
}

/** All three stages on a text, with every span checked against the text. */
function run(text: string): number {
  const document = documentOf(text);
  const found = entities.extractDocument(document);
  const promised = commitments.extractDocument(document, [], found);
  const signed = agreements.extractDocument(document, found);
  for (const entity of found)
    for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const record of [...promised, ...signed])
    expect(text.slice(record.start, record.end)).toBe(record.text);
  return found.length + promised.length + signed.length;
}

const PIECES = [
  'Astana',
  'Tokayev',
  'Xi’an',
  'Kazakhstan–China',
  'SCO',
  '(SCO)',
  'President',
  'Minister of',
  'Bank',
  'University of',
  'plans to',
  'will',
  'would',
  'signed',
  'agreements',
  'if',
  'no plans to',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  ',',
  ';',
  'and',
  'of',
  'the',
  'Токаев',
  'Астану',
  '习近平',
  '北京',
  'السلام',
  'Ελλάδα',
  'თბილისი',
  '🙂',
  '\u0301',
  '\ud800',
  '2030',
  '$41 billion',
];

describe('entity, commitment and agreement stages on any text', () => {
  it('never throw and keep spans right on mixtures of names, cues, scripts and punctuation', () => {
    const word = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        fc.constantFrom(' ', '', '  ', '\u00a0'),
        (words, glue) => {
          run(words.join(glue));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        run(text);
      }),
      { numRuns: 300 },
    );
  });
});

/** CPU milliseconds of the best of two runs. */
const time = (text: string): number => leastCpuMs(() => run(text), 2);

/** `unit` repeated to at least `bytes` characters. */
function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

const MB = 1_000_000;

/** One sentence-long stretch of each hard shape: lists, acronyms, runs of capitals, promises, signings, brackets. */
const SHAPES = [
  'dry ports like Lianyungang, Xi’an, Khorgos, Aktau, Kuryk, Altynkol and Dostyk, ',
  'the UN, SCO, CICA, EU (European Union), President Tokayev, Halyk Bank, ',
  'Astana Almaty Beijing Shanghai Kazakh Chinese Business Council ',
  'Kazakhstan plans to build a plant by 2030 and will open a school, ',
  'the sides signed 12 agreements and a Joint Statement, ',
  '((("“Golden (Bridge” project (SCO) ‘ ',
];

describe('megabyte sentences', () => {
  it.each(SHAPES.map((shape) => [shape] as const))(
    'a megabyte of "%s" takes under 10 s',
    (shape) => {
      expect(cpuMs(() => run(repeat(shape, MB)))).toBeLessThan(10_000);
    },
    60_000,
  );

  it('take linear time: 4 MB within 8 times the time of 1 MB', () => {
    const mixture = SHAPES.join('');
    run(repeat(mixture, 20_000));
    const small = time(repeat(mixture, MB));
    const large = time(repeat(mixture, 4 * MB));
    expect(large).toBeLessThan(LINEAR_AT_4X * small);
  }, 120_000);
});

describe('plainName', () => {
  /** The plain form spelled out: marks made plain, every run of spaces one " ", trimmed, lower case. */
  const spelledOut = (text: string) =>
    text
      .replace(/[’‘ʼ]/g, "'")
      .replace(/[‐‑–—]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const pieces = [
    'Xi',
    'Jinping',
    'İ',
    'ß',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2028',
    '\u3000',
    '’',
    '–',
    '-',
    "'",
    'x',
  ];

  it('is the name with marks made plain, spaces single and trimmed, in lower case', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(plainName(text)).toBe(spelledOut(text));
      }),
      { numRuns: 5000 },
    );
  });
});
