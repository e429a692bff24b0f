// row/expenditure-split: A row's 合计 is the sum of its spending columns (基本支出 + 项目支出 …).
import { defineRule } from './define-rule';
import { declareRowSplits } from './support/identities';

/** A row's 合计 is the sum of its spending columns (基本支出 + 项目支出 …). */
export const rowExpenditureSplit = defineRule({
  id: 'row/expenditure-split',
  severity: 'error',
  description: '每行合计等于基本支出、项目支出（及经营支出、上解上级支出、对附属单位补助支出）之和',
  check(ctx) {
    declareRowSplits(ctx, 'expenditure');
  },
});
