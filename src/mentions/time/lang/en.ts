/** English words of time expressions: the only place the time parsers take English vocabulary from. */

/** Month names and their abbreviations, capitalized as written; numbers are 1-based. */
export const MONTHS: Readonly<Record<string, number>> = {
  January: 1,
  Jan: 1,
  February: 2,
  Feb: 2,
  March: 3,
  Mar: 3,
  April: 4,
  Apr: 4,
  May: 5,
  June: 6,
  Jun: 6,
  July: 7,
  Jul: 7,
  August: 8,
  Aug: 8,
  September: 9,
  Sept: 9,
  Sep: 9,
  October: 10,
  Oct: 10,
  November: 11,
  Nov: 11,
  December: 12,
  Dec: 12,
};

/** Cardinal numbers written as words, lower case ("fifteen years", "a decade"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** Ordinals for quarters and halves ("the third quarter", "1st half"); "last"/"final" is the last one. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Words that move a year, month or quarter from the published one ("last year" is -1). */
export const RELATIVE_OFFSETS: Readonly<Record<string, number>> = {
  last: -1,
  previous: -1,
  past: -1,
  this: 0,
  current: 0,
  same: 0,
  next: 1,
  following: 1,
};

/**
 * Prepositions that may stand before a time expression and become part of its text. The role
 * refiner reads the ones that change the role: since, by, until, before and their synonyms.
 */
export const PREPOSITIONS: readonly string[] = [
  'no later than',
  'not later than',
  'throughout',
  'prior to',
  'as of',
  'as at',
  'during',
  'through',
  'before',
  'since',
  'until',
  'till',
  'for',
  'in',
  'on',
  'at',
  'by',
];

/** Role a preposition gives to the point after it ("by 2030" is a deadline). */
export const PREPOSITION_ROLES: Readonly<Record<string, 'since' | 'by' | 'until' | 'before'>> = {
  since: 'since',
  by: 'by',
  'no later than': 'by',
  'not later than': 'by',
  until: 'until',
  till: 'until',
  through: 'until',
  before: 'before',
  'prior to': 'before',
};

/** Words before a bare year that make it a time without being part of the text ("the end of 2023", "from 2019", "dates back to 1992"). */
export const YEAR_CUES: readonly string[] = ['of', 'from', 'between', 'back to', 'around', 'circa'];

/** Words that continue a list of times ("in 2022 and 2023"): a bare year after one counts when a time ends just before. */
export const LIST_WORDS: readonly string[] = ['and', 'or', 'to'];

/**
 * Words after a four-digit number that make it a quantity, not a year ("2023 tonnes", "2030 people").
 * Lower case; compared case-insensitively.
 */
export const NUMBER_FOLLOWERS: readonly string[] = [
  '%',
  'percent',
  'per cent',
  'pct',
  'million',
  'billion',
  'thousand',
  'trillion',
  'mln',
  'bln',
  'bn',
  'mn',
  'tons',
  'tonnes',
  'tonne',
  'ton',
  'kg',
  'km',
  'hectares',
  'ha',
  'mw',
  'people',
  'persons',
  'units',
  'projects',
  'companies',
  'enterprises',
  'students',
  'jobs',
  'times',
  'dollars',
  'usd',
  'yuan',
  'tenge',
  'rubles',
  'roubles',
];

/**
 * Words that say "as of the report's date", by their last word: the words that must stand before it
 * ("present" only in "at present"), or that may ("now" in "until now"). Lower case, single-spaced.
 */
export const NOW_WORDS: Readonly<Record<string, { before: readonly string[]; required: boolean }>> = {
  currently: { before: [], required: false },
  presently: { before: [], required: false },
  nowadays: { before: [], required: false },
  today: { before: ['as of'], required: false },
  now: { before: ['as of', 'until', 'up to', 'right', 'by'], required: false },
  present: { before: ['at'], required: true },
  moment: { before: ['at the'], required: true },
  date: { before: ['to'], required: true },
  far: { before: ['so', 'thus'], required: true },
  time: { before: ['at this'], required: true },
  day: { before: ['to this'], required: true },
};

/** Vague future horizons, as written after "the" (lower case), and the label each one gets. */
export const VAGUE_FUTURE: Readonly<Record<string, string>> = {
  'near future': 'near future',
  'not too distant future': 'near future',
  'foreseeable future': 'foreseeable future',
  'coming years': 'coming years',
  'years to come': 'coming years',
  'next few years': 'coming years',
  'coming decades': 'coming decades',
  'coming months': 'coming months',
  'next few months': 'coming months',
  'months to come': 'coming months',
  'coming weeks': 'coming weeks',
  'short term': 'short term',
  'near term': 'near term',
  'medium term': 'medium term',
  'long term': 'long term',
};

/** Events "since" can refer to without a date ("since independence"): label only, dates null. */
export const SINCE_EVENTS: ReadonlyMap<string, string> = new Map([
  ['independence', 'independence'],
  ['the establishment of diplomatic relations', 'the establishment of diplomatic relations'],
  ['the start of the pandemic', 'the pandemic'],
  ['the beginning of the pandemic', 'the pandemic'],
  ['the outbreak of the pandemic', 'the pandemic'],
  ['the pandemic', 'the pandemic'],
  ['then', 'then'],
]);

/** Vague past spans ("in recent years"): label only, dates null. */
export const VAGUE_PAST: Readonly<Record<string, string>> = {
  'recent years': 'recent years',
  'recent months': 'recent months',
  'recent decades': 'recent decades',
};
