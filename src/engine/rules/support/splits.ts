// Row identities of a table (合计 = 基本 + 项目, 基本 = 人员 + 公用, …): one list the row/* rules check and the
// locating logic reads to tell which cell of a row is the wrong one.
import type { BudgetTable, ColumnKey, TableKind } from '../../tables/types';
import { hasColumn } from './tables';

/** The row rules, each declaring its own kind of row identity. */
export type SplitRule = 'income' | 'expenditure' | 'basic' | 'project' | 'grand-total' | 'fund';

/** One row identity: target = Σ parts, declared by the row rule of its kind. */
export interface Split {
  rule: SplitRule;
  target: ColumnKey;
  parts: ColumnKey[];
}

const SPENDING = ['basic', 'project', 'operating', 'remitUpper', 'subsidiary'];
const INCOME_SOURCES = [
  'fiscalGrant', 'generalBudget', 'govFund', 'stateCapital', 'fiscalAccount', 'business', 'operatingIncome',
  'upperSubsidy', 'subsidiaryRemit', 'otherIncome', 'unitFunds', 'otherFunds',
];
const SUMMARY_FUNDS = [
  'carryoverGeneral', 'carryoverFund', 'generalBudget', 'govFund', 'fundCurrent', 'fundTransfer', 'fiscalAccount',
  'stateCapital', 'otherFunds',
];
const FUNDS: Partial<Record<TableKind, string[]>> = {
  'income-expenditure-summary': SUMMARY_FUNDS,
  'fiscal-grant-summary': SUMMARY_FUNDS,
  'three-public-expenses': ['generalBudget', 'govFund', 'stateCapital', 'fiscalAccount'],
  procurement: ['generalBudget', 'govFund', 'stateCapital', 'fiscalAccount', 'unitFunds', 'carryover'],
};
const ECON_KINDS: readonly TableKind[] = ['general-budget-basic-expenditure', 'economic-classification-summary', 'agency-operating-costs'];

/** The part columns this table has. */
export function presentParts(t: BudgetTable, parts: readonly ColumnKey[]): ColumnKey[] {
  return parts.filter((k) => hasColumn(t, k));
}

function add(out: Split[], t: BudgetTable, rule: SplitRule, target: ColumnKey, parts: readonly ColumnKey[]): void {
  const present = presentParts(t, parts);
  if (hasColumn(t, target) && present.length > 0) out.push({ rule, target, parts: present });
}

function incomeSplits(out: Split[], t: BudgetTable): void {
  if (hasColumn(t, 'currentIncome')) {
    add(out, t, 'income', 'total', ['currentIncome', 'carryover']);
    add(out, t, 'income', 'currentIncome', INCOME_SOURCES);
  } else {
    add(out, t, 'income', 'total', [...INCOME_SOURCES, 'carryover']);
  }
}

/** Henan splits 政府性基金 into 当年基金收入 / 上级基金专项转移支付: count the parts, not the group too. */
function fundParts(t: BudgetTable): string[] {
  const present = presentParts(t, FUNDS[t.kind] ?? []);
  const split = present.includes('fundCurrent') || present.includes('fundTransfer');
  return split ? present.filter((k) => k !== 'govFund') : present;
}

const cache = new WeakMap<BudgetTable, { columns: BudgetTable['columns']; splits: Split[] }>();

/** Every row identity that holds on this table's rows (two-sided summaries: on the expenditure side); cached. */
export function splitsOf(t: BudgetTable): Split[] {
  const hit = cache.get(t);
  if (hit && hit.columns === t.columns) return hit.splits;
  const splits = buildSplits(t);
  cache.set(t, { columns: t.columns, splits });
  return splits;
}

/**
 * What a row's 合计 adds up: 基本支出 + 项目支出 (+ 经营 …), or, where a table splits 基本支出 into 人员经费 and
 * 公用经费 without a 基本支出 column (Shanghai 预算单位 财务收支预算总表), those two instead.
 */
function spendingParts(t: BudgetTable): string[] {
  if (hasColumn(t, 'basic') || ECON_KINDS.includes(t.kind) || !hasColumn(t, 'personnel')) return SPENDING;
  return ['personnel', 'public', ...SPENDING.filter((k) => k !== 'basic')];
}

function buildSplits(t: BudgetTable): Split[] {
  const out: Split[] = [];
  if (t.kind === 'income-summary') incomeSplits(out, t);
  add(out, t, 'expenditure', hasColumn(t, 'total') ? 'total' : 'grandTotal', spendingParts(t));
  add(out, t, 'basic', 'basic', ['personnel', 'public']);
  if (ECON_KINDS.includes(t.kind)) add(out, t, 'basic', 'total', ['personnel', 'public']);
  add(out, t, 'project', 'project', ['deptProject', 'specialProject']);
  add(out, t, 'grand-total', 'grandTotal', ['total']);
  add(out, t, 'fund', 'total', fundParts(t));
  return out;
}
