// An identity is what must hold between cells: target = Σ sign·part (a roll-up, a row split, a figure another table
// repeats). Rules declare identities as data; which cell is wrong is decided once, over all of them (diagnose.ts).
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

/** One signed part of an identity; `factor` converts the part's unit into the target's (万元 part in a 元 table: 10000). */
export interface Term {
  amount: Amount;
  sign: 1 | -1;
  factor: number;
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
  parts: Term[];
  words: IdentityWords;
}

/** A part as a rule gives it: an amount (added), or an amount with a sign and the table it comes from. */
export type PartSpec = Amount | undefined | { amount: Amount | undefined; sign?: 1 | -1; table?: BudgetTable };

/** What a rule declares; the framework adds the rule id and drops parts the table does not have. */
export interface IdentitySpec extends IdentityWords {
  table: BudgetTable;
  /** The cell that should hold the sum; nothing is declared when the table has no such cell. */
  target: Amount | undefined;
  parts: readonly PartSpec[];
  kind?: IdentityKind;
  severity?: 'error' | 'warning';
}

const UNIT_SIZE: Record<Unit, number> = { 元: 1, 万元: 10000, 亿元: 100000000 };

/** How many target units one unit of `from` is (1 when either unit is unknown). */
export function unitFactor(from: Unit | null, to: Unit | null): number {
  if (!from || !to) return 1;
  return UNIT_SIZE[from] / UNIT_SIZE[to];
}

/** Build an identity from a rule's declaration; null when there is no target cell, or no part to add up. */
export function toIdentity(rule: string, severity: 'error' | 'warning', spec: IdentitySpec): Identity | null {
  if (!spec.target) return null;
  const parts: Term[] = [];
  for (const p of spec.parts) {
    if (!p) continue;
    if ('address' in p) {
      parts.push({ amount: p, sign: 1, factor: 1 });
      continue;
    }
    if (!p.amount) continue;
    const factor = p.table ? unitFactor(p.table.unit, spec.table.unit) : 1;
    parts.push({ amount: p.amount, sign: p.sign ?? 1, factor });
  }
  // A line whose counterpart another table lacks is a missing row, not a figure that should be 0.
  if (parts.length === 0) return null;
  return {
    rule,
    severity: spec.severity ?? severity,
    table: spec.table,
    kind: spec.kind ?? 'sum',
    target: spec.target,
    parts,
    words: { subject: spec.subject, column: spec.column, reference: spec.reference },
  };
}
