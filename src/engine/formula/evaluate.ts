// Expr -> value, the way Excel computes it, with Decimal arithmetic: no float ever touches an amount.
import { Decimal, ZERO } from '../money';
import type { BinaryOp, Expr, RefArea } from './ast';
import { compares, compareText } from './criteria';
import { callFunction } from './functions';
import { BLANK, excelError, isFailure, num, toNumber, UNCOMPUTED, type Scalar } from './values';

/** A resolved block of cells on one sheet (sheet index, 0-based bounds; open ends already closed by the sheet). */
export interface Area {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What an expression gives: one value, or a block of cells (a reference) that a function may walk. */
export type Value = Scalar | { t: 'area'; area: Area };

/** The workbook as the evaluator reads it: resolve references, read one cell, walk an area's stored cells. */
export interface Workbook {
  /** The area a reference names from `home` (the formula's sheet); null for a sheet that does not exist. */
  resolve(ref: RefArea, home: number): Area | null;
  /** One cell's value (a formula evaluated earlier in this pass included). */
  cell(sheet: number, row: number, col: number): Scalar;
  /** Visit the stored cells of an area (holes are blank); stops and returns what `visit` returns when not null. */
  eachCell(area: Area, visit: (value: Scalar, row: number, col: number) => Scalar | null): Scalar | null;
  /** Rows and columns a sheet holds cells in (cells beyond are blank). */
  bounds(sheet: number): { rows: number; cols: number };
}

/** Evaluation of one formula: where it stands and what it can read. */
export interface EvalContext {
  book: Workbook;
  /** The sheet of the formula's cell. */
  home: number;
}

/** Significant digits Excel keeps in a cell's value. */
const EXCEL_DIGITS = 15;

/**
 * The value a formula shows in its cell: an empty result shows as 0, a block of cells has no single value, and a
 * number keeps Excel's 15 significant digits (=1/3*3 is 1, as in Excel; sums of amounts never get that long).
 */
export function evaluateFormula(expr: Expr, ctx: EvalContext): Scalar {
  const v = scalarOf(evaluate(expr, ctx), ctx);
  if (v.t === 'blank') return num(ZERO);
  if (v.t === 'num' && v.v.precision() > EXCEL_DIGITS) return num(v.v.toSignificantDigits(EXCEL_DIGITS));
  return v;
}

/** Evaluate one node; references stay areas so functions such as SUM can walk them. */
export function evaluate(expr: Expr, ctx: EvalContext): Value {
  switch (expr.kind) {
    case 'number':
      return num(expr.value);
    case 'text':
      return { t: 'text', v: expr.value };
    case 'bool':
      return { t: 'bool', v: expr.value };
    case 'error':
      return { t: 'error', code: expr.code };
    case 'missing':
      return BLANK;
    case 'ref': {
      const area = ctx.book.resolve(expr.area, ctx.home);
      return area ? { t: 'area', area } : excelError('#REF!');
    }
    case 'call':
      return callFunction(expr.name, expr.args, ctx);
    case 'unary':
      return unary(expr.op, scalarOf(evaluate(expr.arg, ctx), ctx));
    case 'binary':
      return binary(expr.op, scalarOf(evaluate(expr.left, ctx), ctx), scalarOf(evaluate(expr.right, ctx), ctx));
  }
}

/** A value as one scalar: a one-cell area is that cell; a larger area has none here (Excel would intersect). */
export function scalarOf(v: Value, ctx: EvalContext): Scalar {
  if (v.t !== 'area') return v;
  const a = v.area;
  if (a.top !== a.bottom || a.left !== a.right) return UNCOMPUTED;
  return ctx.book.cell(a.sheet, a.top, a.left);
}

function unary(op: '+' | '-' | '%', v: Scalar): Scalar {
  if (op === '+') return v;
  const n = toNumber(v);
  if (n.t !== 'num') return n;
  return num(op === '-' ? n.v.negated() : n.v.dividedBy(100));
}

function binary(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  if (isFailure(a)) return a;
  if (isFailure(b)) return b;
  switch (op) {
    case '=':
    case '<>':
    case '<':
    case '>':
    case '<=':
    case '>=':
      return { t: 'bool', v: compares(op, compareValues(a, b)) };
    default:
      return arithmetic(op, a, b);
  }
}

function arithmetic(op: '+' | '-' | '*' | '/', a: Scalar, b: Scalar): Scalar {
  const x = toNumber(a);
  if (x.t !== 'num') return x;
  const y = toNumber(b);
  if (y.t !== 'num') return y;
  switch (op) {
    case '+':
      return num(x.v.plus(y.v));
    case '-':
      return num(x.v.minus(y.v));
    case '*':
      return num(x.v.times(y.v));
    case '/':
      return y.v.isZero() ? excelError('#DIV/0!') : num(x.v.dividedBy(y.v));
  }
}

/** Type order Excel uses when it compares mixed values: numbers < text < booleans. */
const RANK = { num: 0, text: 1, bool: 2 } as const;

/** Excel's comparison: an empty cell is 0, "" or FALSE beside the other side; text ignores case. */
function compareValues(a: Scalar, b: Scalar): number {
  const x = a.t === 'blank' ? emptyLike(b) : a;
  const y = b.t === 'blank' ? emptyLike(a) : b;
  if (x.t === 'num' && y.t === 'num') return x.v.comparedTo(y.v);
  if (x.t === 'text' && y.t === 'text') return compareText(x.v, y.v);
  if (x.t === 'bool' && y.t === 'bool') return Number(x.v) - Number(y.v);
  return rank(x) - rank(y);
}

function emptyLike(other: Scalar): Scalar {
  if (other.t === 'text') return { t: 'text', v: '' };
  if (other.t === 'bool') return { t: 'bool', v: false };
  return num(new Decimal(0));
}

function rank(s: Scalar): number {
  return s.t === 'num' || s.t === 'text' || s.t === 'bool' ? RANK[s.t] : 0;
}
