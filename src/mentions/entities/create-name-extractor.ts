/** The name stage: known names, definitions and name patterns of a sentence, as NameMention[] in document offsets. */
import type { ExtractContext, Extractor, Sentence } from '../../types.js';
import { capRuns, type Draft, type NameState, type NameStep } from './_draft.js';
import { type TokenList, tokenize, WORD } from './_tokens.js';
import { isNotNameStart } from './lang/en.js';
import { builtInEntities, loadEntityData } from './load-entity-data.js';
import { createNameTable, type NameTable } from './name-table.js';
import { quickLook } from './quick-check.js';
import { draftSpan, removeOverlaps } from './remove-overlaps.js';
import { isCountryWord } from './steps/_country-words.js';
import { NAME_STEPS } from './steps/index.js';
import type { EntityData, ExtraEntityData, NameMention } from './types.js';

/** Options of the name stage: extra data files, data already loaded, or other steps (tests). */
export interface NameExtractorOptions {
  /** The user's own data files, merged over the built-in ones. */
  extraData?: ExtraEntityData;
  /** Data already loaded (tests, or a caller sharing one load); wins over extraData. */
  data?: EntityData;
  steps?: readonly NameStep[];
}

/** A name extractor with the table it built, for callers that resolve names later (the document stage). */
export interface NameExtractor extends Extractor<NameMention> {
  table: NameTable;
  data: EntityData;
  /** As extract(), with the sentence's tokens from the caller (made only if the sentence is worth scanning). */
  extractTokens(sentence: Sentence, tokens: () => TokenList, ctx: ExtractContext): NameMention[];
}

/** Built tables by data object, so that several extractors over the same data share one table. */
const tables = new WeakMap<EntityData, NameTable>();

// Matches the characters a regex gives a meaning ("." of "U.S.", "(" ); must not match letters or "-".
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
// Matches the apostrophes and hyphens a first word ends with ("Nurtleu'", "Astana-"); must not match "Xi'an".
const TRAILING_MARKS = /['-]+$/;

/** A word with its regex characters escaped: `escapeRegex('u.s.')` is "u\\.s\\.". */
function escapeRegex(word: string): string {
  return word.replace(REGEX_SPECIALS, '\\$&');
}

/** A test finding the first words of the names matched in any case ("visa-free"), or null when there are none. */
function anyCaseTrigger(data: EntityData): { test(text: string): boolean } | null {
  const words = new Set<string>();
  for (const list of [data.organizations, data.initiatives, data.leaders]) {
    for (const entity of list) {
      if (!entity.anyCase) continue;
      for (const form of [entity.name, ...entity.aliases]) {
        const tokens = tokenize(form);
        if (tokens.length > 0) words.add(escapeRegex(tokens.lower(0)));
      }
    }
  }
  if (words.size === 0) return null;
  const alternatives = [...words].join('|');
  // Matches the first word of an any-case name, e.g. "visa-free" in "the visa-free regime"; must not match "visas".
  const exact = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
  if (!/^[\x20-\x7e]*$/.test(alternatives)) return exact;
  // The exact regex is in Unicode mode, slow on every sentence. Without "u", "i" folds ASCII letters only, so the
  // ASCII words alone, or the two characters that Unicode folds to ASCII letters (long s "ſ", Kelvin sign "K"),
  // find every sentence it could match, and most sentences have none of them: "the visa-free regime" and "Mutual"
  // pass; "the visas" passes too, and the exact regex then says no.
  const near = new RegExp(`${alternatives}|[\\u017f\\u212a]`, 'i');
  return { test: (text: string) => near.test(text) && exact.test(text) };
}

/** Share of word tokens written in capitals above which a sentence is a shouted headline. */
const SHOUTING_SHARE = 0.6;

/** True when most words of the sentence are in capitals ("KAZAKHSTAN AND CHINA SIGN DEAL"). */
function isShouting(tokens: TokenList): boolean {
  let words = 0;
  let upper = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kind(i) !== WORD) continue;
    words++;
    if (tokens.isUpper(i)) upper++;
  }
  return words >= 3 && upper / words > SHOUTING_SHARE;
}

