/** The languages the quantity grammar knows, by ISO 639-1 code; English is the fallback. */
import type { QuantityLanguage } from '../types.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

const LANGUAGES: Record<string, QuantityLanguage> = { en, ru, zh };

/** quantityLanguage('en') === en; unknown codes fall back to English. */
export function quantityLanguage(code: string | null | undefined): QuantityLanguage {
  // Splits "en-GB" or "zh_CN" at the separator; must not split "en".
  const base = (code ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return LANGUAGES[base] ?? en;
}

export { en, ru, zh };
