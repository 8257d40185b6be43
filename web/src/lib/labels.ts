import taxonomy from '../../../data/taxonomy.json';
import type { CommitmentStatus } from '../api/types.js';

/** The promise-tracker columns, in the order a promise moves through them. */
export const STATUSES: readonly CommitmentStatus[] = [
  'not yet rated',
  'in the works',
  'stalled',
  'kept',
  'compromise',
  'broken',
];

const indicatorLabels = new Map<string, string>(taxonomy.indicators.map((i) => [i.code, i.label]));

/** An indicator for the reader: `indicatorLabel('trade.total')` is "Trade turnover (exports plus imports)". */
export function indicatorLabel(code: string): string {
  return indicatorLabels.get(code) ?? code;
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's English name: `countryName('KZ')` is "Kazakhstan"; an unknown code is itself. */
export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Parties for a heading: `partiesLabel(['CN', 'KZ'])` is "China–Kazakhstan". */
export function partiesLabel(parties: readonly string[]): string {
  return parties.map(countryName).join('–');
}

/** A direction for the reader: `directionLabel({from: 'KZ', to: 'CN'})` is "Kazakhstan → China". */
export function directionLabel(direction: { from: string; to: string } | null): string | null {
  return direction ? `${countryName(direction.from)} → ${countryName(direction.to)}` : null;
}

/** How long a period is, as the series separate them: "year", "half", "quarter", "month" or "other". */
export function periodGrain(period: { start: string | null; end: string | null } | null): string {
  if (!period?.start || !period.end) return 'other';
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000 + 1;
  if (days >= 365 && days <= 366) return 'year';
  if (days >= 181 && days <= 184) return 'half';
  if (days >= 90 && days <= 92) return 'quarter';
  if (days >= 28 && days <= 31) return 'month';
  return 'other';
}

const GRAIN_LABELS: Record<string, string> = {
  year: 'yearly',
  half: 'half-yearly',
  quarter: 'quarterly',
  month: 'monthly',
  other: 'other periods',
};

/** The grain at the end of a series key ("trade.total|CN,KZ||USD|year") for the reader: "yearly". */
export function grainLabel(seriesKey: string): string {
  const grain = seriesKey.split('|').pop() ?? 'other';
  return GRAIN_LABELS[grain] ?? grain;
}
