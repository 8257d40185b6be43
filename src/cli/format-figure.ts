import type { Figure } from '../types.js';
import type { Column } from './output.js';

const SCALES: Array<[number, string]> = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'mn'],
];

// Built once: Number#toLocaleString with options builds a new formatter on every call.
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const FOUR_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A number as a reader wants it: `readableNumber(41e9)` is "41 bn", `readableNumber(4700)` is "4,700". */
export function readableNumber(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) {
      return `${TWO_DECIMALS.format(value / scale)} ${word}`;
    }
  }
  return FOUR_DECIMALS.format(value);
}

/** A figure's value with its range: "41 bn", "3 bn–5 bn", or "" when neither is known. */
export function figureValue(figure: Pick<Figure, 'value' | 'low' | 'high'>): string {
  if (figure.value !== null) return readableNumber(figure.value);
  if (figure.low !== null && figure.high !== null)
    return `${readableNumber(figure.low)}–${readableNumber(figure.high)}`;
  return '';
}

/** Table and CSV columns shared by every list of figures. */
export const FIGURE_COLUMNS: Column<Figure>[] = [
  { header: 'text', value: (f) => f.text, max: 34 },
  { header: 'value', value: figureValue },
  { header: 'unit', value: (f) => f.unit },
  { header: 'approx', value: (f) => f.approx },
  { header: 'indicator', value: (f) => f.indicator },
  { header: 'parties', value: (f) => f.parties.join(',') },
  { header: 'direction', value: (f) => (f.direction ? `${f.direction.from}>${f.direction.to}` : '') },
  { header: 'period', value: (f) => f.period?.label },
  { header: 'kind', value: (f) => f.kind },
  { header: 'measure', value: (f) => f.measure, max: 40 },
];
