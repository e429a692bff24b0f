// rollup/item-sum: every 项 equals the sum of its detail rows (Henan layout).
import { defineRule } from './define-rule';
import { checkRollup } from './support/hierarchy';
import { SUM_MESSAGES } from './support/report-sum';

/** every 项 equals the sum of its detail rows (Henan layout). */
export const rollupItemSum = defineRule({
  id: 'rollup/item-sum',
  severity: 'error',
  description: '每个项的金额等于其下明细行之和（河南格式）',
  messages: SUM_MESSAGES,
  check(ctx) {
    checkRollup(ctx, 'item');
  },
});
