// cross/totals-agree: the 收支总表 totals = 收入总表 合计 = 支出总表 合计.
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { wholeKey } from './support/cross';
import { declareEqual } from './support/identities';
import { columnName, firstOf, rowWithRole, tablesOf, totalRow } from './support/tables';

function compareLine(ctx: RuleContext, s: BudgetTable, line: TableRow | undefined, other: BudgetTable, key: string): void {
  const row = totalRow(other);
  if (!line || !row?.amounts[key]) return;
  const k = wholeKey(line);
  declareEqual(ctx, { table: s, cell: line.amounts[k] }, { table: other, cell: row.amounts[key] }, () => ({ subject: line.name, column: columnName(s, k) }));
}

/**
 * 收入总计 = 收入总表 合计; 本年收入合计 = 收入总表 本年收入小计; 上年结转结余 = 收入总表 上年结转;
 * 本年支出合计 (Henan: 支出总计) = 支出总表 合计.
 */
export const crossTotalsAgree = defineRule({
  id: 'cross/totals-agree',
  severity: 'error',
  scope: 'set',
  description: '收支总表的收入总计、本年收入合计、上年结转结余、本年支出合计与收入总表、支出总表的合计一致',
  check(ctx) {
    const income = firstOf(ctx, 'income-summary');
    const spend = firstOf(ctx, 'expenditure-summary');
    for (const s of tablesOf(ctx, 'income-expenditure-summary')) {
      if (income) {
        compareLine(ctx, s, rowWithRole(s, 'income-grand-total', 'income'), income, 'total');
        compareLine(ctx, s, rowWithRole(s, 'income-total', 'income'), income, 'currentIncome');
        compareLine(ctx, s, rowWithRole(s, 'carryover-in', 'income'), income, 'carryover');
      }
      if (spend) {
        const line = rowWithRole(s, 'expenditure-total', 'expenditure') ?? rowWithRole(s, 'expenditure-grand-total', 'expenditure');
        compareLine(ctx, s, line, spend, spend.columns.some((c) => c.key === 'total') ? 'total' : 'grandTotal');
      }
    }
  },
});
