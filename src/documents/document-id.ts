import { createHash } from 'node:crypto';

/** Stable id of a document: 16 hex digits of the SHA-256 of its normalized text, case and spacing folded. */
export function documentId(normalizedText: string): string {
  // The id must not change when only letter case or spacing differs between two copies of one report.
  const folded = normalizedText.toLowerCase().replace(/\s+/g, ' ');
  return createHash('sha256').update(folded).digest('hex').slice(0, 16);
}
