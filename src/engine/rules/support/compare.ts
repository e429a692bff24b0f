// Comparing amounts the way a clerk reads them: at the decimals shown, telling real errors from display rounding.
import { equalMoney, money, roundTo, sum, ZERO, type Money } from '../../money';
import type { Amount } from '../../tables/types';

/** ok: figures agree; rounding/hidden: they differ only through display rounding (info); mismatch: an error. */
export type SumStatus = 'ok' | 'rounding' | 'hidden' | 'mismatch';

/** The outcome of a comparison, with the figures to print. */
export interface SumVerdict {
  status: SumStatus;
  /** The figure shown in the target cell, rounded to its decimals. */
  actual: Money;
  /** The sum of the parts as shown (what the clerk adds up by hand). */
  expected: Money;
  /** Absolute difference between `actual` and `expected` (stored values for `hidden`). */
  diff: Money;
  /** Decimals to print `actual`, `expected` and `diff` with. */
  places: number;
}

/** Differences below this are binary noise from formulas (0.1 + 0.2), never a clerk's figure. */
const NOISE = money('0.000000001');
const MAX_PLACES = 6;

/** The stored value, blank/dash/text counting as zero. */
export function valueOf(a: Amount | undefined): Money {
  return a?.value ?? ZERO;
}

/** True when the cell holds a non-zero number. */
export function hasMoney(a: Amount | undefined): boolean {
  return a?.value != null && !a.value.isZero();
}

/** Decimals the cell shows: its format, else the typed number, else 2 as budget tables use. */
export function shownPlaces(a: Amount | undefined): number {
  if (a?.cell?.decimals !== undefined) return a.cell.decimals;
  // decimalPlaces() is the decimals of the plain text (decimal.js keeps no trailing zeros), without building it.
  if (a?.value) return Math.min(a.value.decimalPlaces(), MAX_PLACES);
  return 2;
}

/** The value as the clerk sees it. */
export function shownValue(a: Amount | undefined): Money {
  return roundTo(valueOf(a), shownPlaces(a));
}

function storedPlaces(values: readonly Money[]): number {
  let p = 0;
  for (const v of values) p = Math.max(p, Math.min(v.decimalPlaces(), MAX_PLACES));
  return p;
}

/**
 * True when two cells hold the same figure and neither hides decimals behind its format: then compareEqual is
 * 'ok' both ways (same stored values, and each shown value is its stored value), found without building verdicts.
 */
export function sameFigure(a: Amount | undefined, b: Amount | undefined): boolean {
  const va = valueOf(a);
  const vb = valueOf(b);
  return equalMoney(va, vb) && va.decimalPlaces() <= shownPlaces(a) && vb.decimalPlaces() <= shownPlaces(b);
}

/** Compare a stored figure with what its parts add up to (target = Σ parts). */
export function compareSum(target: Amount | undefined, parts: readonly (Amount | undefined)[]): SumVerdict {
  const stored: Money[] = new Array<Money>(parts.length);
  let shown: Money[] | null = null;
  for (let i = 0; i < parts.length; i++) {
    const v = valueOf(parts[i]);
    stored[i] = v;
    const s = shownValue(parts[i]);
    if (s !== v && !shown) shown = stored.slice(0, i);
    if (shown) shown.push(s);
  }
  return compareValues(target, stored, shown ?? stored);
}

/** Same as compareSum with one expected figure from another cell (target = other). */
export function compareEqual(target: Amount | undefined, other: Amount | undefined): SumVerdict {
  return compareSum(target, [other]);
}

/** Core of the comparison, on the parts' stored and shown values. */
export function compareValues(
  target: Amount | undefined,
  storedParts: readonly Money[],
  shownParts: readonly Money[],
): SumVerdict {
  const places = target?.cell?.decimals ?? 2;
  const targetPlaces = shownPlaces(target);
  const stored = valueOf(target);
  const actual = roundTo(stored, targetPlaces);
  const storedSum = sum(storedParts);
  // Parts shown as stored (the usual case: no hidden decimals) are the same objects: add them up once.
  const shownSum = sameList(shownParts, storedParts) ? storedSum : sum(shownParts);
  const shownEqual = equalMoney(actual, roundTo(shownSum, targetPlaces));
  const storedEqual = equalMoney(stored, storedSum) || stored.minus(storedSum).abs().lessThan(NOISE);
  if (shownEqual && storedEqual) return { status: 'ok', actual, expected: shownSum, diff: ZERO, places };
  if (shownEqual) {
    const p = Math.max(places, storedPlaces([stored, storedSum]));
    return { status: 'hidden', actual: stored, expected: storedSum, diff: stored.minus(storedSum).abs(), places: p };
  }
  const status: SumStatus = roundTo(storedSum, targetPlaces).equals(actual) ? 'rounding' : 'mismatch';
  const p = Math.max(places, storedPlaces([shownSum]));
  return { status, actual, expected: shownSum, diff: actual.minus(shownSum).abs(), places: p };
}

function sameList(a: readonly Money[], b: readonly Money[]): boolean {
  if (a === b) return true;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
