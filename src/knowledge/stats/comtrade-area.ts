/** Comtrade reporter and partner codes to ISO alpha-2, telling countries from world, area and former economies. */
import countries from 'i18n-iso-countries/index.js';
import { isoCode } from './_cells.js';

/** What a Comtrade area is: a country (its alpha-2 code), an aggregate, a former economy, or unknown. */
export type ComtradeArea =
  | { kind: 'country'; code: string }
  | { kind: 'aggregate' }
  | { kind: 'former' }
  | { kind: 'unknown' };

/** M49 codes Comtrade uses where the UN list has another one (France 251, not 250; USA 842, not 840). */
const COMTRADE_M49: Readonly<Record<number, string>> = {
  251: 'FR',
  579: 'NO',
  699: 'IN',
  757: 'CH',
  842: 'US',
};

/**
 * World (0), EU (97) and the "not elsewhere specified" areas, bunkers, free zones and special categories.
 * 490 "Other Asia, nes" stands for Taiwan in practice, but the data does not say so: it is skipped too.
 */
const AGGREGATE_M49: ReadonlySet<number> = new Set([
  0, 97, 129, 221, 290, 471, 472, 473, 490, 492, 527, 536, 568, 577, 636, 637, 697, 837, 838, 839, 849, 879,
  899,
]);

/** Economies that no longer exist or were grouped (USSR, Yugoslavia, Belgium-Luxembourg, SACU ...): no alpha-2 code today. */
const FORMER_M49: ReadonlySet<number> = new Set([
  58, 200, 230, 278, 280, 530, 582, 590, 592, 711, 720, 736, 810, 866, 868, 886, 890, 891,
]);
const FORMER_ISO: ReadonlySet<string> = new Set(['SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'ANT', 'BLX']);

// Matches "W00", "WLD", "_X", "EUR", "EUN", "EU"; must not match "KAZ" or "CN".
const AGGREGATE_ISO = /^(?:W00|WLD|_\w*|EUR|EUN|EU)$/;
// Matches "World", "Areas, nes", "Other Asia, n.e.s.", "Bunkers", "Free Zones"; must not match "Kazakhstan".
const AGGREGATE_NAME =
  /^world$|\bn\.?e\.?s\.?$|\bnes\b|^areas\b|^bunkers$|^free zones$|^special categories$/i;

/**
 * The area a Comtrade row names, by ISO code first, then M49 code, then name:
 * `comtradeArea({ iso: 'KAZ', code: '398' })` is {kind 'country', code 'KZ'}; `{ iso: 'W00', code: '0' }` is an aggregate.
 */
export function comtradeArea({
  iso,
  code,
  name = '',
}: {
  iso: string;
  code: string;
  name?: string;
}): ComtradeArea {
  const upper = iso.toUpperCase();
  if (upper !== '') {
    if (AGGREGATE_ISO.test(upper)) return { kind: 'aggregate' };
    if (FORMER_ISO.has(upper)) return { kind: 'former' };
    const alpha2 = isoCode(upper);
    if (alpha2 !== null) return { kind: 'country', code: alpha2 };
  }
  // Matches "398", "0", "058"; must not match "KAZ" or "3.5".
  if (/^\d{1,3}$/.test(code)) {
    const m49 = Number(code);
    if (AGGREGATE_M49.has(m49)) return { kind: 'aggregate' };
    if (FORMER_M49.has(m49)) return { kind: 'former' };
    const alpha2 = COMTRADE_M49[m49] ?? countries.numericToAlpha2(m49);
    if (alpha2) return { kind: 'country', code: alpha2 };
  }
  if (AGGREGATE_NAME.test(name.trim())) return { kind: 'aggregate' };
  return { kind: 'unknown' };
}
