// rollup/item-sum: every 项 equals the sum of its detail rows (Henan layout).
import { defineRule } from './define-rule';
import { declareRollups } from './support/identities';

/** every 项 equals the sum of its detail rows (Henan layout). */
export const rollupItemSum = defineRule({
  id: 'rollup/item-sum',
  severity: 'error',
  description: '每个项的金额等于其下明细行之和（河南格式）',
  check(ctx) {
    declareRollups(ctx, 'item');
  },
});
