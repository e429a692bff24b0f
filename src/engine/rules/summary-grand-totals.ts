// summary/grand-totals: 收入总计 = 本年收入合计 + 上年结转结余; 支出总计 = 本年支出合计 + 年终结转结余.
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { compareSum, hasMoney } from './support/compare';
import { SUM_MESSAGES, checkSum, reportVerdict } from './support/report-sum';
import { carryoverCells, expenditureLines, incomeLines, lineKeys, twoSided } from './support/summary';
import { columnName, rowWithRole, rowsWithRole } from './support/tables';

type Side = 'income' | 'expenditure';
const ROLES: Record<Side, { total: string; grand: string; carry: string }> = {
  income: { total: 'income-total', grand: 'income-grand-total', carry: '上年结转结余' },
  expenditure: { total: 'expenditure-total', grand: 'expenditure-grand-total', carry: '年终结转结余' },
};

function lines(t: BudgetTable, side: Side): TableRow[] {
  return side === 'income' ? incomeLines(t) : expenditureLines(t).rows;
}

/**
 * 总计 = 合计 + 结转. When the 总计 agrees with the lines themselves plus the carry-over, the wrong figure is the
 * 合计 line, which summary/income-total or summary/expenditure-total reports: not reported twice. Likewise when it
 * agrees with the carry-over's breakdown lines, the carry-over line is wrong and reported there.
 */
function checkGrand(ctx: RuleContext, t: BudgetTable, side: Side): void {
  const roles = ROLES[side];
  const total = rowWithRole(t, roles.total, side);
  const grand = rowWithRole(t, roles.grand, side);
  if (!total || !grand) return;
  for (const key of lineKeys(grand)) {
    const carry = carryoverCells(t, side, key);
    const verdict = compareSum(grand.amounts[key], [total.amounts[key], ...carry]);
    if (verdict.status === 'ok') continue;
    const fromLines = [...lines(t, side).map((r) => r.amounts[key]), ...carry];
    if (fromLines.length > carry.length && compareSum(grand.amounts[key], fromLines).status === 'ok') continue;
    const carryParts = rowsWithRole(t, `${side === 'income' ? 'carryover-in' : 'carryover-out'}-part`, side);
    const fromParts = [total.amounts[key], ...carryParts.map((r) => r.amounts[key])];
    if (carryParts.length > 0 && compareSum(grand.amounts[key], fromParts).status === 'ok') continue;
    const reference = `${total.name} + ${roles.carry}`;
    const check = {
      table: t,
      target: grand.amounts[key],
      parts: [total.amounts[key], ...carry],
      subject: grand.name,
      column: columnName(t, key),
      reference,
    };
    reportVerdict(ctx, check, verdict);
  }
}

/** 上年结转结余 = Σ its breakdown lines (年初财政拨款结转和结余: 一般公共预算拨款 …) where both are filled. */
function checkCarryParts(ctx: RuleContext, t: BudgetTable, side: Side): void {
  const role = side === 'income' ? 'carryover-in' : 'carryover-out';
  const line = rowWithRole(t, role, side);
  const parts = rowsWithRole(t, `${role}-part`, side);
  if (!line || parts.length === 0) return;
  for (const key of lineKeys(line)) {
    if (!hasMoney(line.amounts[key]) || !parts.some((p) => hasMoney(p.amounts[key]))) continue;
    const cells = parts.map((p) => p.amounts[key]);
    checkSum(ctx, {
      table: t,
      target: line.amounts[key],
      parts: cells,
      subject: line.name,
      column: columnName(t, key),
      reference: '其下各行之和',
    });
  }
}

/** The grand totals of both sides add the carry-overs to the year's totals. */
export const summaryGrandTotals = defineRule({
  id: 'summary/grand-totals',
  severity: 'error',
  description: '收支总表：收入总计 = 本年收入合计 + 上年结转结余；支出总计 = 本年支出合计 + 年终结转结余',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      for (const side of ['income', 'expenditure'] as const) {
        checkGrand(ctx, t, side);
        checkCarryParts(ctx, t, side);
      }
    }
  },
});
