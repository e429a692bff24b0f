// row/income-split: The 收入总表 splits every row's 合计 into this year's sources and the carry-over; both must add up.
import { defineRule } from './define-rule';
import { declareRowSplits } from './support/identities';

/** The 收入总表 splits every row's 合计 into this year's sources and the carry-over; both must add up. */
export const rowIncomeSplit = defineRule({
  id: 'row/income-split',
  severity: 'error',
  description: '收入总表每行：合计 = 本年收入小计 + 上年结转；本年收入小计 = 各项收入之和',
  check(ctx) {
    declareRowSplits(ctx, 'income');
  },
});
