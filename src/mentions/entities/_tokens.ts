/**
 * Splits a sentence into tokens in one pass over its code units (no regex): words in any script with their
 * inner hyphens and apostrophes ("Kassym-Jomart", "Xi’an", "Kazakhstan–China"), numbers, Han runs, the
 * possessive "'s", and single punctuation marks. Tokens are offsets and flags in one array of small integers;
 * their strings are made only when a step asks for them, so a sentence costs a scan, not an object per word.
 * Shared by the entity and cue stages.
 */
import { createLastDocumentCache } from '../_last-document.js';
import * as chars from '../countries/_chars.js';
import { plainMarks } from './plain-text.js';

// The character classes of the country scan, copied into local constants: hot loops read them millions of times.
const SPACE = chars.SPACE;
const DIGIT = chars.DIGIT;
const LATIN_UPPER = chars.LATIN_UPPER;
const LETTER = chars.LETTER;
const CYRILLIC = chars.CYRILLIC;
const HAN = chars.HAN;
const charClass = chars.charClass;

/** Token kinds: a word in any spaced script, a number, one punctuation mark, a run of Han characters. */
export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;
export const HAN_RUN = 4;

const KIND_MASK = 7;
const CAP = 8;
const UPPER = 16;
/** The lower form is the text itself (no capital, no curly apostrophe, no long dash). */
const PLAIN = 32;

/** True for ' ’ ‘ ʼ. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

/** True for the dashes that join words without spaces: - ‐ ‑ – —. */
export function isDash(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014;
}

/** Class of a code unit, ASCII without a call into the shared table. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_CLASS[code] = charClass(code);

function classOf(code: number): number {
  return code < 128 ? (ASCII_CLASS[code] as number) : charClass(code);
}

/** True for letters, marks and digits of scripts that space their words. */
function isWordClass(value: number): boolean {
  return value === LATIN_UPPER || value === LETTER || value === CYRILLIC || value === DIGIT;
}

function wordCharAt(text: string, i: number): boolean {
  return i < text.length && isWordClass(classOf(text.charCodeAt(i)));
}

/** Lower form of a word: lower case, plain apostrophes and hyphens. */
function lowerForm(word: string): string {
  return plainMarks(word.toLowerCase());
}

/** Where a TokenList's scan writes its tokens before they are copied out; one list is scanned at a time. */
const SCRATCH: number[] = [];
/** Largest scratch array kept between scans (numbers): a megabyte sentence's is let go. */
const SCRATCH_KEPT = 3 * 4096;

/**
 * The tokens of one text: `tokenize("Kazakhstan’s President Kassym-Jomart Tokayev")` has five, "Kazakhstan",
 * "’s" (lower "'s"), "President", "Kassym-Jomart", "Tokayev". Every accessor takes a token index and answers
 * safely past either end (empty strings, false, the text's length).
 */
export class TokenList {
  readonly text: string;
  length = 0;
  /** Three small integers a token: start, end, flags (a plain array of integers, cheap to collect). */
  private readonly data: number[];
  private lowers: (string | undefined)[] | null = null;

  constructor(text: string) {
    this.text = text;
    this.scan();
    // Copied out of the scan's scratch array at its final size: grown by push, the list's array was allocated
    // about twice over (the token lists were a fifth of what the commitment stage allocated).
    this.data = SCRATCH.slice(0, this.length * 3);
    if (SCRATCH.length > SCRATCH_KEPT) SCRATCH.length = 0;
  }

  /** Offset of token i in the text. */
  start(i: number): number {
    return i >= 0 && i < this.length ? (this.data[i * 3] as number) : this.text.length;
  }

  end(i: number): number {
    return i >= 0 && i < this.length ? (this.data[i * 3 + 1] as number) : this.text.length;
  }

  /** WORD, NUMBER, PUNCT, HAN_RUN, or 0 outside the list. */
  kind(i: number): number {
    return i >= 0 && i < this.length ? (this.data[i * 3 + 2] as number) & KIND_MASK : 0;
  }

  /** A word whose first letter is upper case: "Astana", "Пекин", "SCO". */
  isCap(i: number): boolean {
    return i >= 0 && i < this.length && ((this.data[i * 3 + 2] as number) & CAP) !== 0;
  }

  /** A word with no lower-case letter and at least two characters: "SCO", "G20". */
  isUpper(i: number): boolean {
    return i >= 0 && i < this.length && ((this.data[i * 3 + 2] as number) & UPPER) !== 0;
  }

  /** The token as written. */
  word(i: number): string {
    return i >= 0 && i < this.length ? this.text.slice(this.data[i * 3], this.data[i * 3 + 1]) : '';
  }

  /** Lower form: lower case, apostrophes "'", dashes "-": "xi'an", "kazakhstan-china"; made once, on first call. */
  lower(i: number): string {
    if (i < 0 || i >= this.length) return '';
    this.lowers ??= [];
    let lower = this.lowers[i];
    if (lower === undefined) {
      const word = this.text.slice(this.data[i * 3], this.data[i * 3 + 1]);
      const flags = this.data[i * 3 + 2] as number;
      lower =
        (flags & PLAIN) !== 0 ? word : (flags & KIND_MASK) === PUNCT ? punctForm(word) : lowerForm(word);
      this.lowers[i] = lower;
    }
    return lower;
  }

  /** First code unit of token i (0 outside the list), for cheap checks before lower(). */
  firstCode(i: number): number {
    return i >= 0 && i < this.length ? this.text.charCodeAt(this.data[i * 3] as number) : 0;
  }

