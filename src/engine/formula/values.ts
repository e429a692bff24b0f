// What a formula works with while it is evaluated, and Excel's rules for turning one kind into another.
import type { Cell } from '../grid/types';
import { Decimal, parseAmount, ZERO, type Money } from '../money';

/**
 * A single value: a number, text, a boolean, an empty cell, an Excel error, or `uncomputed` — a formula this pass
 * could not evaluate, which poisons what uses it. A number typed as text is text to Excel (SUM over a range skips
 * it); `n` keeps the number the engine read from it (full-width digits too) for arithmetic, which converts it.
 */
export type Scalar =
  | { t: 'num'; v: Money }
  | { t: 'text'; v: string; n?: Money }
  | { t: 'bool'; v: boolean }
  | { t: 'blank' }
  | { t: 'error'; code: string }
  | { t: 'uncomputed' };

/** An empty cell (or a left-out argument). */
export const BLANK: Scalar = { t: 'blank' };
/** A value this pass cannot know: an unsupported formula, a cycle, or anything that uses one. */
export const UNCOMPUTED: Scalar = { t: 'uncomputed' };

/** An Excel error value. */
export function excelError(code: '#VALUE!' | '#DIV/0!' | '#REF!' | '#NUM!' | '#N/A'): Scalar {
  return { t: 'error', code };
}

/** A number value. */
export function num(v: Money): Scalar {
  return { t: 'num', v };
}

/** True for the values that stop an evaluation (an error, or a formula left uncomputed). */
export function isFailure(s: Scalar): s is { t: 'error'; code: string } | { t: 'uncomputed' } {
  return s.t === 'error' || s.t === 'uncomputed';
}

/** A normalized cell as Excel sees it: numbers typed as text are text, a dash is the text "-". */
export function scalarOfCell(cell: Cell | undefined): Scalar {
  if (!cell) return BLANK;
  const v = cell.value;
  switch (v.kind) {
    case 'number':
      return v.storedAsText ? { t: 'text', v: cell.text, n: v.num } : { t: 'num', v: v.num };
    case 'text':
      return { t: 'text', v: v.text };
    case 'dash':
      return { t: 'text', v: cell.text };
    case 'bool':
      return { t: 'bool', v: v.value };
    case 'error':
      return { t: 'error', code: v.code };
    default:
      return cell.uncomputed ? UNCOMPUTED : BLANK;
  }
}

/** Number text as Excel reads it in arithmetic (" 1,234.5 " yes, "3232.07元" no); null when it is not one. */
export function numberFromText(text: string): Money | null {
  const t = text.trim();
  if (t === '') return null;
  const plain = parseAmount(t);
  if (plain) return plain;
  // Exponent notation ("1E3") is a number to Excel too.
  return /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(t) ? new Decimal(t) : null;
}

/** The number a value stands for in + − * / and in function arguments; an error value when it has none. */
export function toNumber(s: Scalar): Scalar {
  switch (s.t) {
    case 'num':
    case 'error':
    case 'uncomputed':
      return s;
    case 'blank':
      return num(ZERO);
    case 'bool':
      return num(s.v ? new Decimal(1) : ZERO);
    case 'text': {
      const n = s.n ?? numberFromText(s.v);
      return n ? num(n) : excelError('#VALUE!');
    }
  }
}

/** The truth of a value as IF reads it: numbers are true unless 0, "TRUE"/"FALSE" texts count, other text fails. */
export function toBool(s: Scalar): Scalar {
  switch (s.t) {
    case 'bool':
    case 'error':
    case 'uncomputed':
      return s;
    case 'blank':
      return { t: 'bool', v: false };
    case 'num':
      return { t: 'bool', v: !s.v.isZero() };
    case 'text': {
      const u = s.v.trim().toUpperCase();
      if (u === 'TRUE' || u === 'FALSE') return { t: 'bool', v: u === 'TRUE' };
      return excelError('#VALUE!');
    }
  }
}
