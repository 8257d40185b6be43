/** Entity resolution on short documents, the gazetteer, and the data files a user extends. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccordError } from '../../src/errors.js';
import { GAZETTEER_COUNT } from '../../src/mentions/entities/data/gazetteer.generated.js';
import { loadGazetteer } from '../../src/mentions/entities/gazetteer.js';
import { createNameExtractor, loadEntityData } from '../../src/mentions/entities/index.js';
import { createEntityExtractor } from '../../src/records/entities/index.js';
import type { ExtractContext, Sentence } from '../../src/types.js';
import { asExpectedEntity, DEV_PUBLISHED, ENTITY_DOCS, runRecords } from './dev-set-commitments.js';

const ctx: ExtractContext = { published: DEV_PUBLISHED, lang: 'en', debug: () => {} };

function sentence(text: string): Sentence {
  return { index: 0, start: 0, end: text.length, text };
}

describe('entity development set', () => {
  it('has at least eight documents', () => {
    expect(ENTITY_DOCS.length).toBeGreaterThanOrEqual(8);
  });

  it.each(ENTITY_DOCS.map((doc) => [doc.id, doc.text.slice(0, 60), doc] as const))(
    '%s: %s',
    (_id, _text, doc) => {
      const { entities } = runRecords(doc.text);
      expect(entities.map(asExpectedEntity)).toEqual(doc.entities);
    },
  );
});

describe('entity records', () => {
  const text =
    'President Kassym-Jomart Tokayev met Xi Jinping in Astana. Tokayev said the SCO would meet in Tianjin.';
  const { entities, document } = runRecords(text);

  it('keep every mention with its span and sentence index', () => {
    const tokayev = entities.find((e) => e.name === 'Kassym-Jomart Tokayev');
    expect(tokayev?.id).toBe('person:Kassym-Jomart Tokayev');
    expect(tokayev?.mentions).toEqual([
      { text: 'Kassym-Jomart Tokayev', start: 10, end: 31, sentence: 0 },
      { text: 'Tokayev', start: 58, end: 65, sentence: 1 },
    ]);
    for (const entity of entities) {
      for (const mention of entity.mentions)
        expect(document.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('take the role the text gives, confirmed by the leaders file', () => {
    expect(entities.find((e) => e.type === 'person' && e.name === 'Kassym-Jomart Tokayev')?.role).toBe(
      'President of Kazakhstan',
    );
    expect(entities.find((e) => e.name === 'Xi Jinping')?.role).toBe('President of China');
  });

  it('give a leader the office held on the published date when the text gives none', () => {
    const early = runRecords('Nazarbayev met Xi Jinping.', '2015-05-07').entities;
    expect(early.find((e) => e.name === 'Nursultan Nazarbayev')?.role).toBe('President of Kazakhstan');
    const later = runRecords('Nazarbayev met Xi Jinping.', '2020-05-07').entities;
    expect(later.find((e) => e.name === 'Nursultan Nazarbayev')?.role).toBeNull();
  });

  it('resolve a surname to a person found by a title pattern, and a defined acronym to its long name', () => {
    const found = runRecords(
      'Deputy Minister Aibek Zhanuzakov spoke at the Astana Mining Forum (AMF). Zhanuzakov said the AMF will meet again.',
    ).entities;
    const person = found.find((e) => e.type === 'person');
    expect(person).toMatchObject({
      name: 'Aibek Zhanuzakov',
      aliases: ['Zhanuzakov'],
      role: 'Deputy Minister',
    });
    expect(person?.mentions).toHaveLength(2);
    const forum = found.find((e) => e.type === 'organization');
    expect(forum).toMatchObject({ name: 'Astana Mining Forum', aliases: ['AMF'] });
    expect(forum?.mentions).toHaveLength(3);
  });

  it('leave unresolved capitalized words and unknown acronyms out', () => {
    const found = runRecords('Reporters In Astana Heard About The XYZ Plan.').entities;
    expect(found.map((e) => e.name)).toEqual(['Astana']);
  });
});

describe('gazetteer', () => {
  it('holds the generated places, a few thousand at most', () => {
    const places = loadGazetteer();
    expect(places).toHaveLength(GAZETTEER_COUNT);
    expect(GAZETTEER_COUNT).toBeGreaterThan(1500);
    expect(GAZETTEER_COUNT).toBeLessThan(5000);
  });

  it.each([
    ['Astana', 'Astana', 'KZ', 'capital'],
    ['Nur-Sultan', 'Astana', 'KZ', 'capital'],
    ['Alma-Ata', 'Almaty', 'KZ', 'city'],
    ['Horgos', 'Khorgos', 'KZ', 'dry port'],
    ['Ulaanbaatar', 'Ulan Bator', 'MN', 'capital'],
    ['Bombay', 'Mumbai', 'IN', 'city'],
    ['Kiev', 'Kyiv', 'UA', 'capital'],
    ['Xi’an', "Xi'an", 'CN', 'dry port'],
    ['Urumqi', 'Ürümqi', 'CN', 'city'],
    ['Lianyungang', 'Lianyungang', 'CN', 'port'],
  ])('resolves %s to %s (%s, %s)', (written, name, country, kind) => {
    const extractor = createNameExtractor();
    const mentions = extractor.extract(sentence(`Trucks left ${written} yesterday.`), ctx);
    expect(mentions.find((m) => m.type !== null)).toMatchObject({
      type: 'place',
      name,
      country,
      placeKind: kind,
      text: written,
    });
  });

  it.each(['Most', 'Split', 'Nice', 'Reading', 'Mary', 'Kirov'])(
    'has no place "%s" (an ordinary word or a clash)',
    (word) => {
      const [mention] = createNameExtractor().extract(sentence(`They met ${word} of the time.`), ctx);
      expect(mention?.type ?? null).not.toBe('place');
    },
  );
});

describe('data files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-entities-'));

  it('load the built-in organisations, leaders and initiatives', () => {
    const data = loadEntityData();
    expect(data.organizations.length).toBeGreaterThanOrEqual(80);
    expect(data.leaders.find((l) => l.name === 'Kassym-Jomart Tokayev')?.terms[0]).toEqual({
      office: 'President of Kazakhstan',
      title: 'President',
      from: '2019-03-20',
      to: null,
    });
    expect(data.initiatives.find((i) => i.name === 'Belt and Road Initiative')?.acronyms).toEqual([
      'BRI',
      'OBOR',
    ]);
  });

  it('merge the user files over them, the user winning on the same name', () => {
    const organizations = join(dir, 'orgs.json');
    writeFileSync(
      organizations,
      JSON.stringify({
        organizations: [
          { name: 'Astana Hub', acronyms: [], aliases: ['Astana Hub Technopark'], country: 'KZ' },
          { name: 'Shanghai Cooperation Organisation', acronyms: ['SCO', 'ShOS'], aliases: [] },
        ],
      }),
    );
    const leaders = join(dir, 'leaders.json');
    writeFileSync(
      leaders,
      JSON.stringify([
        {
          name: 'Aida Balayeva',
          country: 'KZ',
          aliases: ['Balayeva'],
          terms: [
            {
              office: 'Minister of Culture and Information of Kazakhstan',
              title: 'Minister',
              from: '2022-01-11',
              to: null,
            },
          ],
        },
      ]),
    );
    const extractor = createEntityExtractor({ extraData: { organizations, leaders } });
    const { document } = runRecords('The ShOS and Astana Hub hosted Balayeva.');
    const found = extractor.extractDocument(document);
    expect(found.map((e) => [e.type, e.name, e.role])).toEqual([
      ['organization', 'Shanghai Cooperation Organisation', null],
      ['organization', 'Astana Hub', null],
      ['person', 'Aida Balayeva', 'Minister of Culture and Information of Kazakhstan'],
    ]);
  });

  it.each([
    ['missing file', null, 'UNREADABLE'],
    ['not JSON', '{ organizations: ', 'UNREADABLE'],
    ['no list', '{"orgs": []}', 'BAD_INPUT'],
    ['entry without a name', '{"organizations": [{"acronyms": ["X"]}]}', 'BAD_INPUT'],
    ['bad country', '{"organizations": [{"name": "X", "country": "Kazakhstan"}]}', 'BAD_INPUT'],
    ['aliases not strings', '{"organizations": [{"name": "X", "aliases": [1]}]}', 'BAD_INPUT'],
  ])('reject a user file with %s (%s)', (label, content, code) => {
    const path = join(dir, `${label.replace(/\W/g, '-')}.json`);
    if (content !== null) writeFileSync(path, content);
    let error: unknown = null;
    try {
      loadEntityData({ organizations: path });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AccordError);
    expect((error as AccordError).code).toBe(code);
    expect((error as AccordError).message).toContain(path);
  });

  it('reject a leader term with a date that is not ISO', () => {
    const path = join(dir, 'bad-leaders.json');
    writeFileSync(
      path,
      JSON.stringify({
        leaders: [{ name: 'X', terms: [{ office: 'P', title: 'P', from: '20.03.2019', to: null }] }],
      }),
    );
    expect(() => loadEntityData({ leaders: path })).toThrow(/from: expected an ISO date/);
  });
});
