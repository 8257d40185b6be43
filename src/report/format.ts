/** Number formatting shared by the report renderers. */

const SCALES: Array<[number, string]> = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'mn'],
];

// One formatter, built once: Number#toLocaleString with options builds a new one on every call.
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `amount(41e9, 'USD')` is "41 bn USD"; `amount(4700, 'count')` is "4,700"; `amount(30, 'percent')` is "30%". */
export function amount(value: number, unit: string): string {
  if (unit === 'percent') return `${TWO_DECIMALS.format(value)}%`;
  let text = TWO_DECIMALS.format(value);
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) {
      text = `${TWO_DECIMALS.format(value / scale)} ${word}`;
      break;
    }
  }
  return unit === 'count' ? text : `${text} ${unit}`;
}

/** `percent(0.383)` is "38%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
