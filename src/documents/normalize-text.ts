/**
 * Text normalization: one block per line, single spaces, no control characters, no boilerplate lines.
 * The normalized text is what sentences, records and the document id are computed from.
 */

/** Lines that are site furniture, not reporting ("Back to top button", "Share on Facebook"). */
// Matches "Back to top button", "Share this article", "Print"; must not match "Back to top-level talks in Astana".
const BOILERPLATE_LINE =
  /^(?:back to top(?: button)?|scroll to top|share(?: this)?(?: article| story| page)?|share on \w+|tweet|print(?: this)?(?: page| article)?|email|subscribe(?: now)?|read more|related(?: articles| news)?:?|advertisement|skip to (?:main )?content|cookie settings|accept(?: all)? cookies)$/i;

// Matches C0/C1 controls except \n and \t, and the BOM; must not match ordinary letters or spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u200b]/g;

// Matches runs of spaces and tabs, including no-break and other Unicode spaces; must not match "\n".
const SPACE_RUN = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Normalizes text: `normalizeText("  Trade rose.\r\n\r\nBack to top button\n")` is "Trade rose.". */
export function normalizeText(text: string): string {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const clean = line.replace(SPACE_RUN, ' ').trim();
    if (clean === '' || BOILERPLATE_LINE.test(clean)) continue;
    kept.push(clean);
  }
  return kept.join('\n');
}

/** True when a line is site furniture: `isBoilerplateLine("Back to top button")` is true. */
export function isBoilerplateLine(line: string): boolean {
  return BOILERPLATE_LINE.test(line.trim());
}
