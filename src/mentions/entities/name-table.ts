/**
 * The lookup table of known names, built once: every name, alias and acronym of the data files as a token
 * sequence, filed under its first token (lower case), longest first; Han names under their first character.
 * A sentence is matched token by token with one Map read per token, never one regex per name.
 */
import { matchesStem, russianLower, russianStem } from '../countries/russian-stem.js';
import { HAN_RUN, type TokenList, tokenize } from './_tokens.js';
import type { EntityData, KnownEntity } from './types.js';

/** One way of writing a known entity, as the tokens it splits into. */
export interface NameForm {
  /** Lower forms of its tokens: ["one", "belt", ",", "one", "road"]. */
  tokens: string[];
  /** For acronyms, the tokens as written ("SCO"); they must match exactly. */
  exact: string[] | null;
  /** Matched in any case (else its first word must be capitalized, or caseless). */
  anyCase: boolean;
  entity: KnownEntity;
}

/** Known names by first token, Han names by first character, Russian names by stem. */
export interface NameTable {
  byFirst: Map<string, NameForm[]>;
  /** Han names by their first character, longest first. */
  han: Map<number, { text: string; entity: KnownEntity }[]>;
  /** Russian names as stems, one per word, under the first three letters of the first stem: "Астану" finds "Астана". */
  cyrillic: Map<string, { stems: string[]; entity: KnownEntity }[]>;
  /** First tokens of the names matched in any case ("visa-free"): lower-case words are looked up only then. */
  anyCaseFirst: Set<string>;
  /** Number of forms, for the load report and tests. */
  size: number;
}

// Matches "Kassym-Jomart Tokayev", "Power of Siberia 2", "Xi'an"; must not match "One Belt, One Road", "U.S.",
// "Xi’an" (curly), "Kazakhstan's Fund" (a possessive) or "Москва" (the tokenizer handles those).
const SIMPLE_FORM =
  /^(?![^ ]*'s(?: |$))[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*(?: [A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*)*$/;
// Matches a Cyrillic word such as "Токаев" or "Нур-Султан"; must not match "Токаев," or "ООН2".
const CYRILLIC_WORD = /^[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*$/;

/** Files a form unless the same tokens already name an entity (the first file wins: the user's, then built-in). */
function addForm(
  table: NameTable,
  seen: Set<string>,
  text: string,
  entity: KnownEntity,
  isAcronym: boolean,
): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  if (SIMPLE_FORM.test(trimmed)) {
    // Plain words and spaces, the most forms: split without the tokenizer (it would give the same tokens).
    const lower = trimmed.toLowerCase();
    const single = !trimmed.includes(' ');
    fileForm(
      table,
      seen,
      single ? [trimmed] : trimmed.split(' '),
      single ? [lower] : lower.split(' '),
      entity,
      isAcronym,
    );
    return;
  }
  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return;
  if (tokens.kind(0) === HAN_RUN && tokens.length === 1) {
    const key = `han:${trimmed}`;
    if (seen.has(key)) return;
    seen.add(key);
    const code = trimmed.charCodeAt(0);
    const list = table.han.get(code) ?? [];
    list.push({ text: trimmed, entity });
    table.han.set(code, list);
    table.size++;
    return;
  }
  const lowers: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    lowers.push(tokens.lower(i));
    words.push(tokens.word(i));
  }
  fileForm(table, seen, words, lowers, entity, isAcronym);
}

