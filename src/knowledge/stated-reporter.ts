import { countryCode } from '../mentions/countries/index.js';

// Whose statistics a sentence quotes. Matches "China's customs", "Kazakhstan's Bureau of National Statistics",
// "Chinese customs data", "the Kazakh statistics office"; must not match "customs reform" (no country before it).
const QUOTED_STATISTICS =
  /\b([\p{Lu}][\p{L}-]+)(?:['’]s)?\s+(?:(?:general\s+administration\s+of\s+|state\s+|national\s+)?customs|(?:bureau\s+of\s+(?:national\s+)?)?statistic(?:s|al)|national\s+statistics|statistics\s+(?:office|bureau|committee|agency))\b/giu;

// Matches "Customs of China" and "Statistics of the Republic of Kazakhstan"... up to the country's first word;
// must not match "customs of the region" (the word is then not a country, and countryCode says so).
const CUSTOMS_OF =
  /\b(?:customs|statistics)\s+of\s+(?:the\s+)?(?:people['’]s\s+republic\s+of\s+|republic\s+of\s+)?([\p{Lu}][\p{L}-]+)/giu;

/**
 * The country whose official statistics a figure quotes, from its sentence, else from the outlet's name when the
 * outlet is that country's statistics or customs body: "according to China's customs, trade reached $41 billion"
 * gives "CN"; an outlet "Bureau of National Statistics of Kazakhstan" gives "KZ"; otherwise null.
 */
export function statedReporter(sentence: string, outlet: string | null): string | null {
  QUOTED_STATISTICS.lastIndex = 0;
  for (let match = QUOTED_STATISTICS.exec(sentence); match; match = QUOTED_STATISTICS.exec(sentence)) {
    const code = countryCode(match[1] ?? '');
    if (code) return code;
  }
  CUSTOMS_OF.lastIndex = 0;
  for (let match = CUSTOMS_OF.exec(sentence); match; match = CUSTOMS_OF.exec(sentence)) {
    const code = countryCode(match[1] ?? '');
    if (code) return code;
  }
  if (outlet && /statistic|customs/i.test(outlet)) {
    // "Bureau of National Statistics of Kazakhstan": the country follows the last "of".
    const at = outlet.toLowerCase().lastIndexOf(' of ');
    const code = at >= 0 ? countryCode(outlet.slice(at + 4)) : null;
    if (code) return code;
  }
  return null;
}
