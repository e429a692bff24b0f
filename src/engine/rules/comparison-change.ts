// comparison/change: a 增减额 is 本年预算数 − 上年预算数 on its line.
import { defineRule } from './define-rule';

/** Each line's change against the prior year, where the table has the three columns. */
export const comparisonChange = defineRule({
  id: 'comparison/change',
  severity: 'error',
  description: '增减额 = 本年预算数 − 上年预算数',
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.derivedColumns?.some((c) => c.key === 'change')) continue;
      const prior = t.columns.find((c) => c.key === 'prior');
      const current = t.columns.find((c) => c.key === 'total');
      if (!prior || !current) continue;
      for (const row of t.rows) {
        const change = row.derived?.change;
        if (!change || change.cell === undefined) continue;
        ctx.declare({
          table: t,
          target: change,
          parts: [row.amounts.total, { amount: row.amounts.prior, sign: -1 }],
          words: () => ({ subject: row.name.trim() || '合计', column: '增减额', reference: '本年预算数 − 上年预算数' }),
        });
      }
    }
  },
});
