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
import type { FormulaLinks } from './formulas';

/**
 * What kind of content a cell holds, which sets how likely a clerk mistyped it: `linked` is a formula the diagnosis
 * reads as a sum of cells (it follows them, so it is never a cell to retype), `formula` one it cannot read so.
 */
export type CellKind = 'number' | 'blank' | 'text' | 'formula' | 'linked';

/** A cell that takes part in at least one equation. */
export interface CellVar {
  key: string;
  amount: Amount;
  kind: CellKind;
  /** How unlikely a change of this cell is as an explanation (1 = one typed figure; 0 for a linked formula). */
  cost: number;
  /** The least it can cost: a total that may have carried another cell's slip costs CARRIED_COST. */
  minCost: number;
  /** Equations (indices into System.equations) this cell takes part in. */
  ids: number[];
}

/**
 * A total that is off by exactly what its changed parts are off by (合计 = 基本 + 项目 still holds) most likely
 * carried their slip through a formula or a clerk's re-addition: it is part of the same mistake and costs less than a
 * second, independent one.
 */
export const CARRIED_COST = 0.5;

/** Σ coef·value = constant over cell indices: an identity (constant 0), or a formula's definition. */
export interface Equation {
  cells: number[];
  coefs: number[];
  violated: boolean;
  /** The cell the equation defines or totals (the identity's target, the formula's cell). */
  target: number;
  /** Largest difference that is still rounding. */
  tolerance: Money;
  /** A formula's constant term (=D5+10): absent for identities. */
  constant?: Money;
  /** True for a formula's definition (not an identity a rule declared). */
  definition?: boolean;
}

/** A formula whose cached result disagrees with its own cells: it was not recalculated. */
export interface StaleFormula {
  cell: number;
  /** What the formula gives on the cells' current values. */
  evaluated: Money;
}

/** The whole system: cells, equations (identities first, in declaration order, then definitions). */
export interface System {
  identities: readonly Identity[];
  verdicts: readonly IdentityVerdict[];
  cells: CellVar[];
  byKey: Map<string, number>;
  equations: Equation[];
  stale: StaleFormula[];
}

/**
 * A typed figure that is wrong costs 1; a figure left out (a blank that needs one) or one typed where none belongs
 * (a figure that must become 0) costs more, as such omissions are rarer than slips; a text in an amount cell is
 * the likeliest culprit; a formula's result is changed only when nothing typed explains the data; a linked formula
 * follows its cells at no cost.
 */
const COST: Record<CellKind, number> = { number: 1, blank: 1.5, text: 0.9, formula: 2.5, linked: 0 };
const TO_ZERO_COST = 1.5;
const HALF_CENT = new Decimal('0.005');
/** Most formula definitions one diagnosis reads (the rest stay observed figures). */
const MAX_DEFINITIONS = 100000;

/** The map key of a cell address. */
export function cellKey(a: CellAddress): string {
  return `${a.sheet}\u0000${a.row}\u0000${a.col}`;
}

function kindOf(a: Amount): CellKind {
  const c = a.cell;
  if (c?.formula && !c.computed) return 'formula';
  if (c?.formula) return 'linked';
  if (!c || c.value.kind === 'blank' || c.value.kind === 'dash') return 'blank';
  return c.value.kind === 'number' ? 'number' : 'text';
}

/** Builds the system: cells indexed once, identity equations, then the formulas' definitions. */
class Builder {
  readonly cells: CellVar[] = [];
  readonly byKey = new Map<string, number>();
  readonly equations: Equation[] = [];
  readonly stale: StaleFormula[] = [];

  indexOf(a: Amount): number {
    const key = cellKey(a.address);
    let i = this.byKey.get(key);
    if (i === undefined) {
      const kind = kindOf(a);
      i = this.cells.length;
      // A computed formula (the file held no value) is read as linked when its definition is; until then observed.
      const k = kind === 'linked' ? 'formula' : kind;
      this.cells.push({ key, amount: a, kind: k, cost: COST[k], minCost: COST[k], ids: [] });
      this.byKey.set(key, i);
    }
    return i;
  }

  push(eq: Equation): void {
    const e = this.equations.length;
    this.equations.push(eq);
    for (const c of eq.cells) {
      const ids = this.cells[c].ids;
      if (ids[ids.length - 1] !== e) ids.push(e);
    }
  }
}

function identityEquation(b: Builder, idn: Identity, violated: boolean): Equation {
  const acc = new Map<number, number>();
  const add = (a: Amount, coef: number) => {
    const i = b.indexOf(a);
    acc.set(i, (acc.get(i) ?? 0) + coef);
  };
  add(idn.target, 1);
  idn.parts.forEach((p, k) => add(p, -signOf(idn, k) * factorOf(idn, k)));
  const entries = [...acc].filter(([, c]) => c !== 0);
  return { cells: entries.map(([i]) => i), coefs: entries.map(([, c]) => c), violated, target: b.indexOf(idn.target), tolerance: toleranceOf(idn) };
}

