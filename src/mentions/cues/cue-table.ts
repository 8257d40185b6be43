/**
 * The cue table of a language: cue phrases as token sequences under their first token, longest first, and one
 * regex of the key words of promise, work and signing cues that rules a sentence out cheaply before it is
 * tokenized (a sentence with only a denial or a condition has nothing to record).
 */
import { type TokenList, tokenize } from '../entities/index.js';
import type { CueEntry, CueLanguage, CueMention } from './types.js';

interface CueForm {
  tokens: string[];
  entry: CueEntry;
}

/** The cues of one language by first token, with the cheap trigger that rules sentences out. */
export interface CueTable {
  byFirst: Map<string, CueForm[]>;
  /**
   * The shapes of the cues' first words, to skip tokens cheaply: their first two letters (lower case, as one
   * number) and, when `byLength`, their length too (see shapeOf); and the longest of them.
   */
  prefixes: Set<number>;
  byLength: boolean;
  longestFirst: number;
  /** Tests whether a sentence holds the key word of a promise, work under way or a signing; else it has no cue that matters. */
  trigger: RegExp;
  language: CueLanguage;
}

/** The first two characters of a word as one number, ASCII letters folded to lower case: "Pl" and "pl" are equal. */
function prefixOf(first: number, second: number): number {
  return fold(first) * 65536 + (Number.isNaN(second) ? 0 : fold(second));
}

/** A word's first two letters and, when it counts, its length, as one small integer: "plans" is ("pl", 5). */
function shapeOf(prefix: number, length: number): number {
  return prefix * 64 + length;
}

/** The longest first word whose length can join its shape (shapeOf keeps it in 6 bits). */
const MAX_SHAPED_LENGTH = 63;

/** An ASCII capital as its lower-case letter; other codes as they are. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Most adverbs skipped inside one cue ("are currently being implemented"). */
const MAX_SKIPS = 2;

// Matches the characters a regex gives a meaning ("." of "U.S.", "("); must not match letters or "'".
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
// Matches the apostrophe of "won't"; must not match "’" (already any apostrophe after the escape).
const APOSTROPHE = /'/g;

/** Escapes a word for a regex, any apostrophe matching any apostrophe. */
function escapeWord(word: string): string {
  return word.replace(REGEX_SPECIALS, '\\$&').replace(APOSTROPHE, "['’ʼ]");
}

/** Cues that make a sentence worth reading: promises, work under way and signings; the rest only qualify them. */
function isPrimary(entry: CueEntry): boolean {
  return entry.cue === 'commit' || entry.cue === 'ongoing' || entry.cue === 'sign';
}

/** Common words never used as a cue's key word. */
const COMMON = new Set([
  'are',
  'is',
  'to',
  'be',
  'the',
  'of',
  'such',
  'as',
  'including',
  'projects',
  'being',
  'with',
  'on',
  'stand',
  'stands',
  'work',
  'further',
  'more',
  'called',
  'highlighted',
  'stressed',
  'emphasized',
  'emphasised',
  'underlined',
  'announced',
  'set',
  'under',
  'ready',
  'for',
  'way',
]);

/** The rarest-looking word of a cue: its longest uncommon word ("implemented" of "are being implemented"), else its longest. */
function keyWord(entry: CueEntry): string {
  const list = tokenize(entry.phrase);
  let best = '';
  let bestCommon = '';
  for (let i = 0; i < list.length; i++) {
    const word = list.lower(i);
    if (COMMON.has(word)) {
      if (word.length >= bestCommon.length) bestCommon = word;
    } else if (word.length >= best.length) best = word;
  }
  return best || bestCommon;
}

/** Builds the table of a language: `createCueTable(EN).byFirst.get('plans')` holds "plans to" and "plans for". */
export function createCueTable(language: CueLanguage): CueTable {
  const cached = tables.get(language);
  if (cached) return cached;
  const table = buildCueTable(language);
  tables.set(language, table);
  return table;
}

/** Tables already built, by language object: every stage that reads cues shares one. */
const tables = new WeakMap<CueLanguage, CueTable>();

