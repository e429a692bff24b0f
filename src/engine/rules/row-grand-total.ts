// row/grand-total: where a table has both 总计 and 合计 columns, they agree on every row.
import { defineRule } from './define-rule';
import { SUM_MESSAGES } from './support/report-sum';
import { checkRowRule } from './support/row-split';

/** Henan 支出表 show 总计 beside the year's 合计; with no other money they must be equal. */
export const rowGrandTotal = defineRule({
  id: 'row/grand-total',
  severity: 'error',
  description: '同时有总计列和合计列时，每行总计 = 合计',
  messages: SUM_MESSAGES,
  check(ctx) {
    checkRowRule(ctx, 'row/grand-total');
  },
});
