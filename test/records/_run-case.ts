/** Runs one development case through the real pipeline: the sentence becomes a document published on the case's date. */
import { createDocument } from '../../src/documents/create-document.js';
import { extractFigures } from '../../src/pipeline/extract.js';
import type { Figure } from '../../src/types.js';
import type { DevCase } from './dev-set.js';

/** The fields every expected figure states and the tests compare. */
export const ASSERTED = [
  'value',
  'unit',
  'approx',
  'measure',
  'indicator',
  'parties',
  'direction',
  'period',
  'kind',
  'change',
] as const;

/** Figures of a case, as `accord extract` would give them for a report made of that sentence. */
export function runCase(devCase: DevCase): Figure[] {
  const document = createDocument(
    {
      source: 'dev-set.txt',
      format: 'text',
      text: devCase.sentence,
      title: null,
      outlet: null,
      author: null,
      published: devCase.published,
      lang: 'en',
    },
    { lang: 'en' },
  );
  if (!document) return [];
  return extractFigures(document, devCase.docPair ? { hints: { pair: devCase.docPair } } : {});
}

/** The asserted fields of a figure, for a readable diff. */
export function pick(figure: Partial<Figure>): Partial<Figure> {
  const out: Record<string, unknown> = {};
  for (const key of ASSERTED) out[key] = figure[key] ?? null;
  return out as Partial<Figure>;
}
