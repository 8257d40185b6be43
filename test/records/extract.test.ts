/** extractFigures: the pipeline entry for figures, with its options (taxonomy, context, hints). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/documents/create-document.js';
import { extractFigures } from '../../src/pipeline/extract.js';
import { loadTaxonomy } from '../../src/records/figures/index.js';
import type { Document } from '../../src/types.js';

function documentOf(text: string, published: string | null = '2024-07-03'): Document {
  const document = createDocument(
    {
      source: 'test.txt',
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
  if (!document) throw new Error('no document');
  return document;
}

describe('extractFigures', () => {
  it('computes the main pair once for the whole report', () => {
    const figures = extractFigures(
      documentOf(
        'Kazakhstan and China held talks. China is a key partner of Kazakhstan. Trade reached $41 billion last year.',
      ),
    );
    expect(figures).toMatchObject([{ value: 41e9, parties: ['CN', 'KZ'], period: { label: '2023' } }]);
  });

  it('resolves times against ctx.published when it overrides the document', () => {
    const [figure] = extractFigures(documentOf('Trade reached $41 billion last year.'), {
      ctx: { published: '2021-05-01' },
    });
    expect(figure?.period).toEqual({ label: '2020', start: '2020-01-01', end: '2020-12-31' });
  });

  it('leaves present-tense counts without a date when the report has none', () => {
    const [figure] = extractFigures(documentOf('There are 45 projects under way.', null));
    expect(figure?.period).toEqual({ label: 'now', start: null, end: null });
  });

  it('uses a user taxonomy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-extract-'));
    const path = join(dir, 'user.json');
    writeFileSync(
      path,
      JSON.stringify({
        indicators: [
          { code: 'wheat.exports', label: 'Wheat', units: ['physical'], terms: ['wheat exports'] },
        ],
      }),
    );
    const taxonomy = loadTaxonomy(path);
    const [figure] = extractFigures(
      documentOf('Kazakh wheat exports to China reached 1.1 million tonnes in 2023.'),
      { taxonomy },
    );
    expect(figure?.indicator).toBe('wheat.exports');
  });

  it('returns [] for a report with no quantity', () => {
    expect(extractFigures(documentOf('The leaders praised the talks.'))).toEqual([]);
  });
});
