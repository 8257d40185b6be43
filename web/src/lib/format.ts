/** Numbers and dates for the reader: 41 bn USD, 4,700, 3 Jul 2024. */

const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'mn'],
];

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const scaled = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** A value with its scale word: `formatNumber(41e9)` is "41 bn", `formatNumber(4700)` is "4,700". */
export function formatNumber(value: number): string {
  const size = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (size >= scale) return `${scaled.format(value / scale)} ${word}`;
  }
  return plain.format(value);
}

/** A value with its unit: `formatValue(41e9, 'USD')` is "41 bn USD", `formatValue(4700, 'count')` is "4,700". */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  if (unit === 'count') return formatNumber(value);
  if (unit === 'percent') return `${plain.format(value)}%`;
  if (unit === 'pp') return `${plain.format(value)} pp`;
  if (unit === 'factor') return `×${plain.format(value)}`;
  return `${formatNumber(value)} ${unit}`;
}

/** A share: `formatRatio(0.31)` is "31%". */
export function formatRatio(ratio: number): string {
  return percent.format(ratio);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An ISO date for the reader: `formatDate('2024-07-03')` is "3 Jul 2024"; null is "undated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}

/** Parties as a relationship id for URLs: ['CN', 'KZ'] is "CN-KZ". */
export function pairId(parties: readonly string[]): string {
  return parties.join('-');
}

/** A count with its noun: `formatCount(1, 'document')` is "1 document", `formatCount(4700, 'figure')` "4,700 figures". */
export function formatCount(count: number, noun: string): string {
  return `${plain.format(count)} ${count === 1 ? noun : `${noun}s`}`;
}

// A deadline label that already says how it relates to the date. Matches "by 2030", "in the near future",
// "within five years"; not "2030" or "near future".
const LEADING_PREPOSITION = /^(?:by|in|within|until|before|after|over|during|from|since|to)\s/i;

/** When a target is due, as a phrase: `formatDeadline('2030')` is "by 2030", `formatDeadline('by 2030')` too; null is "no stated deadline". */
export function formatDeadline(label: string | null | undefined): string {
  if (!label) return 'no stated deadline';
  return LEADING_PREPOSITION.test(label) ? label : `by ${label}`;
}
