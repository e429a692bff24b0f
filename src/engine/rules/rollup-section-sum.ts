// rollup/section-sum: every 款 equals the sum of its 项, in every amount column.
import { defineRule } from './define-rule';
import { declareRollups } from './support/identities';

/** every 款 equals the sum of its 项, in every amount column. */
export const rollupSectionSum = defineRule({
  id: 'rollup/section-sum',
  severity: 'error',
  description: '每个款的金额等于所属各项之和（各金额列）',
  check(ctx) {
    declareRollups(ctx, 'section');
  },
});
