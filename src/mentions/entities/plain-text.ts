/** Spelling variants that name matching ignores: curly apostrophes and long dashes. */

// Matches the apostrophes of "Xi’an", "‘Golden" and "Oʼzbekiston"; must not match the plain "'" of "Xi'an".
const CURLY_APOSTROPHES = /[’‘ʼ]/g;
// Matches the dashes of "Kazakhstan–China" and "2024—2026"; must not match the hyphen of "Nur-Sultan".
const LONG_DASHES = /[‐‑–—]/g;

// Either of the above, tested first so that the common plain name costs no copy. Matches "Xi’an" and "2024—2026";
// must not match "Nur-Sultan".
const ANY_MARK = /[’‘ʼ‐‑–—]/;

/** Plain apostrophes: `plainApostrophes('Xi’an')` is "Xi'an". */
export function plainApostrophes(text: string): string {
  return ANY_MARK.test(text) ? text.replace(CURLY_APOSTROPHES, "'") : text;
}

/** Plain apostrophes and hyphens: `plainMarks('Kazakhstan–China’s')` is "Kazakhstan-China's". */
export function plainMarks(text: string): string {
  return ANY_MARK.test(text) ? text.replace(CURLY_APOSTROPHES, "'").replace(LONG_DASHES, '-') : text;
}
