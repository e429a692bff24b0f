// The worksheet functions budget tables use, computed as Excel does: SUM, SUMIF, ROUND / ROUNDUP / ROUNDDOWN, IF.
// Any other function leaves its cell uncomputed: a guess would be worse than no figure.
import { Decimal, sum, type Money } from '../money';
import type { Expr } from './ast';
import { criteriaMatcher } from './criteria';
import { evaluate, scalarOf, type Area, type EvalContext, type Value } from './evaluate';
import { excelError, isFailure, num, toBool, toNumber, UNCOMPUTED } from './values';

/** decimal.js rounding modes, as toDecimalPlaces takes them. */
type Rounding = Parameters<Money['toDecimalPlaces']>[1];

type Fn = (args: Expr[], ctx: EvalContext) => Value;

const FUNCTIONS: Record<string, Fn> = {
  SUM: sumOf,
  SUMIF: sumIf,
  ROUND: (args, ctx) => round(args, ctx, Decimal.ROUND_HALF_UP),
  ROUNDUP: (args, ctx) => round(args, ctx, Decimal.ROUND_UP),
  ROUNDDOWN: (args, ctx) => round(args, ctx, Decimal.ROUND_DOWN),
  IF: ifOf,
};

/** Names of the functions this pass computes (upper case). */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

/** Call a function by its upper-case name; an unknown one gives `uncomputed`. */
export function callFunction(name: string, args: Expr[], ctx: EvalContext): Value {
  const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  return fn ? fn(args, ctx) : UNCOMPUTED;
}

/** SUM: numbers in references (text, booleans and blanks there are skipped); direct arguments are converted. */
function sumOf(args: Expr[], ctx: EvalContext): Value {
  const parts: Money[] = [];
  for (const arg of args) {
    const v = evaluate(arg, ctx);
    if (v.t === 'area') {
      const stop = ctx.book.eachCell(v.area, (cell) => {
        if (isFailure(cell)) return cell;
        if (cell.t === 'num') parts.push(cell.v);
        return null;
      });
      if (stop) return stop;
      continue;
    }
    const n = toNumber(v);
    if (n.t !== 'num') return n;
    parts.push(n.v);
  }
  return num(sum(parts));
}

/** SUMIF(range, criteria, [sum_range]): sum_range takes the shape of range from its own top-left cell, as in Excel. */
function sumIf(args: Expr[], ctx: EvalContext): Value {
  if (args.length < 2 || args.length > 3) return excelError('#VALUE!');
  const range = evaluate(args[0], ctx);
  if (range.t !== 'area') return isFailure(range) ? range : excelError('#VALUE!');
  const criteria = scalarOf(evaluate(args[1], ctx), ctx);
  if (isFailure(criteria)) return criteria;
  const matches = criteriaMatcher(criteria);
  if (!matches) return UNCOMPUTED;
  let target: Area = range.area;
  if (args.length === 3 && args[2].kind !== 'missing') {
    const s = evaluate(args[2], ctx);
    if (s.t !== 'area') return isFailure(s) ? s : excelError('#VALUE!');
    target = s.area;
  }
  const dRow = target.top - range.area.top;
  const dCol = target.left - range.area.left;
  const parts: Money[] = [];
  // Every position, blanks included ("<>合计" matches a row whose criteria cell is empty), as far as either sheet
  // holds cells.
  const a = range.area;
  const own = ctx.book.bounds(a.sheet);
  const other = ctx.book.bounds(target.sheet);
  const lastRow = Math.min(a.bottom, Math.max(own.rows, other.rows - dRow) - 1);
  const lastCol = Math.min(a.right, Math.max(own.cols, other.cols - dCol) - 1);
  for (let row = a.top; row <= lastRow; row++) {
    for (let col = a.left; col <= lastCol; col++) {
      const cell = ctx.book.cell(a.sheet, row, col);
      if (cell.t === 'uncomputed') return cell;
      if (!matches(cell)) continue;
      const add = ctx.book.cell(target.sheet, row + dRow, col + dCol);
      if (isFailure(add)) return add;
      if (add.t === 'num') parts.push(add.v);
    }
  }
  return num(sum(parts));
}

/** Digits beyond which rounding changes nothing here (amounts have far fewer). */
const MAX_DIGITS = 100;

/** ROUND family: half away from zero, away from zero, toward zero; negative digits round to tens, hundreds… */
function round(args: Expr[], ctx: EvalContext, mode: Rounding): Value {
  if (args.length !== 2) return excelError('#VALUE!');
  const x = toNumber(scalarOf(evaluate(args[0], ctx), ctx));
  if (x.t !== 'num') return x;
  const d = toNumber(scalarOf(evaluate(args[1], ctx), ctx));
  if (d.t !== 'num') return d;
  const digits = d.v.trunc();
  if (digits.greaterThanOrEqualTo(MAX_DIGITS)) return x;
  if (digits.lessThanOrEqualTo(-MAX_DIGITS)) return num(new Decimal(0));
  const places = digits.toNumber();
  if (places >= 0) return num(x.v.toDecimalPlaces(places, mode));
  const scale = new Decimal(10).pow(-places);
  return num(x.v.dividedBy(scale).toDecimalPlaces(0, mode).times(scale));
}

/** IF(condition, then, [else]): only the branch taken is evaluated; no else gives FALSE, as in Excel. */
function ifOf(args: Expr[], ctx: EvalContext): Value {
  if (args.length < 2 || args.length > 3) return excelError('#VALUE!');
  const cond = toBool(scalarOf(evaluate(args[0], ctx), ctx));
  if (cond.t !== 'bool') return cond;
  if (cond.v) return evaluate(args[1], ctx);
  return args.length === 3 ? evaluate(args[2], ctx) : { t: 'bool', v: false };
}
