// cell/negative: a negative amount in a budget table, where no budget figure can be negative.
import { defineRule } from './define-rule';
import { amountCellsWithValue } from './support/cells';

/** Budget appropriations, carry-overs, quantities and prices are never below zero; a minus sign is a typo. */
export const cellNegative = defineRule({
  id: 'cell/negative',
  severity: 'error',
  description: '预算金额不能为负数',
  messages: {
    negative: '金额为负数 {{actual}}，预算表中的金额不能为负数',
  },
  check(ctx) {
    const cells = amountCellsWithValue(ctx);
    for (let i = 0; i < cells.length; i++) {
      const { table, amount } = cells[i];
      if (!amount.value?.isNegative() || amount.value.isZero()) continue;
      ctx.report({
        messageId: 'negative',
        at: amount.address,
        actual: amount.value,
        places: amount.cell?.decimals ?? 2,
        table: table.kind,
      });
    }
  },
});
