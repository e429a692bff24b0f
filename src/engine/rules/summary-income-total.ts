// summary/income-total: 本年收入合计 = Σ income lines; a source line = Σ its indented lines (Henan).
import { defineRule, type RuleContext } from './define-rule';
import { compareSum, hasMoney } from './support/compare';
import { incomeTotalExplained } from './support/fund-lines';
import { SUM_MESSAGES, checkSum, reportVerdict } from './support/report-sum';
import { incomeLines, lineKeys, linesBelow, twoSided } from './support/summary';
import { rowWithRole } from './support/tables';
import type { BudgetTable } from '../tables/types';

function checkSources(ctx: RuleContext, t: BudgetTable): void {
  for (const source of incomeLines(t)) {
    const subs = linesBelow(t, source, ['income-subsource']);
    for (const key of lineKeys(source)) {
      if (!subs.some((s) => hasMoney(s.amounts[key]))) continue;
      const parts = subs.map((s) => s.amounts[key]);
      checkSum(ctx, {
        table: t,
        target: source.amounts[key],
        parts,
        subject: source.name,
        column: '金额',
        reference: '其下各行之和',
      });
    }
  }
}

/** The year's income total of a 收支总表 must be the sum of the income lines above it. */
export const summaryIncomeTotal = defineRule({
  id: 'summary/income-total',
  severity: 'error',
  description: '收支总表：本年收入合计 = 各项收入之和（河南：各项收入 = 其下明细之和）',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      const total = rowWithRole(t, 'income-total', 'income');
      const lines = incomeLines(t);
      if (total && lines.length > 0) {
        for (const key of lineKeys(total)) {
          const parts = lines.map((r) => r.amounts[key]);
          const verdict = compareSum(total.amounts[key], parts);
          // A fund line the other summary contradicts is the wrong cell (cross/summary-vs-fiscal reports it).
          if (verdict.status === 'mismatch' && incomeTotalExplained(ctx, t, total)) continue;
          const check = { table: t, target: total.amounts[key], parts, subject: total.name, column: '金额', reference: '各项收入之和' };
          reportVerdict(ctx, check, verdict);
        }
      }
      checkSources(ctx, t);
    }
  },
});
