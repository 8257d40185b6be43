/** Dates as publishers write them, to ISO YYYY-MM-DD; the calendar date as written, never shifted by time zone. */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// ISO 8601 and its look-alikes, year first. Matches `2024-07-03T08:00:00+06:00`, `2024/07/03`, `2024.7.3`;
// not `03-07-2024` or `2024-07`.
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;

// Compact dates, alone or as a PDF date. Matches `D:20240703090000Z`, `20240703`; not `2024070` or `D:2024`.
const COMPACT = /^(?:D:)?(\d{4})(\d{2})(\d{2})(?:\d{2,6})?(?:\D|$)/;

// RFC 822 / 2822 and prose, day before month. Matches `Wed, 03 Jul 2024 08:00:00 GMT`, `3 July 2024`;
// not `July 3, 2024`.
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

// Month before day. Matches `July 3, 2024`, `Jul 3 2024`; not `3 July 2024`.
const MONTH_DAY_YEAR = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

// Chinese and Japanese dates. Matches `2024年7月3日`; not `2024年7月`.
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** A published date as ISO YYYY-MM-DD, or null when unparseable: `toIsoDate('Wed, 03 Jul 2024 08:00:00 GMT')` is "2024-07-03". */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let match = YEAR_FIRST.exec(text) ?? CJK.exec(text);
  if (match) return isoDate(match[1], match[2], match[3]);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return isoDate(match[3], monthNumber(match[2]), match[1]);
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return isoDate(match[3], monthNumber(match[1]), match[2]);
  match = COMPACT.exec(text);
  if (match) return isoDate(match[1], match[2], match[3]);
  return null;
}

function monthNumber(name: string | undefined): string | undefined {
  const month = name ? MONTHS[name.slice(0, 3).toLowerCase()] : undefined;
  return month === undefined ? undefined : String(month);
}

function isoDate(year?: string, month?: string, day?: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