/** Files the tokens of one form under its first token (and, for Russian names, under the stem of its first word). */
function fileForm(
  table: NameTable,
  seen: Set<string>,
  words: string[],
  lowers: string[],
  entity: KnownEntity,
  isAcronym: boolean,
): void {
  const key = (isAcronym ? 'exact:' : '') + (lowers.length === 1 ? (lowers[0] as string) : lowers.join(' '));
  if (seen.has(key)) return;
  seen.add(key);
  const form: NameForm = { tokens: lowers, exact: isAcronym ? words : null, anyCase: entity.anyCase, entity };
  if (!isAcronym && isCyrillic(words[0] ?? '') && words.every((word) => CYRILLIC_WORD.test(word))) {
    const stems = words.map((word) => russianStem(russianLower(word)));
    const stemKey = (stems[0] as string).slice(0, 3);
    const stemList = table.cyrillic.get(stemKey) ?? [];
    stemList.push({ stems, entity });
    table.cyrillic.set(stemKey, stemList);
  }
  const first = lowers[0] as string;
  const list = table.byFirst.get(first) ?? [];
  list.push(form);
  table.byFirst.set(first, list);
  if (entity.anyCase) table.anyCaseFirst.add(first);
  table.size++;
}

/**
 * Builds the table: `createNameTable(loadEntityData()).byFirst.get('shanghai')` holds "Shanghai Cooperation
 * Organisation" (and the city). Organisations first, then initiatives, leaders and places: on the same
 * spelling the earlier one wins.
 */
export function createNameTable(data: EntityData): NameTable {
  const table: NameTable = {
    byFirst: new Map(),
    han: new Map(),
    cyrillic: new Map(),
    anyCaseFirst: new Set(),
    size: 0,
  };
  const seen = new Set<string>();
  for (const list of [data.organizations, data.initiatives, data.leaders, data.places]) {
    for (const entity of list) {
      if (entity.nameIsForm !== false) addForm(table, seen, entity.name, entity, false);
      for (const alias of entity.aliases) addForm(table, seen, alias, entity, false);
      for (const acronym of entity.acronyms) addForm(table, seen, acronym, entity, true);
    }
  }
  for (const list of table.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  for (const list of table.han.values()) list.sort((a, b) => b.text.length - a.text.length);
  return table;
}

/** True when a word starts with a Cyrillic letter. */
function isCyrillic(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x400 && code <= 0x4ff;
}

/**
 * A Russian name in any case ending at token `i` ("в Астану", "Токаева"), by stems, or null: for Cyrillic
 * words only, after the exact lookup failed.
 */
export function matchCyrillic(
  tokens: TokenList,
  i: number,
  table: NameTable,
): { entity: KnownEntity; end: number } | null {
  if (!isCyrillic(tokens.word(i)) || !tokens.isCap(i)) return null;
  const first = russianLower(tokens.word(i));
  const candidates = table.cyrillic.get(russianStem(first).slice(0, 3));
  if (!candidates) return null;
  let best: { entity: KnownEntity; end: number } | null = null;
  for (const { stems, entity } of candidates) {
    if (i + stems.length > tokens.length || (best && stems.length <= best.end - i)) continue;
    if (stems.every((stem, k) => matchesStem(russianLower(tokens.word(i + k)), stem)))
      best = { entity, end: i + stems.length };
  }
  return best;
}

/** True for a word written the same in both cases (Arabic, Georgian): it can start a name anywhere. */
export function isCaseless(tokens: TokenList, i: number): boolean {
  const code = tokens.firstCode(i);
  if (code < 0x370) return false;
  const word = tokens.word(i);
  return word.toLowerCase() === word.toUpperCase();
}

/**
 * The longest known form starting at token `i`, with the index after its last token, or null:
 * on the tokens of "the UN, SCO and CICA", `matchName(tokens, 1, table)` is the United Nations form, end 2.
 */
export function matchName(
  tokens: TokenList,
  i: number,
  table: NameTable,
): { form: NameForm; end: number } | null {
  const forms = table.byFirst.get(tokens.lower(i));
  if (!forms) return null;
  const capitalized = tokens.isCap(i) || isCaseless(tokens, i);
  for (const form of forms) {
    const n = form.tokens.length;
    if (i + n > tokens.length) continue;
    if (form.exact === null && !form.anyCase && !capitalized) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      ok = form.exact ? tokens.word(i + k) === form.exact[k] : tokens.lower(i + k) === form.tokens[k];
    }
    if (ok) return { form, end: i + n };
  }
  return null;
}