/** The Amount of a formula's reference: the grid's cell, blank counting as 0. */
function amountAt(links: FormulaLinks, address: CellAddress): Amount {
  const cell = links.cell(address);
  const value = cell?.value.kind === 'number' ? cell.value.num : null;
  return { address, value, cell };
}

/**
 * Every formula among the system's cells that reads as a sum of cells gets its definition as an equation, and
 * becomes linked (it follows its cells); its cells join the system, and their formulas in turn. A formula whose
 * cached result disagrees with its cells by half a cent or more was not recalculated: it is recorded as stale and
 * stays an observed figure.
 */
function addDefinitions(b: Builder, links: FormulaLinks, reported: ReadonlySet<string>): void {
  let defined = 0;
  const follow = (cell: CellVar) => {
    cell.kind = 'linked';
    cell.cost = 0;
    cell.minCost = 0;
  };
  for (let c = 0; c < b.cells.length && defined < MAX_DEFINITIONS; c++) {
    const cell = b.cells[c];
    if (!cell.amount.cell?.formula) continue;
    // Its formula is already reported as what to change: the value follows whatever its identity needs.
    if (reported.has(cell.key)) {
      follow(cell);
      continue;
    }
    const lin = links.linearOf(cell.amount.address);
    if (!lin) continue;
    const refs = lin.terms.map((t) => ({ index: b.indexOf(amountAt(links, t.address)), coef: t.coef }));
    const evaluated = refs.reduce((acc, r) => acc.plus(valueOf(b.cells[r.index].amount).times(r.coef)), lin.constant);
    if (valueOf(cell.amount).minus(evaluated).abs().greaterThanOrEqualTo(HALF_CENT)) {
      // Recalculating puts it right (one finding, formula.stale): it takes the value its cells give at no cost.
      b.stale.push({ cell: c, evaluated });
      follow(cell);
      continue;
    }
    follow(cell);
    const acc = new Map<number, number>([[c, 1]]);
    for (const r of refs) acc.set(r.index, (acc.get(r.index) ?? 0) - r.coef);
    const entries = [...acc].filter(([, x]) => x !== 0);
    b.push({ cells: entries.map(([i]) => i), coefs: entries.map(([, x]) => x), violated: false, target: c, tolerance: HALF_CENT, constant: lin.constant, definition: true });
    defined++;
  }
}

/**
 * Index the cells of every identity and write each as an equation; formulas the links read join as definitions.
 * `reported` (cell keys) are formulas already reported as what to change (a SUM range that leaves out a line):
 * their value follows what their identities need, and what reads them follows in turn.
 */
export function buildSystem(
  identities: readonly Identity[],
  verdicts: readonly IdentityVerdict[],
  links?: FormulaLinks,
  reported: ReadonlySet<string> = new Set(),
): System {
  const b = new Builder();
  identities.forEach((idn, id) => b.push(identityEquation(b, idn, verdicts[id].status === 'mismatch')));
  if (links) addDefinitions(b, links, reported);
  b.equations.forEach((eq) => {
    if (eq.violated || eq.definition) return;
    const t = b.cells[eq.target];
    if (t.kind !== 'linked') t.minCost = Math.min(t.cost, CARRIED_COST);
  });
  return { identities, verdicts, cells: b.cells, byKey: b.byKey, equations: b.equations, stale: b.stale };
}

/**
 * The changed cell a cell was carried from: another changed cell that is a part of a holding equation whose target
 * is this cell (a row 合计 typed from a wrong 基本支出 keeps 合计 = 基本 + 项目 true, so both are wrong; a formula
 * follows the cell it reads).
 */
export function carriedFrom(sys: System, set: readonly number[], c: number): number | null {
  for (const e of sys.cells[c].ids) {
    const eq = sys.equations[e];
    if (eq.violated || eq.target !== c) continue;
    const other = set.find((o) => o !== c && eq.cells.includes(o));
    if (other !== undefined) return other;
  }
  return null;
}

/** What an explanation costs: each changed cell its cost, a carried total CARRIED_COST, a figure struck out more. */
export function explanationCost(sys: System, set: readonly number[], delta: ReadonlyMap<number, number>, scaled: Scaled): number {
  let cost = 0;
  for (const c of set) {
    if (sys.cells[c].kind === 'linked') continue;
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
    const tolerance = eq.tolerance.times(this.scale).times(norm).toNumber();
    if (eq.constant) residual -= eq.constant.times(this.scale).times(norm).toDecimalPlaces(0).toNumber();
    if (!Number.isSafeInteger(residual) || !Number.isFinite(tolerance)) throw new UnsafeScale();
    const out = { coefs, residual, tolerance };
    this.rows.set(e, out);
    return out;
  }
}
