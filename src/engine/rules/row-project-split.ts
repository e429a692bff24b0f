// row/project-split: Henan tables split 项目支出 into 部门支出 and 专项支出; the 小计 must be their sum.
import { defineRule } from './define-rule';
import { declareRowSplits } from './support/identities';

/** Henan tables split 项目支出 into 部门支出 and 专项支出; the 小计 must be their sum. */
export const rowProjectSplit = defineRule({
  id: 'row/project-split',
  severity: 'error',
  description: '每行项目支出 = 部门支出 + 专项支出（河南格式）',
  check(ctx) {
    declareRowSplits(ctx, 'project');
  },
});
