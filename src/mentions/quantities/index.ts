/**
 * Quantity mentions: "$41 billion", "over 4,700 enterprises", "doubled to $1 billion", "30%", "10 bcm".
 * One left-to-right scan anchored on digits and number words (scan.ts, running the parser recipes in parsers/),
 * then the refiners in order. Pure and total: any string in, mentions out, never an exception.
 */
import type { ExtractContext, Extractor, QuantityMention, Sentence } from '../../types.js';
import { type CompiledLanguage, compileLanguage } from './_compile.js';
import { quantityLanguage } from './lang/index.js';
import { dropNonFigures } from './refiners/01-drop-non-figures.js';
import { removeOverlaps } from './refiners/02-remove-overlaps.js';
import { toMentions } from './refiners/03-to-mentions.js';
import { scanQuantities } from './scan.js';

export type { QuantityLanguage } from './types.js';

export interface QuantityExtractorOptions {
  /** Fixes the language; otherwise each call uses ctx.lang (English when unknown). */
  lang?: string;
}

/** createQuantityExtractor().extract({index: 0, start: 0, end: 25, text: 'Trade reached $41 billion'}, ctx) -> one USD mention. */
export function createQuantityExtractor({ lang }: QuantityExtractorOptions = {}): Extractor<QuantityMention> {
  const fixed = lang ? compileLanguage(quantityLanguage(lang)) : null;
  // The compiled language of each ctx.lang seen: a lookup instead of parsing the code on every sentence.
  const byCode = new Map<string, CompiledLanguage>();
  return {
    name: 'quantities',
    extract(sentence: Sentence, ctx: ExtractContext): QuantityMention[] {
      try {
        let L = fixed ?? byCode.get(ctx.lang);
        if (!L) {
          L = compileLanguage(quantityLanguage(ctx.lang));
          byCode.set(ctx.lang, L);
        }
        const text = sentence.text;
        const found = scanQuantities(text, L);
        if (found.length === 0) return [];
        // Refiners, in order: drop non-figures before overlaps so a dropped year cannot hide a figure.
        const candidates = removeOverlaps(dropNonFigures(text, found, L, ctx.debug));
        return toMentions(sentence, candidates);
      } catch (error) {
        ctx.debug(() => `quantities: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      }
    },
  };
}
