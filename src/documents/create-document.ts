import type { Document, DocumentOverrides, RawDocument } from '../types.js';
import { detectLanguage } from './detect-language.js';
import { documentId } from './document-id.js';
import { normalizeText } from './normalize-text.js';
import { splitSentences } from './split-sentences.js';

// Matches "2023-01-12-trade-target.txt" and "reports/2024_07_03_summit.md"; must not match "report-2023.txt".
const DATE_IN_NAME = /(?:^|[/\\])(\d{4})[-_](\d{2})[-_](\d{2})[^/\\]*$/;

/** A date written at the start of a file name: `dateFromSourceName("x/2023-01-12-target.txt")` is "2023-01-12". */
export function dateFromSourceName(source: string): string | null {
  const match = DATE_IN_NAME.exec(source);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(iso) ? iso : null;
}

/** True for a real calendar date in ISO form: `isIsoDate("2024-02-30")` is false. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The first line of a plain-text report when it reads as a headline (short, no closing full stop). */
function headline(text: string): string | null {
  const first = text.slice(0, Math.min(text.length, 300)).split('\n', 1)[0] ?? '';
  if (first.length < 8 || first.length > 200 || /[.!?:;,]$/.test(first)) return null;
  return first;
}

/**
 * Turns what a source read into a clean document: normalized text, sentences, language, id, and the
 * metadata the user overrides win over. Returns null when no text is left after cleaning.
 */
export function createDocument(raw: RawDocument, overrides: DocumentOverrides = {}): Document | null {
  const text = normalizeText(raw.text);
  if (text === '') return null;
  const lang = overrides.lang ?? detectLanguage(text) ?? raw.lang;
  const title = raw.title?.trim() || (raw.format === 'text' ? headline(text) : null);
  return {
    id: documentId(text),
    source: raw.source,
    format: raw.format,
    outlet: overrides.outlet ?? raw.outlet,
    title: title || null,
    author: raw.author,
    published: overrides.published ?? raw.published ?? dateFromSourceName(raw.source),
    lang: lang ?? null,
    text,
    sentences: splitSentences(text, lang ?? 'en'),
  };
}
