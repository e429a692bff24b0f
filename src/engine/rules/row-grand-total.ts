// row/grand-total: Henan 支出表 show 总计 beside the year's 合计; with no other money they must be equal.
import { defineRule } from './define-rule';
import { declareRowSplits } from './support/identities';

/** Henan 支出表 show 总计 beside the year's 合计; with no other money they must be equal. */
export const rowGrandTotal = defineRule({
  id: 'row/grand-total',
  severity: 'error',
  description: '同时有总计列和合计列时，每行总计 = 合计',
  check(ctx) {
    declareRowSplits(ctx, 'grand-total');
  },
});
