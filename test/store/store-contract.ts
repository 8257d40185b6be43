import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/documents/create-document.js';
import { documentCursor, figureCursor } from '../../src/store/cursor.js';
import type { Store } from '../../src/store/store.js';
import type {
  Document,
  DocumentRecords,
  DocumentSummary,
  Figure,
  OfficialObservation,
  RawDocument,
  StoredFigure,
} from '../../src/types.js';

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

/** A figure record with every field set, for the store tests. */
export function makeFigure(over: Partial<Figure> = {}): Figure {
  return {
    text: '$41 billion',
    start: 28,
    end: 39,
    value: 41e9,
    low: null,
    high: null,
    unit: 'USD',
    approx: null,
    measure: 'trade',
    indicator: 'trade.total',
    parties: ['CN', 'KZ'],
    direction: null,
    period: { label: '2023', start: '2023-01-01', end: '2023-12-31' },
    kind: 'actual',
    change: null,
    sentence: 'Kazakhstan and China trade reached $41 billion.',
    ...over,
  };
}

/** Records of every kind for one document. */
export function makeRecords(extractor = 'test-1'): DocumentRecords {
  return {
    figures: [
      makeFigure(),
      makeFigure({
        text: 'double it',
        value: 82e9,
        kind: 'target',
        period: { label: 'near future', start: null, end: null },
        change: { factor: 2 },
        direction: { from: 'KZ', to: 'CN' },
        approx: 'about',
      }),
    ],
    entities: [
      {
        id: 'country:Kazakhstan',
        type: 'country',
        name: 'Kazakhstan',
        aliases: ['Kazakh'],
        role: null,
        country: 'KZ',
        mentions: [{ start: 0, end: 10, text: 'Kazakhstan', sentence: 0 }],
      },
    ],
    commitments: [
      {
        text: 'plan to double it',
        start: 53,
        end: 70,
        actors: ['CN', 'KZ'],
        actorEntities: [],
        action: 'double',
        object: 'it',
        sectors: ['trade'],
        deadline: { label: 'near future', start: null, end: null },
        figure: 1,
        status: 'not yet rated',
        cue: 'plan to',
        sentence: 'The sides plan to double it.',
      },
    ],
    agreements: [
      {
        text: 'signed a Joint Statement',
        start: 0,
        end: 10,
        name: 'Joint Statement',
        type: 'joint statement',
        parties: ['CN', 'KZ'],
        count: null,
        date: '2024-07-03',
        sentence: 'They signed a Joint Statement.',
      },
    ],
    extractor,
  };
}

/** An official observation with every field set, for the store tests. */
export function makeObservation(over: Partial<OfficialObservation> = {}): OfficialObservation {
  return {
    indicator: 'trade.exports',
    parties: ['CN', 'KZ'],
    direction: { from: 'CN', to: 'KZ' },
    reporter: 'CN',
    period: { label: '2023', start: '2023-01-01', end: '2023-12-31' },
    value: 24.7e9,
    unit: 'USD',
    source: 'UN Comtrade',
    flow: 'X',
    isReported: true,
    row: 2,
    ...over,
  };
}

