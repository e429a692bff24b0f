// The identities of one diagnosis as a linear system over cells, in exact integers: every figure is scaled by 10^d
// (d = the most decimals any involved figure has, at most 6), so a correction is an integer number of those units.
// Integers stay exact while they are safe JavaScript integers; a system that would leave that range is not solved
// here (diagnose.ts then reports without locating), so no answer ever rests on rounded arithmetic.
import type { CellAddress } from '../grid/types';
import { Decimal, type Money } from '../money';
import { valueOf } from '../rules/support/compare';
import type { Amount } from '../tables/types';
import { factorOf, signOf, type Identity } from './identity';
import { toleranceOf, type IdentityVerdict } from './evaluate';

/** What kind of content a cell holds, which sets how likely a clerk mistyped it. */
export type CellKind = 'number' | 'blank' | 'text' | 'formula';

/** A cell that takes part in at least one identity. */
export interface CellVar {
  key: string;
  amount: Amount;
  kind: CellKind;
  /** How unlikely a change of this cell is as an explanation (1 = one typed figure). */
  cost: number;
  /** The least it can cost: a total that may have carried another cell's slip costs CARRIED_COST. */
  minCost: number;
  /** Identities (indices into System.identities) this cell takes part in. */
  ids: number[];
}

/**
 * A total that is off by exactly what its changed parts are off by (合计 = 基本 + 项目 still holds) most likely
 * carried their slip through a formula or a clerk's re-addition: it is part of the same mistake and costs less than a
 * second, independent one.
 */
export const CARRIED_COST = 0.5;

/** One identity as an equation Σ coef·value = 0 over cell indices. */
export interface Equation {
  cells: number[];
  coefs: number[];
  violated: boolean;
}

/** The whole system: cells, equations and the verdicts they came from. */
export interface System {
  identities: readonly Identity[];
  verdicts: readonly IdentityVerdict[];
  cells: CellVar[];
  byKey: Map<string, number>;
  equations: Equation[];
}

/**
 * A typed figure that is wrong costs 1; a figure left out (a blank that needs one) or one typed where none belongs
 * (a figure that must become 0) costs more, as such omissions are rarer than slips; a text in an amount cell is
 * the likeliest culprit; a formula's result is changed only when nothing typed explains the data.
 */
const COST: Record<CellKind, number> = { number: 1, blank: 1.5, text: 0.9, formula: 2.5 };
const TO_ZERO_COST = 1.5;

/** The map key of a cell address. */
export function cellKey(a: CellAddress): string {
  return `${a.sheet}\u0000${a.row}\u0000${a.col}`;
}

function kindOf(a: Amount): CellKind {
  const c = a.cell;
  if (c?.formula) return 'formula';
  if (!c || c.value.kind === 'blank' || c.value.kind === 'dash') return 'blank';
  return c.value.kind === 'number' ? 'number' : 'text';
}

/** Index the cells of every identity and write each identity as an equation (target − Σ sign·factor·part = 0). */
export function buildSystem(identities: readonly Identity[], verdicts: readonly IdentityVerdict[]): System {
  const cells: CellVar[] = [];
  const byKey = new Map<string, number>();
  const indexOf = (a: Amount, id: number): number => {
    const key = cellKey(a.address);
    let i = byKey.get(key);
    if (i === undefined) {
      const kind = kindOf(a);
      i = cells.length;
      cells.push({ key, amount: a, kind, cost: COST[kind], minCost: COST[kind], ids: [] });
      byKey.set(key, i);
    }
    const ids = cells[i].ids;
    if (ids[ids.length - 1] !== id) ids.push(id);
    return i;
  };
  const equations = identities.map((idn, id) => {
    const acc = new Map<number, number>();
    const add = (a: Amount, coef: number) => {
      const i = indexOf(a, id);
      acc.set(i, (acc.get(i) ?? 0) + coef);
    };
    add(idn.target, 1);
    idn.parts.forEach((p, k) => add(p, -signOf(idn, k) * factorOf(idn, k)));
    const entries = [...acc].filter(([, c]) => c !== 0);
    return { cells: entries.map(([i]) => i), coefs: entries.map(([, c]) => c), violated: verdicts[id].status === 'mismatch' };
  });
  identities.forEach((idn, id) => {
    if (equations[id].violated) return;
    const t = byKey.get(cellKey(idn.target.address));
    if (t !== undefined) cells[t].minCost = Math.min(cells[t].cost, CARRIED_COST);
  });
  return { identities, verdicts, cells, byKey, equations };
}

