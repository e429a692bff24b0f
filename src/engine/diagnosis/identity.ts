// An identity is what must hold between cells: target = Σ sign·part (a roll-up, a row split, a figure another table
// repeats). Rules declare identities as data; which cell is wrong is decided once, over all of them (diagnose.ts).
// A big workbook declares hundreds of thousands of them: they are kept compact (parallel arrays, +1 and factor 1
// left implicit) and their words are built only when a finding needs them.
import type { Amount, BudgetTable, Unit } from '../tables/types';

/** How a rule words an identity for the clerk: 「款 21015 医疗保障管理事务：合计 … 所属各项之和 …」. */
export interface IdentityWords {
  /** The row of the target: 「款 21015 医疗保障管理事务」, 「本年支出合计」. */
  subject: string;
  /** The target's column as the header reads: 「合计」, 「基本支出」. */
  column: string;
  /** What the target should equal: 「所属各项之和」, 「「支出总表」中为」. */
  reference: string;
}

/** sum: target = Σ parts within one table; equal: target repeats a figure of another table. */
export type IdentityKind = 'sum' | 'equal';

/** A declared identity with the rule that owns it. */
export interface Identity {
  rule: string;
  severity: 'error' | 'warning';
  table: BudgetTable;
  kind: IdentityKind;
  target: Amount;
  parts: Amount[];
  /** Sign of each part; absent when every part is added. */
  signs?: (1 | -1)[];
  /** How many target units one unit of each part is (a 万元 part in a 元 table: 10000); absent when all are 1. */
  factors?: number[];
  /** The words, or how to build them. */
  words: IdentityWords | (() => IdentityWords);
}

/** A part as a rule gives it: an amount (added), or an amount with a sign and the table it comes from. */
export type PartSpec = Amount | undefined | { amount: Amount | undefined; sign?: 1 | -1; table?: BudgetTable };

/** What a rule declares; the framework adds the rule id and drops parts the table does not have. */
export interface IdentitySpec {
  table: BudgetTable;
  /** The cell that should hold the sum; nothing is declared when the table has no such cell. */
  target: Amount | undefined;
  parts: readonly PartSpec[];
  kind?: IdentityKind;
  severity?: 'error' | 'warning';
  /** The words, or a function that builds them (called only for identities a finding is about). */
  words: IdentityWords | (() => IdentityWords);
}

const UNIT_SIZE: Record<Unit, number> = { 元: 1, 万元: 10000, 亿元: 100000000 };

/** How many target units one unit of `from` is (1 when either unit is unknown). */
export function unitFactor(from: Unit | null, to: Unit | null): number {
  if (!from || !to) return 1;
  return UNIT_SIZE[from] / UNIT_SIZE[to];
}

/** The words of an identity, built on first use. */
export function wordsOf(i: Identity): IdentityWords {
  if (typeof i.words === 'function') i.words = i.words();
  return i.words;
}

/** Sign of part k. */
export function signOf(i: Identity, k: number): 1 | -1 {
  return i.signs ? i.signs[k] : 1;
}

/** Unit factor of part k. */
export function factorOf(i: Identity, k: number): number {
  return i.factors ? i.factors[k] : 1;
}

/** True when a cell was saved as a formula whose value the engine could not work out: nothing can be checked. */
function unknown(a: Amount): boolean {
  return a.cell?.uncomputed === true;
}

/**
 * Build an identity from a rule's declaration; null when there is no target cell, no part to add up, or a cell
 * whose value is unknown (a formula saved without a value the engine could not compute: cell/formula-uncomputed
 * warns about it once per table).
 */
export function toIdentity(rule: string, severity: 'error' | 'warning', spec: IdentitySpec): Identity | null {
  if (!spec.target || unknown(spec.target)) return null;
  const parts: Amount[] = [];
  let signs: (1 | -1)[] | undefined;
  let factors: number[] | undefined;
  for (const p of spec.parts) {
    if (!p) continue;
    const amount = 'address' in p ? p : p.amount;
    if (!amount) continue;
    if (unknown(amount)) return null;
    const sign = 'address' in p ? 1 : p.sign ?? 1;
    const factor = 'address' in p || !p.table ? 1 : unitFactor(p.table.unit, spec.table.unit);
    if (sign !== 1 && !signs) signs = parts.map(() => 1);
    if (factor !== 1 && !factors) factors = parts.map(() => 1);
    parts.push(amount);
    signs?.push(sign);
    factors?.push(factor);
  }
  // A line whose counterpart another table lacks is a missing row, not a figure that should be 0.
  if (parts.length === 0) return null;
  const out: Identity = { rule, severity: spec.severity ?? severity, table: spec.table, kind: spec.kind ?? 'sum', target: spec.target, parts, words: spec.words };
  if (signs) out.signs = signs;
  if (factors) out.factors = factors;
  return out;
}
