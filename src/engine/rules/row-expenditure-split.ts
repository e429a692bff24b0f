// row/expenditure-split: on every row, 合计 = 基本支出 + 项目支出 (+ 经营支出 + 上解上级支出 + 对附属单位补助支出).
import { defineRule } from './define-rule';
import { SUM_MESSAGES } from './support/report-sum';
import { checkRowRule } from './support/row-split';

/** A row whose 合计 is not the sum of its spending columns has a typo in one of them. */
export const rowExpenditureSplit = defineRule({
  id: 'row/expenditure-split',
  severity: 'error',
  description: '每行合计等于基本支出、项目支出（及经营支出、上解上级支出、对附属单位补助支出）之和',
  messages: SUM_MESSAGES,
  check(ctx) {
    checkRowRule(ctx, 'row/expenditure-split');
  },
});
