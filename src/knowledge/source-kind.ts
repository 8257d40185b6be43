import { readFileSync } from 'node:fs';
import { AccordError, errorMessage } from '../errors.js';

/** Kinds of source, highest first: when sources disagree, consensus follows the highest (AidData's rule). */
export const SOURCE_KINDS = [
  'official',
  'implementing agency',
  'international body',
  'media',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Rank of a kind: 0 is the most authoritative. */
export function sourceRank(kind: SourceKind): number {
  return SOURCE_KINDS.indexOf(kind);
}

/** Outlet names mapped to kinds by the user, matched case-insensitively. */
export type OutletKinds = ReadonlyMap<string, SourceKind>;

// Matches "Ministry of Trade and Integration", "Bureau of National Statistics", "General Administration of
// Customs", "Press service of the President"; must not match "Steppe Business Review".
const OFFICIAL =
  /\b(?:ministry|ministries|ministers?|government|bureau of (?:national )?statistics|statistics (?:office|committee|agency)|customs|administration|presiden(?:t|cy|tial)|parliament|embassy|consulate|state council|cabinet|akimat|national bank|central bank|press service)\b/i;
// Matches "Kazakhstan Temir Zholy (railways)", "Development Bank of Kazakhstan", "KazMunayGas"; not "Central Asia Wire".
const AGENCY =
  /\b(?:railways?|temir zholy|development bank|exim ?bank|investment (?:fund|agency|corporation)|kazakh invest|port authority|national company|munaygas|cnpc|sinopec|state grid)\b/i;
// Matches "World Bank", "United Nations", "UN Comtrade", "Asian Development Bank", "IMF"; not "Unity Daily".
const INTERNATIONAL =
  /\b(?:united nations|un comtrade|world bank|imf|international monetary fund|asian development bank|adb|aiib|ebrd|oecd|wto|world trade organization|eurostat|european commission|unctad|fao|sco secretariat)\b/i;

/**
 * The kind of an outlet: the user's table first, then its name: `sourceKind("Ministry of Trade and Integration")`
 * is "official", `sourceKind("Central Asia Wire")` is "media", `sourceKind(null)` is "other".
 */
export function sourceKind(outlet: string | null, table: OutletKinds = new Map()): SourceKind {
  if (!outlet) return 'other';
  const configured = table.get(outlet.toLowerCase());
  if (configured) return configured;
  if (INTERNATIONAL.test(outlet)) return 'international body';
  if (OFFICIAL.test(outlet)) return 'official';
  if (AGENCY.test(outlet)) return 'implementing agency';
  return 'media';
}

/**
 * Reads a JSON file mapping outlet names to kinds: `{"Steppe Business Review": "media", "Kazinform": "official"}`.
 * A bad file is an AccordError naming the file and the entry.
 */
export function loadOutletKinds(path: string): OutletKinds {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AccordError('BAD_INPUT', `cannot read outlet kinds from ${path}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AccordError('BAD_INPUT', `${path}: expected an object of "outlet": "kind"`);
  }
  const table = new Map<string, SourceKind>();
  for (const [outlet, kind] of Object.entries(data)) {
    if (!SOURCE_KINDS.includes(kind as SourceKind)) {
      throw new AccordError(
        'BAD_INPUT',
        `${path}: "${outlet}" has kind "${kind}"; use one of ${SOURCE_KINDS.join(', ')}`,
      );
    }
    table.set(outlet.toLowerCase(), kind as SourceKind);
  }
  return table;
}
