// row/of-which-within: 「其中：财政拨款」 is part of the 一般公共预算 小计 beside it, so it can never be larger.
import { formatAmount } from '../money';
import { defineRule } from './define-rule';
import { shownValue, valueOf } from './support/compare';

/**
 * Henan 收支总表s split 一般公共预算 into 小计 and 其中：财政拨款. With typed totals a slip in either shows in a column
 * sum; when the column totals are formulas nothing else repeats these figures, and this is the one check left.
 */
export const rowOfWhichWithin = defineRule({
  id: 'row/of-which-within',
  severity: 'error',
  description: '「其中：财政拨款」不能大于同一行的一般公共预算小计',
  messages: {
    exceeds: '{{name}}：其中：财政拨款 {{actual}} 大于一般公共预算小计 {{whole}}，其中数不能大于小计；两个数中至少有一个填错了，请核对',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const row of table.rows) {
        const part = row.amounts.generalBudgetGrant;
        const whole = row.amounts.generalBudget;
        // A blank 小计 cell is 0 (its Amount is there, with no value).
        if (!part?.value || !whole) continue;
        // Compared as shown: a stored 0.004 more is display rounding, not a figure to question.
        if (!shownValue(part).greaterThan(shownValue(whole))) continue;
        ctx.report({
          messageId: 'exceeds',
          at: part.address,
          related: [whole.address],
          // No 应为: either figure may be the slip.
          actual: valueOf(part),
          data: { name: row.code ? `${row.code} ${row.name}` : row.name, whole: formatAmount(shownValue(whole)) },
          table: table.kind,
        });
      }
    }
  },
});
