// summary/expenditure-total: 本年支出合计 = Σ 类 lines (Henan: 基本支出 + 项目支出, each = its sub-lines).
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { compareSum, hasMoney } from './support/compare';
import { explainedByReference } from './support/line-reference';
import { explainedByChildRow } from './support/locate';
import { SUM_MESSAGES, reportVerdict } from './support/report-sum';
import { carryoverCells, expenditureLines, lineKeys, linesBelow, twoSided } from './support/summary';
import { columnName, rowWithRole, rowsWithRole } from './support/tables';

const SUB_LINES: Record<string, string[]> = {
  basic: ['personnel', 'public'],
  project: ['dept-project', 'special-project'],
};

function checkSubLines(ctx: RuleContext, t: BudgetTable): void {
  for (const [role, subRoles] of Object.entries(SUB_LINES)) {
    for (const line of rowsWithRole(t, role, 'expenditure')) {
      const subs = linesBelow(t, line, subRoles);
      for (const key of lineKeys(line)) {
        if (!subs.some((s) => hasMoney(s.amounts[key]))) continue;
        const parts = subs.map((s) => s.amounts[key]);
        const reference = subs.map((s) => s.name).join(' + ');
        const verdict = compareSum(line.amounts[key], parts);
        if (verdict.status === 'mismatch' && explainedByChildRow(t, line, key, ctx.options.disabledRules)) continue;
        reportVerdict(ctx, {
          table: t,
          target: line.amounts[key],
          parts,
          subject: line.name,
          column: columnName(t, key),
          reference,
        }, verdict);
      }
    }
  }
}

/**
 * A total that fails only because one line is wrong — a line its own row (合计 ≠ Σ funds) or the other table
 * (支出总表, 一般公共预算支出表) also rejects — is not reported: the row or cross rule reports that line.
 */
function isExplained(ctx: RuleContext, t: BudgetTable, total: TableRow, lines: TableRow[], key: string): boolean {
  return explainedByChildRow(t, total, key, ctx.options.disabledRules) || explainedByReference(ctx, t, total, lines, key);
}

/**
 * The year's spending total must be the sum of the 类 lines. Henan tables without a 本年支出合计 line are checked
 * at their bottom 支出总计/支出合计 line, with the 年终结转结余 added.
 */
export const summaryExpenditureTotal = defineRule({
  id: 'summary/expenditure-total',
  severity: 'error',
  description: '收支总表：本年支出合计 = 各类支出之和（河南：基本支出 + 项目支出）',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      const lines = expenditureLines(t);
      const total = rowWithRole(t, 'expenditure-total', 'expenditure');
      const target = total ?? rowWithRole(t, 'expenditure-grand-total', 'expenditure');
      if (target && lines.rows.length > 0) {
        for (const key of lineKeys(target)) {
          const carry = total ? [] : carryoverCells(t, 'expenditure', key);
          const parts = [...lines.rows.map((r) => r.amounts[key]), ...carry];
          const column = columnName(t, key);
          const verdict = compareSum(target.amounts[key], parts);
          if (verdict.status === 'mismatch' && isExplained(ctx, t, target, lines.rows, key)) continue;
          const check = {
            table: t,
            target: target.amounts[key],
            parts,
            subject: target.name,
            column,
            reference: lines.label,
          };
          reportVerdict(ctx, check, verdict);
        }
      }
      checkSubLines(ctx, t);
    }
  },
});
