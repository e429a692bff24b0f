// rollup/class-sum: every 类 equals the sum of its 款, in every amount column.
import { defineRule } from './define-rule';
import { declareRollups } from './support/identities';

/** every 类 equals the sum of its 款, in every amount column. */
export const rollupClassSum = defineRule({
  id: 'rollup/class-sum',
  severity: 'error',
  description: '每个类的金额等于所属各款之和（各金额列）',
  check(ctx) {
    declareRollups(ctx, 'class');
  },
});
