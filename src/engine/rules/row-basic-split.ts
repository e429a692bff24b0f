// row/basic-split: 基本支出 is by definition 人员经费 plus 公用经费, in the expenditure tables and the 基本支出表.
import { defineRule } from './define-rule';
import { declareRowSplits } from './support/identities';

/** 基本支出 is by definition 人员经费 plus 公用经费, in the expenditure tables and the 基本支出表. */
export const rowBasicSplit = defineRule({
  id: 'row/basic-split',
  severity: 'error',
  description: '每行基本支出 = 人员经费 + 公用经费（基本支出表：合计 = 人员经费 + 公用经费）',
  check(ctx) {
    declareRowSplits(ctx, 'basic');
  },
});
