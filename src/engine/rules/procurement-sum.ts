// procurement/sum: 政府采购 合计 = Σ 小计 (or Σ items); each 小计 = Σ its items, in every money column.
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { compareSum } from './support/compare';
import { explainedByChildRow } from './support/locate';
import { SUM_MESSAGES, reportVerdict } from './support/report-sum';
import { procurementGroups } from './support/tree';
import { columnName, hasColumn, rowWithRole, tablesOf } from './support/tables';

/** Money columns that add up down the table (数量, 单价 and the repeated 预算资金 do not). */
const MONEY = ['total', 'generalBudget', 'govFund', 'stateCapital', 'fiscalAccount', 'unitFunds', 'carryover', 'smeShare'];

function isExplained(ctx: RuleContext, t: BudgetTable, head: TableRow, key: string, leaves?: TableRow[]): boolean {
  if (explainedByChildRow(t, head, key, ctx.options.disabledRules)) return true;
  return leaves !== undefined && compareSum(head.amounts[key], leaves.map((l) => l.amounts[key])).status !== 'mismatch';
}

/**
 * Compare `head` with Σ `parts` in every money column. Not reported: an item its own funding columns reject (the
 * item is reported by row/fund-split), nor a 合计 that agrees with all the items (a 小计 is wrong, reported there).
 */
function checkRows(
  ctx: RuleContext,
  t: BudgetTable,
  head: TableRow,
  parts: TableRow[],
  reference: string,
  leaves?: TableRow[],
): void {
  if (parts.length === 0) return;
  for (const key of MONEY.filter((k) => hasColumn(t, k))) {
    const cells = parts.map((p) => p.amounts[key]);
    const verdict = compareSum(head.amounts[key], cells);
    if (verdict.status === 'mismatch' && isExplained(ctx, t, head, key, leaves)) continue;
    reportVerdict(ctx, {
      table: t,
      target: head.amounts[key],
      parts: cells,
      subject: head.name || '合计',
      column: columnName(t, key),
      reference,
    }, verdict);
  }
}

/** The procurement list's totals must add up group by group. */
export const procurementSum = defineRule({
  id: 'procurement/sum',
  severity: 'error',
  description: '政府采购预算表：合计 = 各小计之和；小计 = 所属各采购项目之和',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of tablesOf(ctx, 'procurement')) {
      const gs = procurementGroups(t);
      const total = rowWithRole(t, 'total');
      for (const g of gs) checkRows(ctx, t, g.head, g.items, '所属各采购项目之和');
      if (!total) continue;
      const items = t.rows.filter((r) => r.role === 'item');
      if (gs.length > 0) checkRows(ctx, t, total, gs.map((g) => g.head), '各小计之和', items);
      else checkRows(ctx, t, total, items, '各采购项目之和');
    }
  },
});
