// Formula text -> Expr through @borgar/fx (the one import of the parser): the library builds the syntax tree,
// this file maps it onto the engine's own small model and says why a formula is left out.
import { parse as fxParse, parseA1Ref, tokenize, type AstExpression, type Node } from '@borgar/fx';
import { Decimal } from '../money';
import type { BinaryOp, Expr, Parsed, RefArea, UnaryOp, Unsupported } from './ast';

const BINARY_OPS = new Set<string>(['+', '-', '*', '/', '=', '<>', '<', '>', '<=', '>=']);
const UNARY_OPS = new Set<string>(['+', '-', '%']);

/** Raised inside the mapping only; parseFormula turns it into a Parsed answer. */
class Unmapped extends Error {
  constructor(readonly reason: Unsupported, readonly detail?: string) {
    super(reason);
  }
}

/** Parse formula text as stored in a file ("SUM(B3:B9)") or shown by Excel ("=SUM(B3:B9)"). Never throws. */
export function parseFormula(text: string): Parsed {
  const source = text.trim().replace(/^=/, '');
  if (source === '') return { ok: false, reason: 'syntax' };
  let tree: AstExpression;
  try {
    tree = fxParse(tokenize(source, { mergeRefs: true, negativeNumbers: true }));
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  try {
    return { ok: true, expr: toExpr(tree) };
  } catch (e) {
    if (e instanceof Unmapped) return { ok: false, reason: e.reason, detail: e.detail };
    return { ok: false, reason: 'syntax' };
  }
}

function toExpr(node: Node | null): Expr {
  if (node === null) return { kind: 'missing' };
  const n = node as AstExpression;
  switch (n.type) {
    case 'Literal':
      if (typeof n.value === 'number') return { kind: 'number', value: numberOf(n.raw) };
      if (typeof n.value === 'boolean') return { kind: 'bool', value: n.value };
      return { kind: 'text', value: n.value };
    case 'ErrorLiteral':
      return { kind: 'error', code: n.value.toUpperCase() };
    case 'ReferenceIdentifier':
      return { kind: 'ref', area: areaOf(n.value) };
    case 'CallExpression':
      return { kind: 'call', name: n.callee.name.toUpperCase(), args: n.arguments.map(toExpr) };
    case 'UnaryExpression':
      if (!UNARY_OPS.has(n.operator)) throw new Unmapped('operator', n.operator);
      return { kind: 'unary', op: n.operator as UnaryOp, arg: toExpr(n.arguments[0]) };
    case 'BinaryExpression':
      if (!BINARY_OPS.has(n.operator)) throw new Unmapped('operator', n.operator);
      return { kind: 'binary', op: n.operator as BinaryOp, left: toExpr(n.arguments[0]), right: toExpr(n.arguments[1]) };
    case 'ArrayExpression':
      throw new Unmapped('array');
    default:
      throw new Unmapped('syntax', n.type);
  }
}

/** The literal's own digits ("0.1", "1.5E3", "-2"), never the float the tokenizer made of them. */
function numberOf(raw: string): InstanceType<typeof Decimal> {
  try {
    return new Decimal(raw);
  } catch {
    throw new Unmapped('syntax', raw);
  }
}

function areaOf(text: string): RefArea {
  const ref = parseA1Ref(text);
  if (!ref) throw new Unmapped('syntax', text);
  if (ref.context && ref.context.length > 1) throw new Unmapped('external-link', text);
  if (!('range' in ref) || !ref.range) throw new Unmapped('defined-name', text);
  const { top, left, bottom, right } = ref.range;
  const sheet = ref.context && ref.context.length === 1 ? ref.context[0] : null;
  if (sheet !== null && /^\[.*\]/.test(sheet)) throw new Unmapped('external-link', text);
  // B9:A1 is A1:B9 to Excel.
  const [t, b] = order(top, bottom);
  const [l, r] = order(left, right);
  return { sheet, top: t, left: l, bottom: b, right: r };
}

function order(a: number | null | undefined, b: number | null | undefined): [number | null, number | null] {
  if (a === null || a === undefined || b === null || b === undefined) return [a ?? null, b ?? null];
  return a <= b ? [a, b] : [b, a];
}
