/** Internal state of the name scan: the sentence's tokens and the names found so far, by token range. */
import type { EntityType } from '../../types.js';
import { PUNCT, type TokenList, WORD } from './_tokens.js';
import { NAME_CONNECTORS } from './lang/en.js';
import type { NameTable } from './name-table.js';
import { plainApostrophes } from './plain-text.js';
import type { KnownEntity } from './types.js';

/** How sure a step is: a definition in the text beats the data files, which beat patterns, which beat leftovers. */
export const PRIORITY = { definition: 4, known: 3, pattern: 2, candidate: 0 } as const;

/** A name being found: tokens [first, end) of the sentence. */
export interface Draft {
  first: number;
  end: number;
  type: EntityType | null;
  name: string;
  known: KnownEntity | null;
  acronym: string | null;
  role: string | null;
  country: string | null;
  priority: number;
  rule: string;
  /** Sentence offsets when the name is part of a token (a Han name inside a Han run), else null. */
  chars?: [number, number];
}

/** What every step sees. Steps add drafts with addDraft(); the extractor turns the kept ones into mentions. */
export interface NameState {
  text: string;
  tokens: TokenList;
  table: NameTable;
  drafts: Draft[];
  /** Per token, the index + 1 of the highest-priority draft covering it; unset (0) where none. */
  owner: number[];
  /** Most word tokens are upper case (a shouted headline): acronyms are not trusted. */
  isShouting: boolean;
  /** The sentence holds the first word of an any-case name ("visa-free"): lower-case words are looked up too. */
  hasAnyCaseWord: boolean;
  /** Runs of capitalized words, computed once (see capRuns). */
  runs: [number, number][];
}

/** A step of the name scan, in the order of steps/index.ts. */
export interface NameStep {
  name: string;
  run(state: NameState): void;
}

/** Adds a draft and claims its tokens where it outranks their current owner. */
export function addDraft(state: NameState, draft: Draft): Draft {
  state.drafts.push(draft);
  const index = state.drafts.length;
  for (let i = draft.first; i < draft.end; i++) {
    const current = state.owner[i] ?? 0;
    if (current === 0 || (state.drafts[current - 1] as Draft).priority <= draft.priority)
      state.owner[i] = index;
  }
  return draft;
}

/** The draft owning token `i`, or null. */
export function ownerOf(state: NameState, i: number): Draft | null {
  const index = state.owner[i] ?? 0;
  return index === 0 ? null : (state.drafts[index - 1] as Draft);
}

/** Text of tokens [first, end) as written in the sentence, apostrophes made plain: "Xi’an" is "Xi'an". */
export function spanText(state: NameState, first: number, end: number): string {
  const text = state.text.slice(state.tokens.start(first), state.tokens.end(end - 1));
  // Matches a curly apostrophe, two spaces or a tab ("Xi’an", "Nur  Sultan"); must not match "Bank of China".
  return /[’‘ʼ]|\s\s|[^\S ]/.test(text) ? plainApostrophes(text).replace(SPACES, ' ') : text;
}

// Matches the run of spaces and tabs in "Nur \t Sultan"; must not match "Nur-Sultan".
const SPACES = /\s+/g;

/** True for a capitalized word token: "Astana", "SCO". */
export function isCapWord(tokens: TokenList, i: number): boolean {
  return tokens.kind(i) === WORD && tokens.isCap(i);
}

/** True for a connector inside a name: "of", "and", "&". */
export function isConnector(tokens: TokenList, i: number): boolean {
  const kind = tokens.kind(i);
  return (kind === WORD || kind === PUNCT) && tokens.size(i) <= 3 && NAME_CONNECTORS.has(tokens.lower(i));
}

/**
 * End of the run of capitalized words starting at `i`, joined by single connectors when `connectors`
 * ("Bank of China"); the run never ends on a connector, never takes "and the", and stops at `limit` tokens.
 */
export function capRunEnd(tokens: TokenList, i: number, connectors: boolean, limit = 12): number {
  let end = i;
  while (end < tokens.length && end - i < limit) {
    if (isCapWord(tokens, end)) {
      end++;
      continue;
    }
    if (!connectors || end === i || !isConnector(tokens, end)) break;
    // One connector, or "of the": "Bank of the Republic"; never "and the".
    let next = end + 1;
    if (tokens.lower(end) === 'of' && tokens.lower(next) === 'the') next++;
    if (!isCapWord(tokens, next)) break;
    end = next;
  }
  return end;
}

/** Start and end of each maximal run of capitalized words, in order: "Tokayev met Xi Jinping" gives [0, 1), [2, 4). */
export function capRuns(tokens: TokenList): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapWord(tokens, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (isCapWord(tokens, end)) end++;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}
