// Does an identity hold? Compared the way a clerk reads the table: a real error is a difference in the stored values
// of at least half a unit of the last shown decimal (0.005 万元); a difference that only the shown, rounded figures
// have is display rounding, never an error.
import { Decimal, equalMoney, money, roundTo, ZERO, type Money } from '../money';
import { shownPlaces, shownValue, valueOf } from '../rules/support/compare';
import { factorOf, signOf, unitFactor, type Identity, type IdentitySpec } from './identity';
import { CellAmount, exactCents } from '../tables/amounts';
import type { Amount, TableRow } from '../tables/types';

/** ok; rounding: only the shown figures differ; hidden: the stored values differ by less than half a unit; mismatch. */
export type IdentityStatus = 'ok' | 'rounding' | 'hidden' | 'mismatch';

/** The outcome of comparing an identity's target with its parts. */
export interface IdentityVerdict {
  status: IdentityStatus;
  /** The target as shown (mismatch, rounding) or stored (hidden). */
  actual: Money;
  /** What the parts give, as shown (mismatch, rounding) or stored (hidden). */
  expected: Money;
  /** |actual − expected|. */
  diff: Money;
  /** Decimals to print the three figures with. */
  places: number;
  /** target − Σ parts on the stored values (the correction a wrong target needs is −residual). */
  residual: Money;
}

/** Differences below this are binary noise from formulas (0.1 + 0.2), never a clerk's figure. */
const NOISE = money('0.000000001');
const HALF_CENT = money('0.005');
const MAX_PLACES = 6;

/** Decimals a cell's format shows, at most 2 (General, or no cell, counts as 2). */
function formatPlaces(a: Amount): number {
  const d = a.cell?.decimals;
  return d === undefined ? 2 : Math.min(d, 2);
}

/**
 * The largest difference that is still rounding: half a unit of the last decimal shown, in the coarsest term —
 * half a cent normally (0.005 万元), half a 元 behind an integer format (Shanghai prints 元 as #,##0 and stores
 * the cents), 50 元 for a 万元 figure compared with a 元 table.
 */
export function toleranceOf(i: Identity): Money {
  let scale = 0;
  const consider = (a: Amount, f: number) => {
    const unit = f * 10 ** (2 - formatPlaces(a));
    if (unit > scale) scale = unit;
  };
  consider(i.target, 1);
  i.parts.forEach((p, k) => consider(p, factorOf(i, k)));
  return scale === 1 ? HALF_CENT : HALF_CENT.times(scale);
}

/** True when the tolerance is coarser than half a cent of the target's own unit (integer formats, mixed units). */
function coarse(i: Identity): boolean {
  return !toleranceOf(i).equals(HALF_CENT);
}

function storedPlaces(values: readonly Money[]): number {
  let p = 0;
  for (const v of values) p = Math.max(p, Math.min(v.decimalPlaces(), MAX_PLACES));
  return p;
}

function termValue(v: Money, sign: 1 | -1, factor: number): Money {
  const scaled = factor === 1 ? v : v.times(factor);
  return sign === 1 ? scaled : scaled.negated();
}

/** Σ parts on stored and on shown values. */
function partSums(i: Identity): { stored: Money; shown: Money; sameShown: boolean } {
  let stored: Money = ZERO;
  let shown: Money = ZERO;
  let sameShown = true;
  i.parts.forEach((a, k) => {
    const v = valueOf(a);
    const s = shownValue(a);
    if (!v.isZero()) stored = stored.plus(termValue(v, signOf(i, k), factorOf(i, k)));
    if (s !== v) sameShown = false;
    if (!s.isZero()) shown = shown.plus(termValue(s, signOf(i, k), factorOf(i, k)));
  });
  return { stored, shown: sameShown ? stored : shown, sameShown };
}


/** exactCents of an amount; a recognized cell keeps it, since each takes part in several identities. */
function amountCents(a: Amount): number | null {
  return a instanceof CellAmount ? a.cents : exactCents(a);
}

/** The shared verdict of every identity that holds exactly (no allocation on the common path). */
const HOLDS: IdentityVerdict = { status: 'ok', actual: ZERO, expected: ZERO, diff: ZERO, places: 2, residual: ZERO };

/**
 * True when the identity holds exactly in whole cents with nothing hidden behind a format: target and parts have
 * at most the 2 decimals they show, no unit factor, and the integer sums agree. Exact: every figure is its cents.
 */
function holdsInCents(i: Identity): boolean {
  if (i.factors) return false;
  const t = amountCents(i.target);
  if (t === null) return false;
  let sum = 0;
  for (let k = 0; k < i.parts.length; k++) {
    const c = amountCents(i.parts[k]);
    if (c === null) return false;
    sum += i.signs ? i.signs[k] * c : c;
  }
  return sum === t;
}

/**
 * True when a rule's declaration gives an identity (toIdentity) that holdsInCents: the same test, made on the
 * declaration without building the identity. False means "build it and evaluate it", never "it is broken".
 */
