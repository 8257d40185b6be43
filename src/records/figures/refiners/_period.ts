/** Readers the period refiner shares: comparison bases, target years, "a year earlier", "the same period". */
import type { Period, TimeMention } from '../../../types.js';
import type { SentenceView, Token } from '../_draft.js';
import { PERIOD_NOUNS, SAME_PERIOD_BASES, SAME_WORDS } from '../lang/en.js';

/** Words that make a time the base of a change, not its period: "down 2.7 percent from 2019". */
const BASE_WORDS = new Set(['from', 'than', 'against', 'on', 'compared', 'with', 'over']);

/** Words that make a time a comparison base for any figure: "7.5% more than in January-June 2023". */
const COMPARISON_WORDS = new Set(['than', 'against', 'versus', 'vs', 'compared']);

/**
 * First token of "the same period" before the time starting at token k ("the same period in 2023", "the same
 * months of 2023", "the same period last year"), or -1 when no such phrase stands before it.
 */
function samePeriodStart(tokens: Token[], k: number): number {
  let j = k - 1;
  const w = tokens[j]?.lower;
  if (w === 'of' || w === 'in') j--;
  if (!PERIOD_NOUNS.has(tokens[j]?.lower ?? '') || !SAME_WORDS.has(tokens[j - 1]?.lower ?? '')) return -1;
  return tokens[j - 2]?.lower === 'the' ? j - 2 : j - 1;
}

/** True when "the same period" opens the time at token k after a base word: "up 10% from the same period in 2023". */
function isSamePeriodBase(tokens: Token[], k: number): boolean {
  const start = samePeriodStart(tokens, k);
  return start > 0 && SAME_PERIOD_BASES.has((tokens[start - 1] as Token).lower);
}

/** True when the time starting at token k is introduced as a change's base ("from 2019", "compared with 2022"). */
export function isChangeBase(tokens: Token[], k: number): boolean {
  if (isSamePeriodBase(tokens, k)) return true;
  const head = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  return (
    (BASE_WORDS.has(head) && head !== 'over' && head !== 'with') ||
    (BASE_WORDS.has(before) && before !== 'over')
  );
}

/**
 * True when the time starting at token k is what a figure is compared with, whatever the figure's kind:
 * "$15.8 billion, 7.5% more than in January-June 2023", "up 30 percent on 2022", "compared with 2021",
 * "from the same period of 2023".
 * "from 2019 to 2023" (a range) and "on 3 July" (a day) are not bases.
 */
export function isComparisonBase(tokens: Token[], k: number, time: TimeMention): boolean {
  if (isSamePeriodBase(tokens, k)) return true;
  const head = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  if (COMPARISON_WORDS.has(head) || COMPARISON_WORDS.has(before)) return true;
  if ((head === 'with' || before === 'with') && tokens[k - (head === 'with' ? 1 : 2)]?.lower === 'compared')
    return true;
  // Matches the label "2022" of "on 2022"; must not match "2024-07-03" (a day: "on 3 July").
  return head === 'on' && /^\d{4}$/.test(time.period.label);
}

/** Nouns whose year after "for" is a deadline: "goal for 2030". A "plan for 2024" is the plan of that year. */
const DEADLINE_NOUNS = new Set(['target', 'targets', 'goal', 'goals', 'aim', 'objective', 'ambition']);

/**
 * True when a year after "for" names a target's deadline: "a $35 billion trade goal for 2030", "a goal of $40 billion
 * for 2030"; "trade for 2022" and "the plan for 2024" are periods. k is the time's first token, which is "for".
 */
export function isTargetYear(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'for') return false;
  // "goal of $40 billion for 2030": only a quantity and "of" may stand between the noun and "for".
  let j = k - 1;
  while (j >= 0 && (tokens[j] as Token).quantity >= 0) j--;
  if (j < k - 1 && tokens[j]?.lower === 'of') j--;
  const noun = tokens[j];
  return !!noun && noun.quantity < 0 && DEADLINE_NOUNS.has(noun.lower);
}

/** A target's year read as a deadline: {label 'by 2030', start null, end 2030-12-31}. */
export function asDeadline(period: Period): Period {
  return { label: `by ${period.label}`, start: null, end: period.end };
}

/** Words after a level that move it one year back: "down from €856 billion a year earlier". */
const YEAR_BACK = new Set([
  'a year earlier',
  'a year before',
  'a year ago',
  'the year before',
  'the previous year',
]);

/** First words of YEAR_BACK ("a", "the"): only after one of them are the three words worth joining. */
const YEAR_BACK_FIRSTS: ReadonlySet<string> = new Set(
  [...YEAR_BACK].map((words) => words.split(' ')[0] ?? ''),
);

/** True when the words right after token `last` say "a year earlier": the level is the year before its sentence's. */
export function isYearEarlier(tokens: Token[], last: number): boolean {
  if (!YEAR_BACK_FIRSTS.has(tokens[last + 1]?.lower ?? '')) return false;
  const three = [1, 2, 3].map((d) => tokens[last + d]?.lower ?? '').join(' ');
  return YEAR_BACK.has(three);
}

// Matches the year at the start of "2023", "2024-H1", "2024-01-01"; must not match "by 2030" or "near future".
const LEADING_YEAR = /^\d{4}/;
// Matches each year of a label: both of "2024-01..2024-05" and "2019-2024"; must not match the "01" of "2024-01".
const LABEL_YEARS = /(^|\.\.|-)(\d{4})(?!\d)/g;

/**
 * The same period one year back: 2023 -> 2022, 2024-H1 -> 2023-H1, 2024-01..2024-05 -> 2023-01..2023-05; null when
 * the period is not dated.
 */
export function yearBefore(period: Period): Period | null {
  const { label, start, end } = period;
  if (!start || !end || !LEADING_YEAR.test(label)) return null;
  const back = (text: string) =>
    text.replace(LABEL_YEARS, (_all, lead: string, year: string) => `${lead}${Number(year) - 1}`);
  return { label: back(label), start: back(start), end: back(end) };
}

/** Sentences already read for "the same period", so that each is read once however many figures it has. */
const samePeriodSeen = new WeakMap<SentenceView, boolean>();

/** True when the sentence says its figures share the period of the one before: "over the same period". */
export function saysSamePeriod(view: SentenceView): boolean {
  const seen = samePeriodSeen.get(view);
  if (seen !== undefined) return seen;
  const { tokens } = view;
  let found = false;
  for (let k = 1; k < tokens.length && !found; k++) {
    const token = tokens[k] as Token;
    if (token.time >= 0 || token.quantity >= 0 || tokens[k - 1]?.lower !== 'same') continue;
    // "compared with the same period": a base, not the period the figures share.
    const base = tokens[k - 2]?.lower === 'the' ? tokens[k - 3] : tokens[k - 2];
    found =
      (token.lower === 'period' || token.lower === 'year' || token.lower === 'months') &&
      !SAME_PERIOD_BASES.has(base?.lower ?? '');
  }
  samePeriodSeen.set(view, found);
  return found;
}
