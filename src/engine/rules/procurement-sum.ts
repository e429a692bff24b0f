// procurement/sum: 政府采购 合计 = Σ 小计 (or Σ items); each 小计 = Σ its items, in every money column.
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { SUM_MESSAGES, checkSum } from './support/report-sum';
import { columnName, hasColumn, rowWithRole, tablesOf } from './support/tables';

/** Money columns that add up down the table (数量, 单价 and the repeated 预算资金 do not). */
const MONEY = ['total', 'generalBudget', 'govFund', 'stateCapital', 'fiscalAccount', 'unitFunds', 'carryover', 'smeShare'];

/**
 * The items of each 小计: the items after it until the next 小计 when the 小计 line heads its group (seed 001),
 * else the items before it.
 */
export function groups(t: BudgetTable): { head: TableRow; items: TableRow[] }[] {
  const rows = t.rows.filter((r) => r.role === 'subtotal' || r.role === 'item');
  const headsFirst = rows[0]?.role === 'subtotal';
  const out: { head: TableRow; items: TableRow[] }[] = [];
  let pending: TableRow[] = [];
  for (const r of rows) {
    if (r.role === 'item') {
      if (headsFirst) out[out.length - 1]?.items.push(r);
      else pending.push(r);
      continue;
    }
    out.push({ head: r, items: headsFirst ? [] : pending });
    pending = [];
  }
  return out;
}

function checkRows(ctx: RuleContext, t: BudgetTable, head: TableRow, parts: TableRow[], reference: string): void {
  if (parts.length === 0) return;
  for (const key of MONEY.filter((k) => hasColumn(t, k))) {
    const cells = parts.map((p) => p.amounts[key]);
    checkSum(ctx, {
      table: t,
      target: head.amounts[key],
      parts: cells,
      subject: head.name || '合计',
      column: columnName(t, key),
      reference,
    });
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
      const gs = groups(t);
      const total = rowWithRole(t, 'total');
      for (const g of gs) checkRows(ctx, t, g.head, g.items, '所属各采购项目之和');
      if (!total) continue;
      if (gs.length > 0) checkRows(ctx, t, total, gs.map((g) => g.head), '各小计之和');
      else checkRows(ctx, t, total, t.rows.filter((r) => r.role === 'item'), '各采购项目之和');
    }
  },
});
