// cross/general-vs-expenditure: when all money is 一般公共预算, the 一般公共预算支出表 = the 支出总表, row by row.
import type { BudgetTable, TableRow } from '../tables/types';
import { canonicalName } from '../codes/canonical-name';
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
  const details = detailIndex(e);
  const seen = new Map<string, number>();
  for (const row of g.rows) {
    if (row.side !== undefined) continue;
    let other: TableRow | undefined;
    if (row.level === 'detail') {
      // Henan 明细 rows repeat their 项's code: matched by code and name, the n-th such row to the n-th.
      const k = detailKey(row);
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      other = details.get(k)?.[n];
      if (!other) continue;
    } else if (row.level === 'total') other = totalRow(e);
    else if (row.code) other = codedRow(e, row.code, row.level);
    else continue;
    for (const key of keys) {
      declareEqual(ctx, { table: g, cell: row.amounts[key] }, { table: e, cell: other?.amounts[key] }, () => ({ subject: rowSubject(row), column: columnName(g, key) }));
    }
  }
}

function detailKey(row: TableRow): string {
  return `${row.code ?? ''}\u0000${canonicalName(row.name)}`;
}

/** The 明细 rows of a table by code and name, in sheet order. */
function detailIndex(t: BudgetTable): Map<string, TableRow[]> {
  const map = new Map<string, TableRow[]>();
  for (const r of t.rows) {
    if (r.level !== 'detail') continue;
    const list = map.get(detailKey(r));
    if (list) list.push(r);
    else map.set(detailKey(r), [r]);
  }
  return map;
}

/** With only 一般公共预算 money, the two tables must be the same figures (合计, 基本支出, 项目支出 by row). */
export const crossGeneralVsExpenditure = defineRule({
  id: 'cross/general-vs-expenditure',
  severity: 'error',
  description: '全部为一般公共预算资金时，一般公共预算支出表的合计、基本支出、项目支出与支出总表一致',
  check(ctx) {
    const g = firstOf(ctx, 'general-budget-expenditure');
    const e = firstOf(ctx, 'expenditure-summary');
    if (!g || !e || !allGeneralBudget(ctx)) return;
    compareTables(ctx, g, e);
  },
});
