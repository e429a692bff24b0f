// The one import of decimal.js: every amount is a Money from the cell to the printed text.
import DecimalBase from 'decimal.js';

const PRECISION = 40;

/** Decimal constructor with round-half-up, the rounding finance offices use. */
export const Decimal = DecimalBase.clone({ precision: PRECISION, rounding: DecimalBase.ROUND_HALF_UP });
export type Money = InstanceType<typeof Decimal>;

export const ZERO: Money = new Decimal(0);

const AMOUNT_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Parse already-normalized amount text ("3,232.07", "-12", "0.00"); null when it is not a plain number. */
export function parseAmount(text: string): Money | null {
  const t = text.trim();
  if (AMOUNT_RE.test(t)) return new Decimal(t);
  if (GROUPED_RE.test(t)) return new Decimal(t.replace(/,/g, ''));
  return null;
}

/** A number read from a spreadsheet cell; uses the shortest round-trip text, never binary arithmetic. */
export function fromNumber(n: number): Money {
  return new Decimal(String(n));
}

/** Money from decimal text known to be valid (tests, data files). */
export function money(text: string | number): Money {
  return new Decimal(typeof text === 'number' ? String(text) : text);
}

/** Sum of amounts; empty list sums to zero. */
export function sum(values: readonly (Money | null | undefined)[]): Money {
  // 0 + v is v itself when v is non-zero and fits the precision (plus() would round it and give a copy): start
  // from the first such value instead of allocating a copy; zeros add nothing (0 + -0 is +0, so they are skipped).
  let acc: Money | null = null;
  for (const v of values) {
    if (!v) continue;
    if (acc !== null) acc = acc.plus(v);
    else if (!v.isZero() && v.precision() <= PRECISION) acc = v;
    else if (!v.isZero()) acc = ZERO.plus(v);
  }
  return acc ?? ZERO;
}

/** Fixed-point text with `places` decimals, rounded half up ("3232.07"). */
export function formatAmount(m: Money, places = 2): string {
  return m.toFixed(places, Decimal.ROUND_HALF_UP);
}

/** Text without trailing zeros beyond what is needed ("2655.8", "97"). */
export function formatPlain(m: Money): string {
  return m.toFixed();
}

/** Number of decimals a plain-number text shows ("3.00" -> 2, "12" -> 0). */
export function decimalsOf(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}

/** Round to the number of decimals shown. */
export function roundTo(m: Money, places: number): Money {
  // Most amounts already have no more decimals than shown: no new Decimal for them (a big workbook has 100k).
  if (m.decimalPlaces() <= places) return m;
  return m.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/**
 * Exact equality without the copy decimal.js's equals() makes of its argument (a big workbook compares millions of
 * figures, nearly all equal): the same sign, exponent and digit words are the same value; anything else is left to
 * equals(). Only a shortcut to `true`, never to `false`, so it cannot change an answer.
 */
export function equalMoney(a: Money, b: Money): boolean {
  if (a === b) return true;
  const ad = a.d;
  const bd = b.d;
  if (ad && bd && a.s === b.s && a.e === b.e && ad.length === bd.length) {
    let i = 0;
    while (i < ad.length && ad[i] === bd[i]) i++;
    if (i === ad.length) return true;
  }
  return a.equals(b);
}

/** Exact equality of two amounts (null counts as zero). */
export function sameAmount(a: Money | null | undefined, b: Money | null | undefined): boolean {
  return (a ?? ZERO).equals(b ?? ZERO);
}

/** Percentage a/b with `places` decimals ("40.62"); null when b is zero. */
export function percentOf(a: Money, b: Money, places = 2): string | null {
  if (b.isZero()) return null;
  return a.times(100).dividedBy(b).toFixed(places, Decimal.ROUND_HALF_UP);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Largest number of cents centsOf answers for: sums of a million such figures stay safe integers. */
const MAX_CENTS = 1e12;

/**
 * The amount in whole cents, read from decimal.js's digit words without building a copy or a string; null when it
 * has more than 2 decimals or more than MAX_CENTS cents. Safe: decimal.js keeps `d` as base-1e7 words, most
 * significant first, whose first word holds the digits down to 10^(e - len(d[0]) + 1); with at most 2 decimals
 * every word's place value times 100 is a whole power of ten (or a whole division of a word whose lower digits
 * are zero), and every partial sum is an integer below 2^53.
 */
export function centsOf(m: Money): number | null {
  if (m.isZero()) return 0;
  if (m.decimalPlaces() > 2) return null;
  const d = m.d;
  if (!d) return null;
  const first = String(d[0]).length;
  let out = 0;
  for (let i = 0; i < d.length; i++) {
    const p = m.e - (first - 1) + 2 - 7 * i;
    if (p >= 0) {
      if (p >= POW10.length) return null;
      out += d[i] * POW10[p];
    } else {
      if (-p >= POW10.length) break;
      out += Math.trunc(d[i] / POW10[-p]);
    }
    if (out > MAX_CENTS) return null;
  }
  return m.s < 0 ? -out : out;
}
