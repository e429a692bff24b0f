// cross/operating-vs-public: 机关运行经费 greater than 公用经费 is a warning.
import type { Amount, BudgetTable } from '../tables/types';
import { formatAmount } from '../money';
import { defineRule, type RuleContext } from './define-rule';
import { shownValue, valueOf } from './support/compare';
import { firstOf, tableName, tablesOf, totalRow } from './support/tables';

/** The 公用经费 total: 基本支出表, else 一般公共预算支出表, else 支出总表 (the first that shows the column). */
function publicTotal(ctx: RuleContext): { table: BudgetTable; cell: Amount } | undefined {
  for (const kind of ['general-budget-basic-expenditure', 'general-budget-expenditure', 'expenditure-summary'] as const) {
    const t = firstOf(ctx, kind);
    const cell = t && totalRow(t)?.amounts.public;
    if (t && cell) return { table: t, cell };
  }
  return undefined;
}

/** 机关运行经费 is paid out of 公用经费, so it cannot be larger; a larger figure usually means a wrong table. */
export const crossOperatingVsPublic = defineRule({
  id: 'cross/operating-vs-public',
  severity: 'warning',
  scope: 'set',
  description: '机关运行经费不应大于基本支出中的公用经费',
  messages: {
    exceeds: '机关运行经费合计 {{actual}} 大于{{source}}公用经费 {{limit}}，机关运行经费由公用经费安排，请核对',
  },
  check(ctx) {
    const pub = publicTotal(ctx);
    if (!pub) return;
    for (const t of tablesOf(ctx, 'agency-operating-costs')) {
      const cell = totalRow(t)?.amounts.total;
      if (!cell || !shownValue(cell).greaterThan(shownValue(pub.cell))) continue;
      ctx.report({
        messageId: 'exceeds',
        at: cell.address,
        related: [pub.cell.address],
        // No 应为: either table may be the wrong one; the clerk is told both figures.
        actual: valueOf(cell),
        data: { source: tableName(pub.table), limit: formatAmount(valueOf(pub.cell)) },
        table: t.kind,
      });
    }
  },
});