export function holdsAsDeclared(spec: IdentitySpec): boolean {
  const t = plainTargetCents(spec.target);
  if (t === null) return false;
  let sum = 0;
  let parts = 0;
  for (let i = 0; i < spec.parts.length; i++) {
    const p = spec.parts[i];
    if (!p) continue;
    const plain = 'address' in p;
    const c = plainPartCents(plain ? p : p.amount);
    if (c === undefined) continue;
    if (c === null) return false;
    if (!plain && p.table && unitFactor(p.table.unit, spec.table.unit) !== 1) return false;
    sum += plain || p.sign !== -1 ? c : -c;
    parts++;
  }
  return parts > 0 && sum === t;
}

/**
 * One amount column of a table as the cents tests read it: each row's cents (plainPartCents), NaN where they stop
 * the test (not exact, a formula without a value), NO_CELL where the row has no cell in the column. Built once per
 * table and column (rules/support/column-cents), so a roll-up or split is tested on numbers in an array instead of
 * through each row's amounts (~300k tests in a 200-unit book).
 */
export type CentsColumn = Float64Array;

/** A row without a cell in the column (plainPartCents undefined: left out of a sum). */
export const NO_CELL = -Infinity;

/** `rows`' cents in column `key` (see CentsColumn). */
export function centsColumn(rows: readonly TableRow[], key: string): CentsColumn {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const c = plainPartCents(rows[i].amounts[key]);
    out[i] = c === undefined ? NO_CELL : c === null ? NaN : c;
  }
  return out;
}

/**
 * holdsAsDeclared for a roll-up, `rows[target].amounts[key] = Σ rows[kids].amounts[key]`, asked of the column's
 * cents before the declaration is built: the same answer as holdsAsDeclared on that declaration.
 */
export function columnSumHolds(column: CentsColumn, target: number, kids: readonly number[]): boolean {
  const t = column[target];
  if (t !== t || t === NO_CELL) return false;
  let sum = 0;
  let parts = 0;
  for (let i = 0; i < kids.length; i++) {
    const c = column[kids[i]];
    if (c !== c) return false;
    if (c === NO_CELL) continue;
    sum += c;
    parts++;
  }
  return parts > 0 && sum === t;
}

/**
 * holdsAsDeclared for a row split, `amounts[target] = Σ amounts[parts]` on row `row`, asked of the columns' cents
 * before the declaration is built: the same answer as holdsAsDeclared on that declaration.
 */
export function splitHolds(target: CentsColumn, parts: readonly CentsColumn[], row: number): boolean {
  const t = target[row];
  if (t !== t || t === NO_CELL) return false;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i][row];
    if (c !== c) return false;
    if (c === NO_CELL) continue;
    sum += c;
    count++;
  }
  return count > 0 && sum === t;
}

/** A target's cents; null when there is no target, its formula has no value, or its cents are not exact. */
function plainTargetCents(target: Amount | undefined): number | null {
  return plainPartCents(target) ?? null;
}

/** A plain part's cents; undefined when the table has no such cell (left out); null when it stops the test. */
function plainPartCents(a: Amount | undefined): number | null | undefined {
  if (!a) return undefined;
  if (a instanceof CellAmount) return a.plainCents;
  if (a.cell?.uncomputed === true) return null;
  return amountCents(a);
}

/** Compare an identity's target with its parts. */
export function evaluateIdentity(i: Identity): IdentityVerdict {
  if (holdsInCents(i)) return HOLDS;
  const targetPlaces = shownPlaces(i.target);
  const places = Math.max(i.target.cell?.decimals ?? 2, 0);
  const stored = valueOf(i.target);
  const actual = roundTo(stored, targetPlaces);
  const sums = partSums(i);
  const residual = stored.minus(sums.stored);
  const shownEqual = equalMoney(actual, roundTo(sums.shown, targetPlaces));
  const tiny = residual.abs().lessThan(NOISE);
  const mixedUnits = coarse(i);
  if (tiny && shownEqual) return { status: 'ok', actual, expected: sums.shown, diff: ZERO, places, residual };
  if (!residual.abs().lessThan(toleranceOf(i))) {
    const p = Math.max(places, storedPlaces([sums.shown]));
    return { status: 'mismatch', actual, expected: sums.shown, diff: actual.minus(sums.shown).abs(), places: p, residual };
  }
  // Below half the unit shown (or a coarser unit's): what the clerk sees agrees, and no format hides an error.
  if (mixedUnits) return { status: 'ok', actual, expected: sums.shown, diff: ZERO, places, residual };
  if (!shownEqual) {
    const p = Math.max(places, storedPlaces([sums.shown]));
    return { status: 'rounding', actual, expected: sums.shown, diff: actual.minus(sums.shown).abs(), places: p, residual };
  }
  const p = Math.max(places, storedPlaces([stored, sums.stored]));
  return { status: 'hidden', actual: stored, expected: sums.stored, diff: residual.abs(), places: p, residual };
}

/** Decimal text of a figure with `places` decimals, rounded half up. */
export function figure(m: Money, places: number): string {
  return m.toFixed(places, Decimal.ROUND_HALF_UP);
}
