/**
 * Text normalization: one block per line, single spaces, no control characters, no boilerplate lines.
 * The normalized text is what sentences, records and the document id are computed from.
 */

/** Lines that are site furniture, not reporting ("Back to top button", "Share on Facebook"). */
// Matches "Back to top button", "Share this article", "Print"; must not match "Back to top-level talks in Astana".
const BOILERPLATE_LINE =
  /^(?:back to top(?: button)?|scroll to top|share(?: this)?(?: article| story| page)?|share on \w+|tweet|print(?: this)?(?: page| article)?|email|subscribe(?: now)?|read more|related(?: articles| news)?:?|advertisement|skip to (?:main )?content|cookie settings|accept(?: all)? cookies)$/i;

/** Page furniture lines are short; longer lines are reporting even when they start like a byline. */
const FURNITURE_MAX_CHARS = 90;

/**
 * Page furniture that publishers print around an article: bylines, datelines with view counts, tag lists,
 * running PDF footers. Checked only on short lines.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  // Matches "Tags: Tokayev Xi Jinping" and "Share:"; must not match "Shares of KazMunayGas rose 3%."
  /^(?:tags?|topics?|keywords|filed under|share|related topics)\s*:/i,
  // Matches "3 July 2024, 16:25 2,317 views" and "Views: 1 842"; must not match "Views differ on the tariff."
  /(?:^views?:\s*[\d\s,.]+$|\d[\d,.\u00a0 ]*\s+views?$)/i,
  // Matches "By Daniyar Seitkali · 19 May 2023"; must not match "By 2030 trade should double."
  /^[Bb]y (?:\p{Lu}[\p{L}'’.-]+ ){1,3}[·|,–—-].{0,40}$|^[Bb]y \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u,
  // Matches "Ministry of Trade — page 1 of 2"; must not match "Page 3 of the statement lists 45 projects in all."
  /\bpage \d{1,4} of \d{1,4}$/i,
];

// A line of dates and times only. Matches "March 21, 2024March 22, 2024" and "Updated: 12.02.2024 10:15";
// must not match "In May 2024 trade rose." or the table row "2023 | 41.0 | 31.4".
const DATES_ONLY =
  /^(?:(?:published|updated|modified)\s*:?\s*)?(?:[\d\s,.:/·–—-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)+$/i;
// A month name or a numeric date inside a line. Matches "May" and "12.02.2024"; must not match "41.0".
const HAS_DATE = /[a-z]{3}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/i;

function isFurniture(line: string): boolean {
  if (line.length > FURNITURE_MAX_CHARS) return false;
  for (const pattern of FURNITURE_LINES) if (pattern.test(line)) return true;
  return DATES_ONLY.test(line) && HAS_DATE.test(line);
}

// Matches C0/C1 controls except \n and \t, and the BOM; must not match ordinary letters or spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u200b]/g;

// Matches runs of spaces and tabs, including no-break and other Unicode spaces, except a lone " " (already what a
// run becomes: leaving it saves a copy per word): matches "  ", "\t", " \u00a0"; must not match " " or "\n".
const SPACE_RUN =
  /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*| [ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

// Matches "\r\n" and a lone "\r"; must not match "\n".
const CARRIAGE_RETURN = /\r\n?/g;

// A character the replacements below would change (with two spaces in a row, all they change): a carriage return, a
// control character, a space other than " ". Matches "\r", "\u0001", "\u00a0"; must not match "Trade rose 5%.\n".
// One character class: an alternation with "  " would scan four times slower.
const NEEDS_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u200b\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

// A character at or above U+0300, where NFC may change something: below it no character decomposes or composes with
// its neighbour, so text without one is already NFC (and V8 answers for a one-byte string without a scan).
// Matches the "\u0301" of "e\u0301" and "’"; must not match "Trade rose 5% in Almaty".
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class is every character below U+0300
const MAY_NEED_NFC = /[^\u0000-\u02ff]/;

/** Normalizes text: `normalizeText("  Trade rose.\r\n\r\nBack to top button\n")` is "Trade rose.". */
export function normalizeText(text: string): string {
  const composed = MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
  // Most text needs none of the replacements: one scan tells, instead of one scan per replacement.
  const needsCleaning = NEEDS_CLEANING.test(composed) || composed.includes('  ');
  const unixLines =
    needsCleaning && composed.includes('\r') ? composed.replace(CARRIAGE_RETURN, '\n') : composed;
  const lines = (needsCleaning ? unixLines.replace(CONTROL, '') : unixLines).split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const clean = (needsCleaning ? line.replace(SPACE_RUN, ' ') : line).trim();
    if (clean === '' || BOILERPLATE_LINE.test(clean) || isFurniture(clean)) continue;
    kept.push(clean);
  }
  return kept.join('\n');
}

/** True when a line is site furniture: `isBoilerplateLine("Back to top button")` is true. */
export function isBoilerplateLine(line: string): boolean {
  const clean = line.trim();
  return BOILERPLATE_LINE.test(clean) || isFurniture(clean);
}
