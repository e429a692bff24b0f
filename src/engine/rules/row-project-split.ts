// row/project-split: Henan 项目支出 = 部门支出 + 专项支出.
import { defineRule } from './define-rule';
import { SUM_MESSAGES } from './support/report-sum';
import { checkRowRule } from './support/row-split';

/** Henan tables split 项目支出 into 部门支出 and 专项支出; the 小计 must be their sum. */
export const rowProjectSplit = defineRule({
  id: 'row/project-split',
  severity: 'error',
  description: '每行项目支出 = 部门支出 + 专项支出（河南格式）',
  messages: SUM_MESSAGES,
  check(ctx) {
    checkRowRule(ctx, 'row/project-split');
  },
});
