/** Regular expressions several files of the sources stage share. */

// Line breaks of any platform. Matches `\r\n`, `\n` and `\r`; not `\t`.
export const LINE_BREAK = /\r\n?|\n/;

// Runs of whitespace, no-break spaces included; global, for replaceAll-style use. Matches `" \n\t\u00a0"`; not `"a"`.
export const WHITESPACE = /\s+/g;
