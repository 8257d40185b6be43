import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/documents/create-document.js';
import type { Store } from '../../src/store/store.js';
import type { Document, RawDocument } from '../../src/types.js';

/** A document built the way ingest builds one, from a few lines of text. */
export function makeDocument(text: string, meta: Partial<RawDocument> = {}): Document {
  const raw: RawDocument = {
    source: meta.source ?? 'memory.txt',
    format: 'text',
    text,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    author: null,
    published: meta.published ?? null,
    lang: null,
  };
  const document = createDocument(raw, { lang: 'en' });
  if (!document) throw new Error('empty test document');
  return document;
}

/** The behaviour every store must show; each backend's test file calls this with its own factory. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const astana = makeDocument(
      'Kazakhstan and China trade reached $41 billion.\nThe sides plan to double it.',
      {
        source: 'a.txt',
        outlet: 'Steppe Business Review',
        published: '2024-07-03',
        title: 'Trade at a record',
      },
    );
    const tashkent = makeDocument(
      'Uzbekistan signed a memorandum with China on rail freight. Wagons doubled.',
      {
        source: 'b.txt',
        outlet: 'Central Asia Wire',
        published: '2023-05-19',
      },
    );
    const undated = makeDocument('A joint communiqué on grain exports was adopted.', { source: 'c.txt' });

    it('stores a document once and reads it back whole', async () => {
      expect(await store.putDocument(astana)).toEqual({ id: astana.id, stored: true });
      expect(await store.putDocument(astana)).toEqual({ id: astana.id, stored: false });
      expect(await store.countDocuments()).toBe(1);
      expect(await store.hasDocument(astana.id)).toBe(true);
      expect(await store.getDocument(astana.id)).toEqual(astana);
    });

    it('finds a document by a unique id prefix, and refuses an ambiguous or malformed one', async () => {
      await store.putDocument(astana);
      expect((await store.getDocument(astana.id.slice(0, 6)))?.id).toBe(astana.id);
      expect(await store.getDocument('zzzz')).toBeNull();
      expect(await store.getDocument('0000000000000000')).toBeNull();
    });

    it('lists newest first with filters, undated last', async () => {
      for (const d of [undated, tashkent, astana]) await store.putDocument(d);
      const ids = (await store.listDocuments()).map((d) => d.id);
      expect(ids).toEqual([astana.id, tashkent.id, undated.id]);
      expect((await store.listDocuments({ outlet: 'central asia wire' })).map((d) => d.id)).toEqual([
        tashkent.id,
      ]);
      expect((await store.listDocuments({ since: '2024-01-01' })).map((d) => d.id)).toEqual([astana.id]);
      expect((await store.listDocuments({ until: '2023-12-31' })).map((d) => d.id)).toEqual([tashkent.id]);
      expect((await store.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id)).toEqual([tashkent.id]);
      const [first] = await store.listDocuments({ limit: 1 });
      expect(first).toMatchObject({
        title: 'Trade at a record',
        outlet: 'Steppe Business Review',
        chars: astana.text.length,
      });
      expect(first?.ingested).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('searches text and titles, ranked, with marked snippets', async () => {
      for (const d of [undated, tashkent, astana]) await store.putDocument(d);
      const hits = await store.searchDocuments('china');
      expect(hits.map((h) => h.id).sort()).toEqual([astana.id, tashkent.id].sort());
      const [hit] = await store.searchDocuments('"double it"', { mark: ['<b>', '</b>'] });
      expect(hit?.id).toBe(astana.id);
      expect(hit?.snippet).toContain('plan to <b>double it</b>');
      expect((await store.searchDocuments('freight OR grain')).length).toBe(2);
      expect((await store.searchDocuments('kazakh*')).map((h) => h.id)).toEqual([astana.id]);
      expect(await store.searchDocuments('( - " :')).toEqual([]);
      expect(await store.searchDocuments('communique')).toHaveLength(1);
    });
  });
}
