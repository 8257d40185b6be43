/**
 * The entity stage: names (people, organisations, places, initiatives) and countries of every sentence,
 * grouped by the entity they name, with roles, aliases and every mention (document offsets, sentence index).
 * Steps: 1. mentions per sentence (names; countries in the stretches where a capitalized word may start one);
 * 2. resolve names (data entries, patterns, candidates); 3. countries; 4. roles from the text and the leaders
 * file; 5. entities in order of first mention.
 */
import { type CountryExtractor, createCountryExtractor } from '../../mentions/countries/index.js';
import {
  createNameExtractor,
  documentTokens,
  type ExtraEntityData,
  type KnownEntity,
  type NameExtractor,
  plainApostrophes,
  type TokenList,
} from '../../mentions/entities/index.js';
import type { CountryMention, Document, Entity, ExtractContext, Extractor, Sentence } from '../../types.js';
import { sortInPlace } from '../_sort-in-place.js';
import { type Group, type Located, plainName } from './_group.js';
import { countryFirstWords, countryWindows } from './country-check.js';
import { addCountries } from './country-entities.js';
import { resolveNames } from './resolve-names.js';
import { setRoles } from './set-roles.js';

/** Options of the entity stage: the user's data files, or other mention extractors (tests). */
export interface EntityExtractorOptions {
  /** The user's data files (organizations, leaders, initiatives), merged over the built-in ones; theirs win. */
  extraData?: ExtraEntityData;
  /** Mention extractors, replaceable in tests; default the project's own. */
  names?: NameExtractor;
  countries?: Extractor<CountryMention>;
}

/** An entity with, for gazetteer places, their kind ("capital", "dry port"): a capital can stand for its country. */
export interface EntityRecord extends Entity {
  placeKind?: string;
}

/** The entity stage of a document: `extractDocument(document)` gives its entities in order of first mention. */
export interface EntityExtractor {
  name: 'entities';
  extractDocument(document: Document, ctx?: Partial<ExtractContext>): EntityRecord[];
}

const noDebug = (): void => {};

/** A stretch of a sentence as a sentence of its own: an extractor reads only there, and offsets stay right. */
function stretch(sentence: Sentence, from: number, to: number): Sentence {
  return { ...sentence, start: sentence.start + from, text: sentence.text.slice(from, to) };
}

/** The entity of a group: aliases are the other spellings the document used, and the acronym. */
function toEntity(group: Group): EntityRecord {
  const seen = new Set([plainName(group.name)]);
  const aliases: string[] = [];
  const addAlias = (form: string) => {
    const plain = plainName(form);
    if (seen.has(plain)) return;
    seen.add(plain);
    aliases.push(plainApostrophes(form));
  };
  let last = '';
  for (const { text } of group.mentions) {
    // A name mostly repeats as written ("Kazakhstan" ... "Kazakhstan"): the same text gives the same plain form.
    if (text === last) continue;
    last = text;
    addAlias(text);
  }
  if (group.type !== 'person' && group.acronym) addAlias(group.acronym);
  // The group is done with: its list becomes the entity's.
  const mentions = sortInPlace(group.mentions, (a, b) => a.start - b.start);
  const entity: EntityRecord = {
    id: `${group.type}:${group.name}`,
    type: group.type,
    name: group.name,
    aliases,
    role: group.type === 'person' ? group.role : null,
    country: group.country,
    mentions,
  };
  if (group.type === 'place' && group.placeKind) entity.placeKind = group.placeKind;
  return entity;
}

/**
 * Builds the entity extractor (throws AccordError on unreadable data files): on the seed report,
 * `extractDocument(doc)` gives Kassym-Jomart Tokayev (President of Kazakhstan, alias "Tokayev"), Xi Jinping,
 * Kazakhstan, China, the United Nations ("UN"), the SCO, CICA, the Kazakh-Chinese Business Council, Astana,
 * Lianyungang, Xi'an, Khorgos, the Belt and Road Initiative and the rest.
 */
export function createEntityExtractor(options: EntityExtractorOptions = {}): EntityExtractor {
  const names = options.names ?? createNameExtractor({ extraData: options.extraData });
  // The built-in extractor answers a stretch from the figure stage's scan of the whole sentence when it can.
  const sharing: CountryExtractor | null = options.countries ? null : createCountryExtractor();
  const countries = options.countries ?? (sharing as CountryExtractor);
  // The cheap country check knows the built-in extractor's words only; a replaced extractor sees every sentence.
  const countryWords = options.countries ? null : countryFirstWords();
  const leaders = new Map<string, KnownEntity>(names.data.leaders.map((leader) => [leader.key, leader]));
  return {
    name: 'entities',
    extractDocument(document, ctx = {}) {
      const context: ExtractContext = {
        published: document.published,
        lang: document.lang ?? 'en',
        debug: noDebug,
        ...ctx,
      };
      // 1. Mentions per sentence: names, then countries in the stretches that may name one.
      const located: Located[] = [];
      const countryMentions: { mention: CountryMention; sentence: number }[] = [];
      const tokens = documentTokens(document);
      for (const [position, sentence] of document.sentences.entries()) {
        let list: TokenList | null = null;
        const found = names.extractTokens(sentence, () => (list = tokens.at(position)), context);
        for (const mention of found) located.push({ mention, sentence: sentence.index });
        const windows: [number, number][] =
          countryWords === null
            ? [[0, sentence.text.length]]
            : countryWindows(sentence.text, list, countryWords);
        for (const [from, to] of windows) {
          const mentions = sharing
            ? sharing.extractWindow(document, sentence, from, to, context)
            : countries.extract(stretch(sentence, from, to), context);
          for (const mention of mentions) countryMentions.push({ mention, sentence: sentence.index });
        }
      }
      // 2. Names to entities; 3. countries; 4. roles.
      const groups = resolveNames(located);
      addCountries(groups, countryMentions);
      setRoles(groups.values(), leaders, context.published);
      // 5. In order of first mention.
      return [...groups.values()].sort((a, b) => a.first - b.first).map(toEntity);
    },
  };
}
