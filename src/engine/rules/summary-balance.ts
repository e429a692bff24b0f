// summary/balance: in a 收支总表, 收入总计 = 支出总计.
import type { Amount, BudgetTable } from '../tables/types';
import { defineRule } from './define-rule';
import { compareSum } from './support/compare';
import { SUM_MESSAGES, checkSum } from './support/report-sum';
import { carryoverCells, expenditureLines, incomeLines, twoSided } from './support/summary';
import { rowWithRole } from './support/tables';

/** The figure a side's 总计 should have from its own lines; false when the 总计 disagrees with them. */
function agreesWithLines(t: BudgetTable, grand: Amount | undefined, side: 'income' | 'expenditure', key: string): boolean {
  const rows = side === 'income' ? incomeLines(t) : expenditureLines(t).rows;
  if (rows.length === 0) return true;
  const parts = [...rows.map((r) => r.amounts[key]), ...carryoverCells(t, side, key)];
  return compareSum(grand, parts).status !== 'mismatch';
}

/**
 * A budget balances: the two 总计 are equal. Reported at 支出总计, with 收入总计 related; skipped when one
 * 总计 already disagrees with its own lines (summary/grand-totals or the line totals report that cell).
 */
export const summaryBalance = defineRule({
  id: 'summary/balance',
  severity: 'error',
  description: '收支总表：收入总计 = 支出总计',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      const income = rowWithRole(t, 'income-grand-total', 'income');
      const spend = rowWithRole(t, 'expenditure-grand-total', 'expenditure');
      const inKey = income?.amounts.amount ? 'amount' : 'total';
      const outKey = spend?.amounts.total ? 'total' : 'amount';
      const inCell = income?.amounts[inKey];
      const outCell = spend?.amounts[outKey];
      if (!income || !spend || !inCell || !outCell) continue;
      if (!agreesWithLines(t, inCell, 'income', inKey) || !agreesWithLines(t, outCell, 'expenditure', outKey)) continue;
      checkSum(ctx, {
        table: t,
        target: outCell,
        parts: [inCell],
        subject: spend.name,
        column: '金额',
        reference: income.name,
      });
    }
  },
});
