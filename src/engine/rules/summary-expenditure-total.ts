// summary/expenditure-total: 本年支出合计 = Σ 类 lines (Henan: 基本支出 + 项目支出, each = its sub-lines).
import type { BudgetTable } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { hasMoney } from './support/compare';
import { carryoverCells, expenditureLines, lineKeys, linesBelow, twoSided } from './support/summary';
import { columnName, rowWithRole, rowsWithRole } from './support/tables';

const SUB_LINES: Record<string, string[]> = {
  basic: ['personnel', 'public'],
  project: ['dept-project', 'special-project'],
};

function declareSubLines(ctx: RuleContext, t: BudgetTable): void {
  for (const [role, subRoles] of Object.entries(SUB_LINES)) {
    for (const line of rowsWithRole(t, role, 'expenditure')) {
      const subs = linesBelow(t, line, subRoles);
      for (const key of lineKeys(line)) {
        if (!subs.some((s) => hasMoney(s.amounts[key]))) continue;
        ctx.declare({
          table: t,
          target: line.amounts[key],
          parts: subs.map((s) => s.amounts[key]),
          words: () => ({ subject: line.name, column: columnName(t, key), reference: subs.map((s) => s.name).join(' + ') }),
        });
      }
    }
  }
}

/**
 * The year's spending total must be the sum of the 类 lines. Henan tables without a 本年支出合计 line are checked
 * at their bottom 支出总计/支出合计 line, with the 年终结转结余 added.
 */
export const summaryExpenditureTotal = defineRule({
  id: 'summary/expenditure-total',
  severity: 'error',
  description: '收支总表：本年支出合计 = 各类支出之和（河南：基本支出 + 项目支出）',
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      const lines = expenditureLines(t);
      const total = rowWithRole(t, 'expenditure-total', 'expenditure');
      const target = total ?? rowWithRole(t, 'expenditure-grand-total', 'expenditure');
      if (target && lines.rows.length > 0) {
        for (const key of lineKeys(target)) {
          const carry = total ? [] : carryoverCells(t, 'expenditure', key);
          ctx.declare({
            table: t,
            target: target.amounts[key],
            parts: [...lines.rows.map((r) => r.amounts[key]), ...carry],
            words: () => ({ subject: target.name, column: columnName(t, key), reference: lines.label }),
          });
        }
      }
      declareSubLines(ctx, t);
    }
  },
});
