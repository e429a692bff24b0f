// summary/income-total: 本年收入合计 = Σ income lines; a source line = Σ its indented lines (Henan).
import { defineRule } from './define-rule';
import { hasMoney } from './support/compare';
import { incomeLines, lineKeys, linesBelow, twoSided } from './support/summary';
import { rowWithRole } from './support/tables';

/** The year's income total of a 收支总表 must be the sum of the income lines above it. */
export const summaryIncomeTotal = defineRule({
  id: 'summary/income-total',
  severity: 'error',
  description: '收支总表：本年收入合计 = 各项收入之和（河南：各项收入 = 其下明细之和）',
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      const total = rowWithRole(t, 'income-total', 'income');
      const lines = incomeLines(t);
      if (total && lines.length > 0) {
        for (const key of lineKeys(total)) {
          const parts = lines.map((r) => r.amounts[key]);
          ctx.declare({ table: t, target: total.amounts[key], parts, words: { subject: total.name, column: '金额', reference: '各项收入之和' } });
        }
      }
      for (const source of lines) {
        const subs = linesBelow(t, source, ['income-subsource']);
        for (const key of lineKeys(source)) {
          if (!subs.some((s) => hasMoney(s.amounts[key]))) continue;
          const parts = subs.map((s) => s.amounts[key]);
          ctx.declare({ table: t, target: source.amounts[key], parts, words: { subject: source.name, column: '金额', reference: '其下各行之和' } });
        }
      }
    }
  },
});