/** A sentence's first word as a candidate name, found without tokenizing: "Nurtleu" of "Nurtleu said so.". */
function firstWordCandidate(word: string, sentence: Sentence): NameMention {
  const name = word.replace(TRAILING_MARKS, '');
  return {
    kind: 'name',
    text: name,
    start: sentence.start,
    end: sentence.start + name.length,
    type: null,
    name,
    ref: null,
    acronym: null,
    role: null,
    country: null,
    placeKind: null,
    rule: 'name-candidate',
  };
}

/** The mention of a kept draft, in document offsets. */
function toMention(draft: Draft, state: NameState, offset: number): NameMention {
  const [start, end] = draftSpan(draft, state.tokens);
  return {
    kind: 'name',
    text: state.text.slice(start, end),
    start: offset + start,
    end: offset + end,
    type: draft.type,
    name: draft.name,
    ref: draft.known?.key ?? null,
    acronym: draft.acronym,
    role: draft.role,
    country: draft.country,
    placeKind: draft.known?.placeKind ?? null,
    rule: draft.rule,
  };
}

/**
 * Builds the name extractor (throws AccordError on unreadable data files): on "Kazakhstan's President
 * Kassym-Jomart Tokayev met the SCO", `extract` gives the person (role "President of Kazakhstan") and the
 * Shanghai Cooperation Organisation.
 */
export function createNameExtractor({
  extraData,
  data,
  steps = NAME_STEPS,
}: NameExtractorOptions = {}): NameExtractor {
  const entityData = data ?? loadEntityData(extraData);
  const builtIn = builtInEntities();
  // The built-in data comes with its table, generated; other data (the user's files merged in) is built here.
  let table = entityData === builtIn.data ? builtIn.table : tables.get(entityData);
  if (!table) {
    table = createNameTable(entityData);
    tables.set(entityData, table);
  }
  const nameTable = table;
  const trigger = anyCaseTrigger(entityData);

  /** The name steps on one sentence; a sentence the quick look clears gives at most its first word as a candidate. */
  function scan(sentence: Sentence, tokensOf: () => TokenList): NameMention[] {
    const text = sentence.text;
    const hasAnyCaseWord = trigger?.test(text) ?? false;
    if (!hasAnyCaseWord) {
      // Only the first word can be a name (known words send the sentence on): a candidate ("Nurtleu said") or none.
      const look = quickLook(text, nameTable);
      if (!look.needsSteps) {
        const lower = look.first?.toLowerCase() ?? '';
        return look.first && !isNotNameStart(lower) && !isCountryWord(lower)
          ? [firstWordCandidate(look.first, sentence)]
          : [];
      }
    }
    const tokens = tokensOf();
    const state: NameState = {
      text,
      tokens,
      table: nameTable,
      drafts: [],
      owner: [],
      isShouting: isShouting(tokens),
      hasAnyCaseWord,
      runs: capRuns(tokens),
    };
    for (const step of steps) step.run(state);
    return removeOverlaps(state).map((draft) => toMention(draft, state, sentence.start));
  }

  /** As extract(), with the sentence's tokens from the caller; never throws (a failure is a debug line and []). */
  function extractTokens(sentence: Sentence, tokensOf: () => TokenList, ctx: ExtractContext): NameMention[] {
    try {
      return scan(sentence, tokensOf);
    } catch (error) {
      ctx.debug(
        () =>
          `names: sentence ${sentence.index} skipped: ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    }
  }

  return {
    name: 'names',
    table: nameTable,
    data: entityData,
    extract: (sentence, ctx) => extractTokens(sentence, () => tokenize(sentence.text), ctx),
    extractTokens,
  };
}
