/**
 * Language identification with ELD (Efficient Language Detector, ISO 639-1 codes). Its tables take about
 * 100 ms to load, so they load on first use only: `--lang` and stores that never detect skip the cost.
 */

import { clearlyEnglish } from './clearly-english.js';

type Detector = { detect(text: string): { language: string; isReliable(): boolean } };

let detector: Detector | null = null;

/** Loads the language tables once; call before `detectLanguage`. */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  const module = (await import('eld/extrasmall')) as unknown as { eld: Detector };
  detector = module.eld;
}

/** How much text is enough to tell a language; more only costs time. */
const SAMPLE_CHARS = 600;

/**
 * ISO 639-1 code of a text, or null when unsure: `detectLanguage("Trade between the two countries rose.")` is "en".
 * Plainly English text is answered without ELD (see clearly-english.ts); the rest goes to ELD.
 * Requires `loadLanguageDetector()` to have run.
 */
export function detectLanguage(text: string): string | null {
  if (!detector) throw new Error('detectLanguage: call loadLanguageDetector() first');
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (clearlyEnglish(sample)) return 'en';
  const result = detector.detect(sample);
  if (!result.language) return null;
  return result.language;
}
