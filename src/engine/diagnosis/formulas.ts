// Formulas as the diagnosis sees them: a total Excel computes is not a figure a clerk typed. A formula that is a
// linear combination of cells (=SUM(D5:D9), =C7+C8−C9, =D12*10000) is read into its terms, so the diagnosis can let
// it follow its cells (never advising to retype it) and can tell when its range misses a row or its cached result is
// stale. SUMIF reads as the sum of the cells its criteria pick today (codes are not what a slip changes). Anything
// else (IF, VLOOKUP, links to other files) is left as an observed figure.
import { parseFormula } from '../formula/parse';
import { criteriaMatcher } from '../formula/criteria';
import { scalarOfCell, type Scalar } from '../formula/values';
import type { Expr, RefArea } from '../formula/ast';
import type { CellAddress, Cell, Grid, Sheet } from '../grid/types';
import { getCell } from '../grid/sheet';
import { Decimal, type Money } from '../money';
import { cellKey } from './system';

/** A cell's formula as constant + Σ coef · cell. */
export interface Linear {
  constant: Money;
  terms: { address: CellAddress; coef: number }[];
}

/** Most cells one reference may name before the formula is treated as not linear (whole columns, huge blocks). */
const MAX_AREA = 20000;

type Partial = { constant: Money; terms: Map<string, { address: CellAddress; coef: number }> } | null;

function empty(): NonNullable<Partial> {
  return { constant: new Decimal(0), terms: new Map() };
}

function scale(p: NonNullable<Partial>, f: number): NonNullable<Partial> {
  const terms = new Map<string, { address: CellAddress; coef: number }>();
  for (const [k, t] of p.terms) terms.set(k, { address: t.address, coef: t.coef * f });
  return { constant: p.constant.times(f), terms };
}

function add(a: NonNullable<Partial>, b: NonNullable<Partial>, sign: 1 | -1): NonNullable<Partial> {
  const terms = new Map(a.terms);
  for (const [k, t] of b.terms) {
    const prev = terms.get(k);
    const coef = (prev?.coef ?? 0) + sign * t.coef;
    if (coef === 0) terms.delete(k);
    else terms.set(k, { address: t.address, coef });
  }
  return { constant: sign === 1 ? a.constant.plus(b.constant) : a.constant.minus(b.constant), terms };
}

/** The formula reading cells of the grid: sheets by name (as Excel does, without regard to case). */
export class FormulaLinks {
  private readonly memo = new Map<string, Linear | null>();
  private readonly sheets = new Map<string, Sheet>();

  constructor(private readonly grid: Grid) {
    for (const s of grid.sheets) {
      this.sheets.set(s.name, s);
      if (!this.sheets.has(s.name.toLowerCase())) this.sheets.set(s.name.toLowerCase(), s);
    }
  }

  /** The cell at an address. */
  cell(a: CellAddress): Cell | undefined {
    const sheet = this.sheets.get(a.sheet);
    return sheet ? getCell(sheet, a.row, a.col) : undefined;
  }

  /** The cell's formula as a linear combination; null when it has none, or one the diagnosis cannot read so. */
  linearOf(a: CellAddress): Linear | null {
    const key = cellKey(a);
    if (this.memo.has(key)) return this.memo.get(key) ?? null;
    const formula = this.cell(a)?.formula;
    let out: Linear | null = null;
    if (formula) {
      const parsed = parseFormula(formula);
      const p = parsed.ok ? this.linear(parsed.expr, a.sheet) : null;
      if (p) out = { constant: p.constant, terms: [...p.terms.values()] };
    }
    this.memo.set(key, out);
    return out;
  }

  private linear(e: Expr, own: string): Partial {
    switch (e.kind) {
      case 'number':
        return { constant: e.value, terms: new Map() };
      case 'ref':
        return this.area(e.area, own);
      case 'unary': {
        const arg = this.linear(e.arg, own);
        if (!arg) return null;
        return e.op === '-' ? scale(arg, -1) : e.op === '%' ? scale(arg, 0.01) : arg;
      }
      case 'binary':
        return this.binary(e.op, e.left, e.right, own);
      case 'call':
        return this.call(e.name, e.args, own);
      default:
        return null;
    }
  }