/** Builds the table of a language (see createCueTable). */
function buildCueTable(language: CueLanguage): CueTable {
  const byFirst = new Map<string, CueForm[]>();
  for (const entry of language.cues) {
    const phrase = tokenize(entry.phrase);
    const tokens: string[] = [];
    for (let i = 0; i < phrase.length; i++) tokens.push(phrase.lower(i));
    const first = tokens[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ tokens, entry });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const keys = [...byFirst.keys()];
  // A token's lower form is as long as the token when it equals an ASCII key (only "İ" lowers to two code units,
  // and never to ASCII), so a table of ASCII keys can skip every token whose length no key of its prefix has:
  // "trade" is no cue word though "treaty" starts with "tr".
  const byLength = keys.every((key) => /^[\x20-\x7e]*$/.test(key) && key.length <= MAX_SHAPED_LENGTH);
  const prefixes = new Set(
    keys.map((key) => {
      const prefix = prefixOf(key.charCodeAt(0), key.charCodeAt(1));
      return byLength ? shapeOf(prefix, key.length) : prefix;
    }),
  );
  const longestFirst = Math.max(...keys.map((key) => key.length));
  const words = [...new Set(language.cues.filter(isPrimary).map(keyWord))].map(escapeWord).join('|');
  // Matches "plans" in "Kazakhstan plans to"; must not match "planet" or "explains". English key words are
  // ASCII, so an ASCII word boundary serves, and the regex needs no Unicode mode (much faster on long text).
  const ascii = /^[\x20-\x7e]*$/.test(words);
  const trigger = ascii
    ? new RegExp(`\\b(?:${words})\\b`, 'i')
    : new RegExp(`(?:^|[^\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
  return { byFirst, trigger, language, prefixes, byLength, longestFirst };
}

/** End of `form` matched at token `i` (adverbs of the language may stand between its words), or -1. */
function matchForm(tokens: TokenList, i: number, form: CueForm, skippable: ReadonlySet<string>): number {
  let at = i + 1;
  let skips = 0;
  for (let k = 1; k < form.tokens.length; k++) {
    const wanted = form.tokens[k] as string;
    while (tokens.lower(at) !== wanted && skips < MAX_SKIPS && skippable.has(tokens.lower(at))) {
      at++;
      skips++;
    }
    if (tokens.lower(at) !== wanted) return -1;
    at++;
  }
  return at;
}

/**
 * The cues of a tokenised sentence, longest match first at each token, in document offsets (`offset` is the
 * sentence start): on "Kazakhstan has no plans to build it", one denial "no plans to".
 */
export function scanCues(text: string, tokens: TokenList, table: CueTable, offset: number): CueMention[] {
  const found: CueMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Cheap first: the first two letters and the length must fit some cue's first word before its string is made.
    const start = tokens.start(i);
    const code = text.charCodeAt(start);
    const size = tokens.size(i);
    const prefix = prefixOf(code, size > 1 ? text.charCodeAt(start + 1) : Number.NaN);
    const worth =
      code >= 128 ||
      (size <= table.longestFirst && table.prefixes.has(table.byLength ? shapeOf(prefix, size) : prefix));
    const forms = worth ? table.byFirst.get(tokens.lower(i)) : undefined;
    let end = -1;
    let matched: CueForm | null = null;
    if (forms) {
      for (const form of forms) {
        end = matchForm(tokens, i, form, table.language.skippable);
        if (end > i) {
          matched = form;
          break;
        }
      }
    }
    if (!matched) {
      i++;
      continue;
    }
    const from = tokens.start(i);
    const stop = tokens.end(end - 1);
    const { entry } = matched;
    found.push({
      kind: 'cue',
      cue: entry.cue,
      text: text.slice(from, stop),
      start: offset + from,
      end: offset + stop,
      phrase: entry.phrase,
      side: entry.side ?? 'after',
      action: entry.action ?? null,
      modal: entry.modal ?? false,
      agreementType: entry.agreementType ?? null,
      tokens: [i, end],
      rule: `cue-${entry.cue}`,
    });
    i = end;
  }
  return found;
}
