// procurement/sum: 政府采购 合计 = Σ 小计 (or Σ items); each 小计 = Σ its items, in every money column.
import type { BudgetTable, TableRow } from '../tables/types';
import { procurementGroups } from '../tables/tree';
import { defineRule, type RuleContext } from './define-rule';
import { columnName, hasColumn, rowWithRole, tablesOf } from './support/tables';

/** Money columns that add up down the table (数量, 单价 and the repeated 预算资金 do not). */
const MONEY = ['total', 'generalBudget', 'govFund', 'stateCapital', 'fiscalAccount', 'unitFunds', 'carryover', 'smeShare'];

function declareRows(ctx: RuleContext, t: BudgetTable, head: TableRow, parts: TableRow[], reference: string): void {
  if (parts.length === 0) return;
  for (const key of MONEY.filter((k) => hasColumn(t, k))) {
    ctx.declare({
      table: t,
      target: head.amounts[key],
      parts: parts.map((p) => p.amounts[key]),
      words: () => ({ subject: head.name || '合计', column: columnName(t, key), reference }),
    });
  }
}

/** The procurement list's totals must add up group by group. */
export const procurementSum = defineRule({
  id: 'procurement/sum',
  severity: 'error',
  description: '政府采购预算表：合计 = 各小计之和；小计 = 所属各采购项目之和',
  check(ctx) {
    for (const t of tablesOf(ctx, 'procurement')) {
      const gs = procurementGroups(t);
      for (const g of gs) declareRows(ctx, t, g.head, g.items, '所属各采购项目之和');
      const total = rowWithRole(t, 'total');
      if (!total) continue;
      if (gs.length > 0) declareRows(ctx, t, total, gs.map((g) => g.head), '各小计之和');
      else declareRows(ctx, t, total, t.rows.filter((r) => r.role === 'item'), '各采购项目之和');
    }
  },
});
