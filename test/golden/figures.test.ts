/**
 * Golden documents: every folder of test/golden holding source.txt and expected.json is a whole report with the
 * figures an analyst records from it. Each expected figure must come out with the same value, unit, approx,
 * indicator, parties, direction, period and kind, and a measure containing its key words; no other figure may appear.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/documents/create-document.js';
import { extractFigures } from '../../src/pipeline/extract.js';
import type { Figure } from '../../src/types.js';

interface ExpectedFigure extends Partial<Figure> {
  measureKeywords: string[];
}

interface Golden {
  document: { published: string; lang: string };
  figures: ExpectedFigure[];
}

const root = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'expected.json')))
  .map((entry) => entry.name);

const COMPARED = ['value', 'unit', 'approx', 'indicator', 'parties', 'direction', 'period', 'kind'] as const;

function compared(figure: Partial<Figure>): Record<string, unknown> {
  return Object.fromEntries(COMPARED.map((key) => [key, figure[key] ?? null]));
}

describe.each(folders)('golden %s', (folder) => {
  const golden = JSON.parse(readFileSync(join(root, folder, 'expected.json'), 'utf8')) as Golden;
  const text = readFileSync(join(root, folder, 'source.txt'), 'utf8');
  const document = createDocument(
    {
      source: `${folder}/source.txt`,
      format: 'text',
      text,
      title: null,
      outlet: null,
      author: null,
      published: golden.document.published,
      lang: golden.document.lang,
    },
    { lang: golden.document.lang },
  );
  const figures = document ? extractFigures(document) : [];

  it('finds exactly the expected figures', () => {
    expect(figures.map((f) => f.text)).toEqual(golden.figures.map((f) => f.text));
  });

  it.each(golden.figures.map((f, i) => [f.text, i] as const))('records %s right', (_text, i) => {
    const want = golden.figures[i] as ExpectedFigure;
    const got = figures[i];
    expect(got).toBeDefined();
    expect(compared(got as Figure)).toEqual(compared(want));
    if (want.change) expect(got?.change).toEqual(want.change);
    for (const keyword of want.measureKeywords) expect(got?.measure ?? '').toContain(keyword);
  });
});
