// rollup/total-sum: the 合计 row equals the sum of the 类 rows.
import { defineRule } from './define-rule';
import { declareRollups } from './support/identities';

/** the 合计 row equals the sum of the 类 rows. */
export const rollupTotalSum = defineRule({
  id: 'rollup/total-sum',
  severity: 'error',
  description: '合计行等于各类之和（各金额列）',
  check(ctx) {
    declareRollups(ctx, 'total');
  },
});
