// The formula model the evaluator works on: a small typed tree, independent of the parser library.
import type { Money } from '../money';

/** A block of cells a formula names; null bounds are open (B:B has no top or bottom, 3:3 no left or right). */
export interface RefArea {
  /** The sheet named in the reference; null for the formula's own sheet. */
  sheet: string | null;
  top: number | null;
  left: number | null;
  bottom: number | null;
  right: number | null;
}

/** Operators between two values: arithmetic and the comparisons IF needs. */
export type BinaryOp = '+' | '-' | '*' | '/' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/** Operators on one value: sign and percent (5% is 0.05). */
export type UnaryOp = '+' | '-' | '%';

/** One node of a parsed formula; `missing` is an argument left out (ROUND(A1,) or IF(A1,,2)). */
export type Expr =
  | { kind: 'number'; value: Money }
  | { kind: 'text'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; code: string }
  | { kind: 'missing' }
  | { kind: 'ref'; area: RefArea }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'unary'; op: UnaryOp; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr };

/** Why a formula is not evaluated at all (its cell stays without a value). */
export type Unsupported =
  | 'syntax'
  | 'external-link'
  | 'defined-name'
  | 'function'
  | 'operator'
  | 'array';

/** The parser's answer: a tree, or the reason there is none. */
export type Parsed = { ok: true; expr: Expr } | { ok: false; reason: Unsupported; detail?: string };
