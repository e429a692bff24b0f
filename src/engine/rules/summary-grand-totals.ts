// summary/grand-totals: 收入总计 = 本年收入合计 + 上年结转结余; 支出总计 = 本年支出合计 + 年终结转结余.
import type { BudgetTable } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { hasMoney } from './support/compare';
import { carryoverCells, lineKeys, twoSided } from './support/summary';
import { columnName, rowWithRole, rowsWithRole } from './support/tables';

type Side = 'income' | 'expenditure';
const ROLES: Record<Side, { total: string; grand: string; carry: string; carryRole: string }> = {
  income: { total: 'income-total', grand: 'income-grand-total', carry: '上年结转结余', carryRole: 'carryover-in' },
  expenditure: { total: 'expenditure-total', grand: 'expenditure-grand-total', carry: '年终结转结余', carryRole: 'carryover-out' },
};

/** 总计 = 合计 + 结转 (the carry-over line, or its breakdown lines when the line itself is blank). */
function declareGrand(ctx: RuleContext, t: BudgetTable, side: Side): void {
  const roles = ROLES[side];
  const total = rowWithRole(t, roles.total, side);
  const grand = rowWithRole(t, roles.grand, side);
  if (!total || !grand) return;
  for (const key of lineKeys(grand)) {
    ctx.declare({
      table: t,
      target: grand.amounts[key],
      parts: [total.amounts[key], ...carryoverCells(t, side, key)],
      words: () => ({ subject: grand.name, column: columnName(t, key), reference: `${total.name} + ${roles.carry}` }),
    });
  }
}

/** 上年结转结余 = Σ its breakdown lines (年初财政拨款结转和结余: 一般公共预算拨款 …) where both are filled. */
function declareCarryParts(ctx: RuleContext, t: BudgetTable, side: Side): void {
  const role = ROLES[side].carryRole;
  const line = rowWithRole(t, role, side);
  const parts = rowsWithRole(t, `${role}-part`, side);
  if (!line || parts.length === 0) return;
  for (const key of lineKeys(line)) {
    if (!hasMoney(line.amounts[key]) || !parts.some((p) => hasMoney(p.amounts[key]))) continue;
    ctx.declare({
      table: t,
      target: line.amounts[key],
      parts: parts.map((p) => p.amounts[key]),
      words: () => ({ subject: line.name, column: columnName(t, key), reference: '其下各行之和' }),
    });
  }
}

/** The grand totals of both sides add the carry-overs to the year's totals. */
export const summaryGrandTotals = defineRule({
  id: 'summary/grand-totals',
  severity: 'error',
  description: '收支总表：收入总计 = 本年收入合计 + 上年结转结余；支出总计 = 本年支出合计 + 年终结转结余',
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      for (const side of ['income', 'expenditure'] as const) {
        declareGrand(ctx, t, side);
        declareCarryParts(ctx, t, side);
      }
    }
  },
});
