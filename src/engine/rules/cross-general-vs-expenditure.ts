// cross/general-vs-expenditure: when all money is 一般公共预算, the 一般公共预算支出表 = the 支出总表, row by row.
import type { BudgetTable, TableRow } from '../tables/types';
import { canonicalName } from '../codes/canonical-name';
import { parentOf } from '../tables/tree';
import { defineRule, type RuleContext } from './define-rule';
import { hasMoney } from './support/compare';
import { codedRow } from './support/cross';
import { declareEqual } from './support/identities';
import { carryoverCells, incomeLines } from './support/summary';
import { columnName, firstOf, hasColumn, rowSubject, totalRow } from './support/tables';

const COLUMNS = ['total', 'basic', 'project', 'personnel', 'public', 'deptProject', 'specialProject'];

/**
 * True when the 收支总表 shows only 一般公共预算 money: no other income line and no carry-over has a figure.
 * Without a 收支总表 we cannot tell, and the rule stays silent.
 */
export function allGeneralBudget(ctx: RuleContext): boolean {
  const s = firstOf(ctx, 'income-expenditure-summary');
  if (!s) return false;
  const others = incomeLines(s).filter((r) => !r.name.includes('一般公共预算'));
  if (others.some((r) => Object.values(r.amounts).some(hasMoney))) return false;
  return !carryoverCells(s, 'income', 'amount').some(hasMoney);
}

function compareTables(ctx: RuleContext, g: BudgetTable, e: BudgetTable): void {
  const keys = COLUMNS.filter((k) => hasColumn(g, k) && hasColumn(e, k));
  const byName = nameIndex(e);
  const seen = new Map<string, number>();
  for (const row of g.rows) {
    if (row.side !== undefined) continue;
    let other: TableRow | undefined;
    if (row.level === 'total') other = totalRow(e);
    else if (row.code && row.level !== 'detail') other = codedRow(e, row.code, row.level);
    else {
      // Henan 明细 rows (they repeat their 项's code) and names-only lines: matched by code, name and the names of
      // the lines above them, the n-th such row to the n-th.
      const k = nameKey(g, row);
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      other = byName.get(k)?.[n];
    }
    if (!other) continue;
    for (const key of keys) {
      declareEqual(ctx, { table: g, cell: row.amounts[key] }, { table: e, cell: other.amounts[key] }, () => ({ subject: rowSubject(row), column: columnName(g, key) }));
    }
  }
}

/** A row's level, code, name and the names of the rows it adds up into: what tells a line without its own code. */
function nameKey(t: BudgetTable, row: TableRow): string {
  const names: string[] = [];
  for (let r: TableRow | undefined = row; r; r = parentOf(t, r)) names.push(canonicalName(r.name));
  return `${row.level}\u0000${row.code ?? ''}\u0000${names.join('\u0000')}`;
}

/** The rows matched by name (明细, names-only lines), in sheet order. */
function nameIndex(t: BudgetTable): Map<string, TableRow[]> {
  const map = new Map<string, TableRow[]>();
  for (const r of t.rows) {
    if (r.side !== undefined || r.level === 'total' || (r.code && r.level !== 'detail')) continue;
    const k = nameKey(t, r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** With only 一般公共预算 money, the two tables must be the same figures (合计, 基本支出, 项目支出 by row). */
export const crossGeneralVsExpenditure = defineRule({
  id: 'cross/general-vs-expenditure',
  severity: 'error',
  scope: 'set',
  description: '全部为一般公共预算资金时，一般公共预算支出表的合计、基本支出、项目支出与支出总表一致',
  check(ctx) {
    const g = firstOf(ctx, 'general-budget-expenditure');
    const e = firstOf(ctx, 'expenditure-summary');
    if (!g || !e || !allGeneralBudget(ctx)) return;
    compareTables(ctx, g, e);
  },
});