  /** Length of token i in code units. */
  size(i: number): number {
    return i >= 0 && i < this.length ? (this.data[i * 3 + 1] as number) - (this.data[i * 3] as number) : 0;
  }

  private push(start: number, end: number, flags: number): void {
    const at = this.length * 3;
    SCRATCH[at] = start;
    SCRATCH[at + 1] = end;
    SCRATCH[at + 2] = flags;
    this.length++;
  }

  private scan(): void {
    const text = this.text;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      const value = classOf(code);
      if (value === SPACE) {
        i++;
      } else if (isWordClass(value)) {
        i = this.readWord(i);
      } else if (value === HAN) {
        let end = i + 1;
        while (end < length && classOf(text.charCodeAt(end)) === HAN) end++;
        this.push(i, end, HAN_RUN | PLAIN);
        i = end;
      } else if (isApostrophe(code) && (text.charCodeAt(i + 1) | 32) === 115 && !wordCharAt(text, i + 2)) {
        this.push(i, i + 2, PUNCT);
        i += 2;
      } else {
        this.push(
          i,
          i + 1,
          PUNCT | (isApostrophe(code) && code !== 39 ? 0 : isDash(code) && code !== 45 ? 0 : PLAIN),
        );
        i++;
      }
    }
  }

  /**
   * Reads the word starting at `start`: word characters joined by one apostrophe or dash between two of them
   * ("Xi’an", "Kassym-Jomart"; "Kazakhstan" then "’s"), and digit groups ("4,700", "14.5"); returns its end.
   */
  private readWord(start: number): number {
    const text = this.text;
    const length = text.length;
    let end = start;
    let letters = 0;
    let lowerLetters = 0;
    let digits = 0;
    let plain = true;
    const first = text.charCodeAt(start);
    const cap = (first >= 65 && first <= 90) || (first >= 128 && isUpperLetter(first));
    while (end < length) {
      const code = text.charCodeAt(end);
      // Fast path: lower-case ASCII letters, most of any English text.
      if (code >= 97 && code <= 122) {
        letters++;
        lowerLetters++;
        end++;
        continue;
      }
      if (code >= 65 && code <= 90) {
        letters++;
        plain = false;
        end++;
        continue;
      }
      if (code >= 48 && code <= 57) {
        digits++;
        end++;
        continue;
      }
      if (code >= 128) {
        const value = charClass(code);
        if (value === LATIN_UPPER || value === LETTER || value === CYRILLIC) {
          letters++;
          plain = false;
          if (!isUpperLetter(code)) lowerLetters++;
          end++;
          continue;
        }
        if (value === DIGIT) {
          digits++;
          end++;
          continue;
        }
      } else if (code === 95) {
        // "_" is a word character of the shared classes.
        end++;
        continue;
      }
      // A joiner stays inside the word only between two word characters.
      const next = end + 1 < length ? text.charCodeAt(end + 1) : 0;
      if (next === 0 || !isWordClass(classOf(next))) break;
      if (isDash(code)) {
        if (code !== 45) plain = false;
        end++;
        continue;
      }
      if (isApostrophe(code)) {
        // "Kazakhstan’s" ends before the possessive; "Xi’an" and "d’Ivoire" go on.
        if (
          (next === 115 || next === 83) &&
          !(end + 2 < length && isWordClass(classOf(text.charCodeAt(end + 2))))
        )
          break;
        if (code !== 39) plain = false;
        end++;
        continue;
      }
      if (
        (code === 44 || code === 46) &&
        end > start &&
        classOf(text.charCodeAt(end - 1)) === DIGIT &&
        classOf(next) === DIGIT
      ) {
        end++;
        continue;
      }
      break;
    }
    const upper = letters > 0 && lowerLetters === 0 && end - start >= 2 && digits < end - start;
    this.push(
      start,
      end,
      (letters === 0 ? NUMBER : WORD) | (cap ? CAP : 0) | (upper ? UPPER : 0) | (plain ? PLAIN : 0),
    );
    return end;
  }
}

/** True for an upper-case letter outside ASCII: Latin capitals ("Ö") and Cyrillic ones ("К"). */
function isUpperLetter(code: number): boolean {
  const value = charClass(code);
  return value === LATIN_UPPER || (value === CYRILLIC && code >= 0x400 && code <= 0x42f);
}

/** Lower form of a punctuation token: "’s" is "'s", "’" is "'", "–" is "-". */
function punctForm(mark: string): string {
  return plainMarks(mark).toLowerCase();
}

/** Tokens of `text`: `tokenize('the UN, SCO and CICA').length` is 6. */
export function tokenize(text: string): TokenList {
  return new TokenList(text);
}

/** Token lists of a document's sentences, by position, made on first use. */
export interface DocumentTokens {
  at(position: number): TokenList;
}

const byDocument = createLastDocumentCache<object, DocumentTokens>();

/**
 * The tokens of a document's sentences, shared by every stage that reads the same document object (names, cues,
 * commitments, agreements split each sentence once between them): `documentTokens(doc).at(3)`.
 */
export function documentTokens(document: { sentences: readonly { text: string }[] }): DocumentTokens {
  let tokens = byDocument.get(document);
  if (tokens === undefined) {
    const lists: (TokenList | undefined)[] = [];
    tokens = {
      at(position) {
        const text = document.sentences[position]?.text ?? '';
        let list = lists[position];
        if (list === undefined || list.text !== text) {
          list = new TokenList(text);
          lists[position] = list;
        }
        return list;
      },
    };
    byDocument.set(document, tokens);
  }
  return tokens;
}
