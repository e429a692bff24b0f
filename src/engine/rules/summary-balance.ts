// summary/balance: in a 收支总表, 收入总计 = 支出总计.
import { defineRule } from './define-rule';
import { twoSided } from './support/summary';
import { rowWithRole } from './support/tables';

/** A budget balances: the two 总计 are equal. */
export const summaryBalance = defineRule({
  id: 'summary/balance',
  severity: 'error',
  description: '收支总表：收入总计 = 支出总计',
  check(ctx) {
    for (const t of twoSided(ctx.tables)) {
      const income = rowWithRole(t, 'income-grand-total', 'income');
      const spend = rowWithRole(t, 'expenditure-grand-total', 'expenditure');
      const inCell = income?.amounts[income.amounts.amount ? 'amount' : 'total'];
      const outCell = spend?.amounts[spend.amounts.total ? 'total' : 'amount'];
      if (!income || !spend || !inCell || !outCell) continue;
      ctx.declare({ table: t, target: outCell, parts: [inCell], words: { subject: spend.name, column: '金额', reference: income.name } });
    }
  },
});
