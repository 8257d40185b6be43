/**
 * Extraction speed, side by side on the same generated report text: Accord's figure pipeline (clean text,
 * sentences, figures), Microsoft Recognizers-Text's English number model (whole corpus) and currency model
 * (a 200 KB slice: it is very slow), and one regular-expression scan for digits as the floor.
 */
import { createRequire } from 'node:module';
import type { RawDocument } from '../src/types.js';
import { createDocument, extractFigures } from './_product.js';
import { newsText } from './generate-corpus.js';

const require = createRequire(import.meta.url);

interface Model {
  parse(text: string): unknown[];
}

function recognizers(): { number: Model; currency: Model } {
  const number = require('@microsoft/recognizers-text-number');
  const withUnit = require('@microsoft/recognizers-text-number-with-unit');
  return {
    number: new number.NumberRecognizer('en-us').getNumberModel(),
    currency: new withUnit.NumberWithUnitRecognizer('en-us').getCurrencyModel(),
  };
}

/** Documents of generated report text adding up to about `megabytes` MB. */
export function corpus(megabytes: number): string[] {
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = newsText(i);
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return texts;
}

function size(texts: string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
}

function raw(text: string, i: number): RawDocument {
  return {
    source: `bench-${i}.txt`,
    format: 'text',
    text,
    title: null,
    outlet: null,
    author: null,
    published: '2024-07-03',
    lang: 'en',
  };
}

/** Seconds and figure count of Accord's figure pipeline over the texts (language given, as with --lang). */
export function timeAccord(texts: string[]): { seconds: number; figures: number } {
  let figures = 0;
  const started = performance.now();
  texts.forEach((text, i) => {
    const document = createDocument(raw(text, i), { lang: 'en' });
    if (document) figures += extractFigures(document).length;
  });
  return { seconds: (performance.now() - started) / 1000, figures };
}

function timeModel(model: Model, texts: string[]): { seconds: number; found: number } {
  let found = 0;
  const started = performance.now();
  for (const text of texts) found += model.parse(text).length;
  return { seconds: (performance.now() - started) / 1000, found };
}

function timeRegexFloor(texts: string[]): { seconds: number; found: number } {
  let found = 0;
  const started = performance.now();
  // Matches "41" and "4,700"; must not match "billion".
  const digits = /\d[\d,.]*/g;
  for (const text of texts) {
    digits.lastIndex = 0;
    while (digits.exec(text)) found++;
  }
  return { seconds: (performance.now() - started) / 1000, found };
}

function sliceTo(texts: string[], megabytes: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (const text of texts) {
    if (bytes >= megabytes * 1e6) break;
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The whole speed comparison: `benchFiguresSpeed(5)` on about 5 MB. */
export function benchFiguresSpeed(megabytes: number) {
  const texts = corpus(megabytes);
  const mb = size(texts);
  timeAccord(sliceTo(texts, 0.3)); // warm-up: compile the hot paths before timing
  const accord = timeAccord(texts);
  const floor = timeRegexFloor(texts);
  const models = recognizers();
  const numberPeer = timeModel(models.number, texts);
  const currencySlice = sliceTo(texts, 0.2);
  const currencyPeer = timeModel(models.currency, currencySlice);

  const tenth = sliceTo(texts, mb / 10);
  const small = timeAccord(tenth);
  const accordMBs = mb / accord.seconds;
  return {
    corpusMB: round(mb),
    accordFigures: { mbPerSecond: round(accordMBs), seconds: round(accord.seconds), figures: accord.figures },
    regexFloor: { mbPerSecond: round(mb / floor.seconds), matches: floor.found },
    recognizersNumber: { mbPerSecond: round(mb / numberPeer.seconds), found: numberPeer.found },
    recognizersCurrency: {
      mbPerSecond: Math.round((size(currencySlice) / currencyPeer.seconds) * 10_000) / 10_000,
      sliceMB: round(size(currencySlice)),
      found: currencyPeer.found,
    },
    ratios: {
      accordOverRecognizersNumber: round(accordMBs / (mb / numberPeer.seconds)),
      accordOverRecognizersCurrency: round(accordMBs / (size(currencySlice) / currencyPeer.seconds)),
      regexFloorOverAccord: round(mb / floor.seconds / accordMBs),
    },
    linearity: {
      smallMB: round(size(tenth)),
      smallSeconds: round(small.seconds),
      largeMB: round(mb),
      largeSeconds: round(accord.seconds),
      timeRatio: round(accord.seconds / small.seconds),
      sizeRatio: round(mb / size(tenth)),
    },
    gbPerDayMinutes: round(2300 / accordMBs / 60),
    targets: { mbPerSecond: 10, overRecognizersNumber: 10, regexFloorOverAccordAtMost: 6 },
  };
}
