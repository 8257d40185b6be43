/**
 * A fast answer for the commonest case: text that is plainly English. Language identification by n-grams
 * (ELD) costs about 100 µs a document, the largest part of ingesting a short report; English reporting
 * announces itself through its function words, which no other language writes as words ("the", "and",
 * "of", "with" ...). Only text that clears a high bar takes this path; anything else goes to ELD.
 */

/** Function words of English that are not words of other Latin-script languages. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'of',
  'to',
  'with',
  'that',
  'for',
  'was',
  'were',
  'has',
  'have',
  'from',
  'by',
  'is',
  'are',
  'will',
  'which',
  'this',
  'its',
  'their',
]);

// Matches a run of ASCII letters (a word), "trade" in "trade,"; must not match digits or "é".
const WORD = /[A-Za-z]+/g;

/** At least this share of words are English function words (English prose: 30-45%; other languages: under 5%). */
const MIN_SHARE = 0.2;
/** And at least this many "the": one stray "the" in a French quotation is not English. */
const MIN_THE = 3;
/** And at most this share of characters outside ASCII (Cyrillic or Chinese text quoting English). */
const MAX_NON_ASCII = 0.05;

/** True when `sample` is English beyond doubt: `clearlyEnglish('The sides agreed that the trade of the two ...')`. */
export function clearlyEnglish(sample: string): boolean {
  let nonAscii = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) > 0x7f) nonAscii++;
  if (nonAscii > sample.length * MAX_NON_ASCII) return false;
  let words = 0;
  let english = 0;
  let the = 0;
  for (const match of sample.matchAll(WORD)) {
    words++;
    const word = match[0].length <= 5 ? match[0].toLowerCase() : '';
    if (ENGLISH_WORDS.has(word)) {
      english++;
      if (word === 'the') the++;
    }
  }
  return words >= 20 && the >= MIN_THE && english >= words * MIN_SHARE;
}
