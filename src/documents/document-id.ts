import { createHash } from 'node:crypto';

// A run of whitespace that is not a lone " " (a lone one is already what a run becomes, and leaving it saves a copy
// per word): matches "\n", "  " and "\u00a0"; must not match " " between two words.
const SPACE_RUN = / \s+|[^\S ]\s*/g;

/** Stable id of a document: 16 hex digits of the SHA-256 of its normalized text, case and spacing folded. */
export function documentId(normalizedText: string): string {
  // The id must not change when only letter case or spacing differs between two copies of one report.
  const folded = normalizedText.toLowerCase().replace(SPACE_RUN, ' ');
  return createHash('sha256').update(folded).digest('hex').slice(0, 16);
}
