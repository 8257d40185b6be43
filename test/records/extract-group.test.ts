/**
 * extractRecordsOfGroup: the records of several documents, stage by stage, are the records each document gets
 * alone, and a document whose extraction throws fails alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newsText } from '../../bench/generate-corpus.js';
import { DOCUMENTS_KEPT } from '../../src/mentions/_last-document.js';
import { extractRecords, extractRecordsOfGroup } from '../../src/pipeline/extract-records.js';
import type { Document } from '../../src/types.js';
import { textDocument } from '../helpers/text-document.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/text/', import.meta.url));

/** The bundled text examples and some generated news reports: figures, entities, commitments and agreements. */
function documents(): Document[] {
  const examples = readdirSync(EXAMPLES)
    .sort()
    .map((name) => textDocument(readFileSync(`${EXAMPLES}${name}`, 'utf8'), { source: name }));
  const news = Array.from({ length: 12 }, (_, i) => textDocument(newsText(i), { source: `news-${i}.txt` }));
  const talks = textDocument(
    'President Tokayev met President Xi Jinping in Astana on Wednesday. The two leaders signed a joint statement, ' +
      'and several investment agreements were signed after the talks. Kazakhstan plans to double trade with China.',
    { source: 'talks.txt' },
  );
  return [...examples, talks, ...news];
}

/** A document whose sentences cannot be read: extraction of it throws. */
function brokenDocument(): Document {
  const document = textDocument('Kazakhstan plans to open a trade office in Xi’an by 2026.', {
    source: 'broken.txt',
  });
  Object.defineProperty(document, 'sentences', {
    get() {
      throw new RangeError('sentences unreadable on purpose');
    },
  });
  return document;
}

describe('extractRecordsOfGroup', () => {
  it('gives every document the records extractRecords gives it alone, in order', () => {
    const group = documents();
    const alone = group.map((document) => extractRecords(document));
    const outcomes = extractRecordsOfGroup(group);
    expect(outcomes).toHaveLength(group.length);
    expect(outcomes).toEqual(alone.map((records) => ({ ok: true, records })));
    // The group is not trivially empty: it holds records of every kind.
    const all = alone.reduce(
      (sum, records) => ({
        figures: sum.figures + records.figures.length,
        entities: sum.entities + records.entities.length,
        commitments: sum.commitments + records.commitments.length,
        agreements: sum.agreements + records.agreements.length,
      }),
      { figures: 0, entities: 0, commitments: 0, agreements: 0 },
    );
    expect(all.figures).toBeGreaterThan(50);
    expect(all.entities).toBeGreaterThan(50);
    expect(all.commitments).toBeGreaterThan(10);
    expect(all.agreements).toBeGreaterThan(0);
  });

  it('fails the document whose extraction throws, and only that one', () => {
    const [first, second] = documents();
    const outcomes = extractRecordsOfGroup([first as Document, brokenDocument(), second as Document]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { message: 'sentences unreadable on purpose' } });
    expect(outcomes[2]).toEqual({ ok: true, records: extractRecords(second as Document) });
  });

  it('takes a group larger than the documents a stage keeps facts for, in order', () => {
    const group = Array.from({ length: DOCUMENTS_KEPT + 6 }, (_, i) =>
      textDocument(newsText(100 + i), { source: `news-${100 + i}.txt` }),
    );
    const alone = group.map((document) => extractRecords(document));
    expect(extractRecordsOfGroup(group)).toEqual(alone.map((records) => ({ ok: true, records })));
    expect(alone[DOCUMENTS_KEPT + 5]?.entities.length).toBeGreaterThan(0);
  });

  it('gives nothing for no documents', () => {
    expect(extractRecordsOfGroup([])).toEqual([]);
  });
});
