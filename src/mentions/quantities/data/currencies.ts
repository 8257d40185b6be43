/**
 * ISO 4217 currency codes, names and symbols, taken from the ICU data that ships with Node (Intl), not typed by hand:
 * codes from Intl.supportedValuesOf('currency'), names from Intl.DisplayNames and the plural names
 * Intl.NumberFormat prints ("2 US dollars"), symbols from Intl.NumberFormat's symbol forms.
 */

/** Withdrawn codes still met in older reports ("420 million Finnish markka"). */
const HISTORIC_CODES = ['FIM', 'NLG', 'ESP', 'DEM', 'FRF', 'ITL', 'BEF', 'ATS', 'PTE', 'IEP', 'GRD'];

/** Codes that are also common English words or names: never read as currencies in running text ("ALL 5 solutions"). */
const WORD_LIKE_CODES = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MAD',
  'PEN',
  'SOS',
  'BOB',
  'MOP',
  'BAM',
  'CVE',
  'ERN',
  'STN',
]);

/** Symbols shared by several currencies: a language decides what they mean ("$" -> USD). */
const SHARED_SYMBOLS = new Set([
  '$',
  '£',
  '¥',
  '￥',
  'kr',
  'Kr',
  'R',
  'Rs',
  'Sh',
  'Fr',
  'Fr.',
  'Ft',
  'L',
  'K',
]);

let codeCache: string[] | null = null;

/** Every ISO 4217 code known to the runtime plus the historic ones: ["AED", ..., "ZWL", "FIM", ...]. */
export function currencyCodes(): string[] {
  if (!codeCache) {
    let current: string[] = [];
    try {
      current = Intl.supportedValuesOf('currency');
    } catch {
      current = [
        'USD',
        'EUR',
        'CNY',
        'RUB',
        'KZT',
        'GBP',
        'JPY',
        'INR',
        'UZS',
        'KGS',
        'TJS',
        'KRW',
        'TRY',
        'CHF',
      ];
    }
    codeCache = [...current, ...HISTORIC_CODES].filter((c) => !WORD_LIKE_CODES.has(c));
  }
  return codeCache;
}

/** Names and symbols of the currencies in one locale. */
export interface CurrencyNames {
  /** Lower-case names, singular and plural: {'us dollars': 'USD', 'kazakhstani tenge': 'KZT'}. */
  names: Map<string, string>;
  /** Unambiguous symbols, case-sensitive: {'₸': 'KZT', 'HK$': 'HKD', 'CN¥': 'CNY'}. */
  symbols: Map<string, string>;
}

const namesCache = new Map<string, CurrencyNames>();

/** Currency names and symbols for a locale from Intl: currencyNames('en').names.get('swiss francs') === 'CHF'. */
export function currencyNames(locale: string): CurrencyNames {
  const cached = namesCache.get(locale);
  if (cached) return cached;
  const names = new Map<string, string>();
  const symbolCodes = new Map<string, Set<string>>();
  let display: Intl.DisplayNames | null = null;
  try {
    display = new Intl.DisplayNames([locale], { type: 'currency' });
  } catch {
    display = null;
  }
  const samples = [1, 2, 5, 1.5];
  for (const code of currencyCodes()) {
    const name = display?.of(code);
    if (name && name !== code) names.set(name.toLowerCase(), code);
    for (const style of ['name', 'symbol', 'narrowSymbol'] as const) {
      let fmt: Intl.NumberFormat;
      try {
        fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: style });
      } catch {
        continue;
      }
      for (const n of style === 'name' ? samples : [1]) {
        const part = fmt.formatToParts(n).find((p) => p.type === 'currency')?.value;
        if (!part || part === code) continue;
        if (style === 'name') names.set(part.toLowerCase(), code);
        else {
          const set = symbolCodes.get(part) ?? new Set<string>();
          set.add(code);
          symbolCodes.set(part, set);
        }
      }
    }
  }
  const symbols = new Map<string, string>();
  for (const [symbol, codes] of symbolCodes) {
    const [only] = codes;
    // The regex matches one- or two-letter symbols such as "R" or "Kr" (too ambiguous); must not match "₸" or "HK$".
    if (codes.size === 1 && only && !SHARED_SYMBOLS.has(symbol) && !/^[A-Za-z]{1,2}$/.test(symbol)) {
      symbols.set(symbol, only);
    }
  }
  const result = { names, symbols };
  namesCache.set(locale, result);
  return result;
}

/** Symbols used worldwide whatever the language of the text, each with its most common currency. */
export const GLOBAL_SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  '￥': 'CNY',
  '₸': 'KZT',
  '₽': 'RUB',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  '₴': 'UAH',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  '₪': 'ILS',
  '₾': 'GEL',
  '₭': 'LAK',
  '₡': 'CRC',
  '฿': 'THB',
  '₮': 'MNT',
  '₼': 'AZN',
  '֏': 'AMD',
  元: 'CNY',
  円: 'JPY',
  ரூ: 'LKR',
};