  private binary(op: string, left: Expr, right: Expr, own: string): Partial {
    const l = this.linear(left, own);
    const r = this.linear(right, own);
    if (!l || !r) return null;
    if (op === '+' || op === '-') return add(l, r, op === '+' ? 1 : -1);
    // A product or quotient stays linear only by a constant (=D12*10000, =D12/10000).
    const constant = (p: NonNullable<Partial>) => (p.terms.size === 0 ? p.constant.toNumber() : null);
    if (op === '*') {
      const lc = constant(l);
      const rc = constant(r);
      if (rc !== null) return scale(l, rc);
      if (lc !== null) return scale(r, lc);
      return null;
    }
    if (op === '/') {
      const rc = constant(r);
      return rc !== null && rc !== 0 ? scale(l, 1 / rc) : null;
    }
    return null;
  }

  private call(name: string, args: Expr[], own: string): Partial {
    if (name === 'SUM') {
      let acc = empty();
      for (const a of args) {
        const p = this.linear(a, own);
        if (!p) return null;
        acc = add(acc, p, 1);
      }
      return acc;
    }
    // ROUND(x, n) of figures already at n decimals is x; the diagnosis' tolerance covers the rest.
    if ((name === 'ROUND' || name === 'ROUNDUP' || name === 'ROUNDDOWN') && args.length >= 1) return this.linear(args[0], own);
    if (name === 'SUMIF' && (args.length === 2 || args.length === 3)) return this.sumIf(args, own);
    return null;
  }

  /** SUMIF(range, criteria, [sum_range]) as the sum of the sum_range cells whose criteria cell matches now. */
  private sumIf(args: Expr[], own: string): Partial {
    const range = args[0];
    const sumArg = args.length === 3 && args[2].kind !== 'missing' ? args[2] : range;
    if (range.kind !== 'ref' || sumArg.kind !== 'ref') return null;
    const criteria = this.scalar(args[1], own);
    const matches = criteria ? criteriaMatcher(criteria) : null;
    const where = this.sheetOf(range.area, own);
    const sumSheet = this.sheetOf(sumArg.area, own);
    if (!matches || !where || !sumSheet) return null;
    const height = (s: Sheet) => s.cells.length;
    const width = (s: Sheet) => s.cells.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
    const a = range.area;
    const top = a.top ?? 0;
    const left = a.left ?? 0;
    const bottom = Math.min(a.bottom ?? height(where) - 1, height(where) - 1);
    const right = Math.min(a.right ?? width(where) - 1, width(where) - 1);
    if ((bottom - top + 1) * (right - left + 1) > MAX_AREA) return null;
    // sum_range takes the shape of range from its own top-left cell, as in Excel.
    const dRow = (sumArg.area.top ?? 0) - top;
    const dCol = (sumArg.area.left ?? 0) - left;
    const out = empty();
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (!matches(scalarOfCell(getCell(where, r, c)))) continue;
        if (!getCell(sumSheet, r + dRow, c + dCol)) continue;
        const address = { sheet: sumSheet.name, row: r + dRow, col: c + dCol };
        out.terms.set(cellKey(address), { address, coef: 1 });
      }
    }
    return out;
  }

  /** A criteria argument's value: a literal, or the value of the one cell it names. */
  private scalar(e: Expr, own: string): Scalar | null {
    if (e.kind === 'number') return { t: 'num', v: e.value };
    if (e.kind === 'text') return { t: 'text', v: e.value };
    if (e.kind !== 'ref') return null;
    const { top, left, bottom, right } = e.area;
    const sheet = this.sheetOf(e.area, own);
    if (!sheet || top === null || left === null || top !== bottom || left !== right) return null;
    return scalarOfCell(getCell(sheet, top, left));
  }

  private sheetOf(area: RefArea, own: string): Sheet | undefined {
    const name = area.sheet ?? own;
    return this.sheets.get(name) ?? this.sheets.get(name.toLowerCase());
  }

  private area(area: RefArea, own: string): Partial {
    const { top, left, bottom, right } = area;
    if (top === null || left === null || bottom === null || right === null) return null;
    if ((bottom - top + 1) * (right - left + 1) > MAX_AREA) return null;
    const sheet = this.sheetOf(area, own);
    if (!sheet) return null;
    const out = empty();
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (!getCell(sheet, r, c)) continue;
        const address = { sheet: sheet.name, row: r, col: c };
        out.terms.set(cellKey(address), { address, coef: 1 });
      }
    }
    return out;
  }
}
