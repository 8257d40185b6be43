/** Exact scaling of decimal strings: "4.7" x 10^9 is 4700000000, not 4.7 * 1e9 (4699999999.999999). */

// Matches the zeros in "0500000"; must not match the zero of "0" alone or of "10".
const LEADING_ZEROS = /^0+(?=\d)/;

/** Shifts the decimal point of a plain decimal string ("-4.7") by `exp` places: shiftDecimal("4.7", 9) === "4700000000". */
export function shiftDecimal(dec: string, exp: number): string {
  const negative = dec.charCodeAt(0) === 45;
  const body = negative ? dec.slice(1) : dec;
  const dot = body.indexOf('.');
  let int = dot < 0 ? body : body.slice(0, dot);
  let frac = dot < 0 ? '' : body.slice(dot + 1);
  if (exp > 0) {
    if (frac.length <= exp) {
      int += frac + '0'.repeat(exp - frac.length);
      frac = '';
    } else {
      int += frac.slice(0, exp);
      frac = frac.slice(exp);
    }
  } else if (exp < 0) {
    const k = -exp;
    if (int.length <= k) {
      frac = '0'.repeat(k - int.length) + int + frac;
      int = '0';
    } else {
      frac = int.slice(int.length - k) + frac;
      int = int.slice(0, int.length - k);
    }
  }
  int = int.replace(LEADING_ZEROS, '') || '0';
  const out = frac.length > 0 ? `${int}.${frac}` : int;
  return negative ? `-${out}` : out;
}

/** The value of a decimal string times 10^exp times an integer multiplier: scaleDecimal("14.5", 9) === 14500000000. */
export function scaleDecimal(dec: string, exp: number, mult = 1): number {
  const v = Number(exp === 0 ? dec : shiftDecimal(dec, exp));
  return mult === 1 ? v : v * mult;
}

/** A number as a plain decimal string without exponent: plainDecimal(2.5e9) === "2500000000"; NaN/Infinity give null. */
export function plainDecimal(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(n);
  if (s.indexOf('e') < 0) return s;
  const [mant = '0', e = '0'] = s.split('e');
  return shiftDecimal(mant, Number(e));
}