async function* streamOf(items: OfficialObservation[], failAfter = Number.POSITIVE_INFINITY) {
  for (const [i, item] of items.entries()) {
    if (i >= failAfter) throw new Error(`bad row ${item.row}`);
    yield item;
  }
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

    it('stores records with their document and reads them back', async () => {
      const records = makeRecords();
      await store.putDocuments([{ document: astana, records }, { document: tashkent }]);
      expect(await store.getRecords(astana.id)).toEqual(records);
      expect(await store.getRecords(tashkent.id)).toEqual({
        figures: [],
        entities: [],
        commitments: [],
        agreements: [],
        extractor: '',
      });
      expect(await store.getRecords('0000000000000000')).toBeNull();
    });

    it('lists figures by parties, indicator, kind, outlet and period, newest period first', async () => {
      await store.putDocument(astana, makeRecords());
      await store.putDocument(tashkent, {
        ...makeRecords(),
        figures: [
          makeFigure({
            parties: ['CN', 'UZ'],
            period: { label: '2022', start: '2022-01-01', end: '2022-12-31' },
          }),
        ],
      });
      const all = await store.listFigures();
      // The undated target sorts by its document's date (2024-07-03), before the 2023 and 2022 figures.
      expect(all.map((f) => [f.document, f.ord])).toEqual([
        [astana.id, 1],
        [astana.id, 0],
        [tashkent.id, 0],
      ]);
      expect(all[1]).toMatchObject({
        outlet: 'Steppe Business Review',
        published: '2024-07-03',
        source: 'a.txt',
        value: 41e9,
      });
      expect((await store.listFigures({ parties: ['kz', 'cn'] })).length).toBe(2);
      expect(
        (await store.listFigures({ parties: ['CN', 'UZ'], indicator: 'trade.total' })).map((f) => f.document),
      ).toEqual([tashkent.id]);
      expect((await store.listFigures({ kind: 'target' }))[0]).toMatchObject({
        change: { factor: 2 },
        direction: { from: 'KZ', to: 'CN' },
      });
      expect((await store.listFigures({ outlet: 'central asia wire' })).length).toBe(1);
      expect(
        (await store.listFigures({ since: '2023-01-01', until: '2023-12-31' })).map((f) => f.ord),
      ).toEqual([0]);
      expect((await store.listFigures({ limit: 1, offset: 2 })).map((f) => f.document)).toEqual([
        tashkent.id,
      ]);
    });

    it('gives the same figures as JSON text, in the same order, for the same filters', async () => {
      await store.putDocument(astana, makeRecords());
      await store.putDocument(tashkent, {
        ...makeRecords(),
        figures: [makeFigure({ parties: ['CN', 'UZ'], direction: { from: 'UZ', to: 'CN' } })],
      });
      for (const filter of [
        {},
        { parties: ['KZ', 'CN'] },
        { kind: 'target' },
        { limit: 2 },
        { outlet: 'nowhere' },
      ]) {
        const figures = await store.listFigures(filter);
        const json = await store.listFigureJson(filter);
        expect(json.map((text) => JSON.parse(text))).toEqual(figures);
      }
      const [first] = await store.listFigureJson({ parties: ['CN', 'UZ'] });
      expect(Object.keys(JSON.parse(first as string))).toEqual([
        'text',
        'start',
        'end',
        'value',
        'low',
        'high',
        'unit',
        'approx',
        'measure',
        'indicator',
        'parties',
        'direction',
        'period',
        'kind',
        'change',
        'sentence',
        'document',
        'ord',
        'outlet',
        'published',
        'source',
      ]);
    });

    it('pages figures and documents with keyset cursors that walk every row once, undated last', async () => {
      const docs = [astana, tashkent, undated];
      for (const [i, d] of docs.entries()) {
        await store.putDocument(d, {
          ...makeRecords(),
          figures: [
            makeFigure({ period: { label: '2023', start: '2023-01-01', end: '2023-12-31' } }),
            makeFigure({ period: null }),
            makeFigure({
              period: { label: `${2019 + i}`, start: `${2019 + i}-01-01`, end: `${2019 + i}-12-31` },
            }),
          ],
        });
      }
      const all = await store.listFigures();
      expect(all).toHaveLength(9);
      for (const size of [1, 2, 4]) {
        const walked: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await store.listFigures({ limit: size, after });
          walked.push(...page.map((f) => `${f.document}:${f.ord}`));
          const last = page.at(-1);
          if (page.length < size || !last) break;
          after = figureCursor(last);
        }
        expect(walked).toEqual(all.map((f) => `${f.document}:${f.ord}`));
      }
      // The undated document's undated figure has no sort date at all: it comes last.
      expect(all.at(-1)).toMatchObject({ document: undated.id, period: null });
      const kzAfterFirst = await store.listFigures({
        parties: ['CN', 'KZ'],
        after: figureCursor(all[0] as StoredFigure),
      });
      expect(kzAfterFirst).toHaveLength(8);

      const listed = await store.listDocuments();
      const firstPage = await store.listDocuments({ limit: 2 });
      const second = await store.listDocuments({
        limit: 2,
        after: documentCursor(firstPage[1] as DocumentSummary),
      });
      expect([...firstPage, ...second].map((d) => d.id)).toEqual(listed.map((d) => d.id));
      expect(await store.listDocuments({ after: documentCursor(listed[2] as DocumentSummary) })).toEqual([]);
      await expect(store.listFigures({ after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
      await expect(
        store.listDocuments({ after: figureCursor(all[0] as StoredFigure) }),
      ).rejects.toMatchObject({
        code: 'BAD_INPUT',
      });
    });

    it('lists the pairs that figures name, with counts and the newest date, most documents first', async () => {
      await store.putDocument(astana, makeRecords());
      await store.putDocument(tashkent, {
        ...makeRecords(),
        figures: [
          makeFigure({
            parties: ['CN', 'UZ'],
            period: { label: '2022', start: '2022-01-01', end: '2022-12-31' },
          }),
          makeFigure({
            parties: ['CN', 'KZ'],
            period: { label: '2021', start: '2021-01-01', end: '2021-12-31' },
          }),
          makeFigure({ parties: ['CN', 'KZ', 'UZ'] }),
          makeFigure({ parties: ['KZ'] }),
          // A deadline far ahead counts as a figure of the pair, but is not its latest date.
          makeFigure({
            parties: ['CN', 'KZ'],
            kind: 'target',
            period: { label: 'by 2990', start: null, end: '2990-12-31' },
          }),
        ],
      });
      expect(await store.listPairs()).toEqual([
        // The undated target of the Astana report sorts by its publication date.
        { parties: ['CN', 'KZ'], figures: 4, documents: 2, latest: '2024-07-03' },
        { parties: ['CN', 'UZ'], figures: 1, documents: 1, latest: '2022-12-31' },
      ]);
    });

    it('replaces records after an extractor upgrade and finds the stale ones', async () => {
      await store.putDocument(astana, makeRecords('v1'));
      await store.putDocument(tashkent, makeRecords('v2'));
      await store.putDocument(undated);
      expect((await store.staleDocuments('v2', 10)).sort()).toEqual([astana.id, undated.id].sort());
      const next = { ...makeRecords('v2'), figures: [makeFigure({ value: 42e9 })] };
      await store.replaceRecords(astana.id, next);
      expect(await store.getRecords(astana.id)).toEqual(next);
      expect(await store.staleDocuments('v2', 10)).toEqual([undated.id]);
      await expect(store.replaceRecords('0000000000000000', next)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('lists commitments and agreements by party, with their document', async () => {
      await store.putDocument(astana, makeRecords());
      await store.putDocument(tashkent, {
        ...makeRecords(),
        commitments: [],
        agreements: makeRecords().agreements.map((a) => ({
          ...a,
          parties: ['CN', 'UZ'],
          date: '2023-05-19',
        })),
      });
      const commitments = await store.listCommitments({ parties: ['kz'] });
      expect(commitments).toHaveLength(1);
      expect(commitments[0]).toMatchObject({
        action: 'double',
        document: astana.id,
        ord: 0,
        outlet: 'Steppe Business Review',
        published: '2024-07-03',
      });
      expect(await store.listCommitments({ parties: ['UZ'] })).toEqual([]);
      const agreements = await store.listAgreements({ parties: ['CN'] });
      expect(agreements.map((a) => [a.date, a.document])).toEqual([
        ['2023-05-19', tashkent.id],
        ['2024-07-03', astana.id],
      ]);
      expect(
        (await store.listAgreements({ parties: ['CN'], limit: 1, offset: 1 })).map((a) => a.document),
      ).toEqual([astana.id]);
    });

    it('writes a batch whole, a document repeated in it once, with its records once', async () => {
      const records = makeRecords();
      expect(
        await store.putDocuments([
          { document: astana, records },
          { document: tashkent },
          { document: astana, records },
        ]),
      ).toEqual([
        { id: astana.id, stored: true },
        { id: tashkent.id, stored: true },
        { id: astana.id, stored: false },
      ]);
      expect(await store.countDocuments()).toBe(2);
      expect(await store.listFigures({ document: astana.id })).toHaveLength(records.figures.length);
      expect(await store.putDocuments([])).toEqual([]);
    });

    it('filters documents by language and outlet without regard to ASCII case', async () => {
      for (const d of [undated, tashkent, astana]) await store.putDocument(d);
      expect(await store.listDocuments({ lang: 'fr' })).toEqual([]);
      expect((await store.listDocuments({ lang: 'en' })).length).toBe(3);
      expect((await store.listDocuments({ outlet: 'STEPPE business REVIEW' })).map((d) => d.id)).toEqual([
        astana.id,
      ]);
      expect((await store.listFigures({ outlet: 'Steppe', limit: 0 })).length).toBe(0);
      expect((await store.listDocuments({ limit: 0 })).length).toBe(0);
    });

    it('imports official observations whole or not at all, replacing a file imported again', async () => {
      const first = [
        makeObservation({ row: 2 }),
        makeObservation({ row: 3, reporter: null, isReported: null, flow: null, direction: null }),
        makeObservation({ row: 4, indicator: 'trade.imports', reporter: 'KZ', isReported: false }),
        makeObservation({ row: 5, parties: ['CN', 'UZ'], period: { label: '2022', start: null, end: null } }),
      ];
      expect(await store.importObservations('a.csv', streamOf(first))).toEqual({ imported: 4, replaced: 0 });
      const all = await store.listObservations();
      // By indicator, period and reporter (a missing reporter first), then file and row.
      expect(all.map((o) => o.row)).toEqual([5, 3, 2, 4]);
      expect(all[1]).toMatchObject({ reporter: null, isReported: null, flow: null, direction: null });
      expect(all[3]).toMatchObject({ file: 'a.csv', isReported: false, value: 24.7e9 });
      expect(all[0]?.imported).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(
        (await store.listObservations({ parties: ['kz', 'cn'], indicator: 'trade.exports' })).length,
      ).toBe(2);

      await expect(store.importObservations('a.csv', streamOf(first, 2))).rejects.toThrow('bad row 4');
      expect(await store.listObservations()).toEqual(all);
      expect(await store.importObservations('a.csv', streamOf(first.slice(0, 1)))).toEqual({
        imported: 1,
        replaced: 4,
      });
      expect((await store.listObservations()).map((o) => o.row)).toEqual([2]);
    });

    it('summarizes entities across documents, most documents first, found by name or alias', async () => {
      const records = makeRecords();
      const china = {
        id: 'country:China',
        type: 'country' as const,
        name: 'China',
        aliases: ['PRC'],
        role: null,
        country: 'CN',
        mentions: [{ start: 0, end: 5, text: 'China', sentence: 0 }],
      };
      await store.putDocument(astana, { ...records, entities: [...records.entities, china] });
      await store.putDocument(tashkent, { ...records, entities: [{ ...china, aliases: ['Beijing'] }] });
      const all = await store.listEntities();
      expect(all.map((e) => [e.id, e.documents, e.mentions])).toEqual([
        ['country:China', 2, 2],
        ['country:Kazakhstan', 1, 1],
      ]);
      expect(all[0]?.aliases.sort()).toEqual(['Beijing', 'PRC']);
      expect((await store.listEntities({ name: 'kazakh' })).map((e) => e.id)).toEqual(['country:Kazakhstan']);
      expect(await store.listEntities({ type: 'person' })).toEqual([]);
      expect(await store.listEntities({ limit: 1 })).toHaveLength(1);
    });
  });
}