function isTarget(sys: System, e: number, c: number): boolean {
  const t = sys.identities[e].target.address;
  const a = sys.cells[c].amount.address;
  return t.sheet === a.sheet && t.row === a.row && t.col === a.col;
}

/**
 * The changed cell a cell was carried from: another changed cell that is a part of a holding identity whose target
 * is this cell (a row 合计 typed from a wrong 基本支出 keeps 合计 = 基本 + 项目 true, so both are wrong).
 */
export function carriedFrom(sys: System, set: readonly number[], c: number): number | null {
  for (const e of sys.cells[c].ids) {
    if (sys.equations[e].violated || !isTarget(sys, e, c)) continue;
    const other = set.find((o) => o !== c && sys.equations[e].cells.includes(o));
    if (other !== undefined) return other;
  }
  return null;
}

/** What an explanation costs: each changed cell its cost, a carried total CARRIED_COST, a figure struck out more. */
export function explanationCost(sys: System, set: readonly number[], delta: ReadonlyMap<number, number>, scaled: Scaled): number {
  let cost = 0;
  for (const c of set) {
    const base = sys.cells[c].kind === 'number' && scaled.value(c) + (delta.get(c) ?? 0) === 0 ? TO_ZERO_COST : sys.cells[c].cost;
    cost += carriedFrom(sys, set, c) !== null ? Math.min(base, CARRIED_COST) : base;
  }
  return cost;
}

/** Raised when a figure would leave the safe-integer range: that part of the diagnosis is not solved. */
export class UnsafeScale extends Error {}

const MAX_DECIMALS = 6;

/**
 * The system in integers, worked out per equation when the search first needs it: values scaled by 10^d with d the
 * most decimals any cell of the system has, so every figure and every correction is a whole number of units.
 */
export class Scaled {
  readonly scale: Money;
  private readonly values = new Map<number, number>();
  private readonly rows = new Map<number, { coefs: number[]; residual: number; tolerance: number }>();

  constructor(private readonly sys: System) {
    let d = 0;
    for (const c of sys.cells) d = Math.max(d, Math.min(valueOf(c.amount).decimalPlaces(), MAX_DECIMALS));
    this.scale = new Decimal(10).pow(d);
  }

  /** A number of scaled units as an exact amount. */
  unscale(n: number): Money {
    return new Decimal(n).dividedBy(this.scale);
  }

  /** A cell's stored value in scaled units. */
  value(c: number): number {
    let n = this.values.get(c);
    if (n === undefined) {
      n = valueOf(this.sys.cells[c].amount).times(this.scale).toDecimalPlaces(0).toNumber();
      if (!Number.isSafeInteger(n)) throw new UnsafeScale();
      this.values.set(c, n);
    }
    return n;
  }

  /** Integer coefficients (made integral when a unit factor is fractional), residual and tolerance of an equation. */
  row(e: number): { coefs: number[]; residual: number; tolerance: number } {
    const hit = this.rows.get(e);
    if (hit) return hit;
    const eq = this.sys.equations[e];
    const min = Math.min(...eq.coefs.map(Math.abs));
    const norm = min < 1 ? Math.round(1 / min) : 1;
    const coefs = eq.coefs.map((c) => Math.round(c * norm));
    let residual = 0;
    eq.cells.forEach((c, k) => {
      residual += coefs[k] * this.value(c);
    });
    const tolerance = toleranceOf(this.sys.identities[e]).times(this.scale).times(norm).toNumber();
    if (!Number.isSafeInteger(residual) || !Number.isFinite(tolerance)) throw new UnsafeScale();
    const out = { coefs, residual, tolerance };
    this.rows.set(e, out);
    return out;
  }
}
