/** The languages the quantity grammar knows, by ISO 639-1 code; English is the fallback. */
import type { QuantityLanguage } from '../types.js';
import { en } from './en.js';

const LANGUAGES: Record<string, QuantityLanguage> = { en };

/** quantityLanguage('en') === en; unknown codes fall back to English. */
export function quantityLanguage(code: string | null | undefined): QuantityLanguage {
  const base = (code ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return LANGUAGES[base] ?? en;
}

export { en };
