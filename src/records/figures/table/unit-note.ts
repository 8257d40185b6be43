/**
 * Unit notes of table headings: "$ billion", "million US dollars", "thousand tonnes", "%". A note is read by the
 * quantity grammar itself, with a 1 put in front of it ("1 million US dollars") or after its currency sign
 * ("$1 billion"), so every language's currencies, scales and units count without a list of their own.
 */
import type { ExtractContext, Extractor, QuantityMention, Sentence } from '../../../types.js';
import type { UnitNote } from '../_draft.js';

/** Longest note worth reading, in characters: "million US dollars at current prices" is about as long as they come. */
const MAX_NOTE = 48;

/** Words that may open a note before its unit: "in $ billion". */
const NOTE_OPENERS = new Set(['in']);

/** The power of ten `value` is, or -1: 1e9 -> 9, 1 -> 0, 12 -> -1. */
function powerOfTen(value: number): number {
  if (!(value >= 1) || !Number.isFinite(value)) return -1;
  const exp = Math.round(Math.log10(value));
  return 10 ** exp === value ? exp : -1;
}

/** The texts tried for a note: "1 million US dollars", "1million US dollars", and "$1 billion" / "$ 1 billion". */
function attempts(note: string): string[] {
  const tried = [`1 ${note}`, `1${note}`];
  const space = note.indexOf(' ');
  const head = space < 0 ? note : note.slice(0, space);
  const rest = space < 0 ? '' : note.slice(space);
  tried.push(`${head}1${rest}`, `${head} 1${rest}`);
  return tried;
}

/**
 * Builds a note reader over a quantity extractor: `read('$ billion')` is {unit: 'USD', exp: 9}, `read('%')`
 * {unit: 'percent', exp: 0}, `read('thousand')` {unit: 'count', exp: 3}; null for words that are no unit
 * ("Exports", "China's customs": a count with no scale is no note; "thousand people" is).
 */
export function createNoteReader(
  quantities: Extractor<QuantityMention>,
  ctx: ExtractContext,
): (note: string) => UnitNote | null {
  const read = (text: string): UnitNote | null => {
    const sentence: Sentence = { index: -1, start: 0, end: text.length, text };
    const [mention] = quantities.extract(sentence, ctx);
    if (mention?.start !== 0 || mention.end !== text.length || mention.value === null) return null;
    const exp = powerOfTen(mention.value);
    if (exp < 0 || (mention.unit === 'count' && exp === 0)) return null;
    return { unit: mention.unit, exp };
  };
  return (raw) => {
    let note = raw.trim();
    const space = note.indexOf(' ');
    if (space > 0 && NOTE_OPENERS.has(note.slice(0, space).toLowerCase())) note = note.slice(space + 1);
    if (note === '' || note.length > MAX_NOTE) return null;
    for (const text of attempts(note)) {
      const found = read(text);
      if (found) return found;
    }
    return null;
  };
}
