// The rule registry: every rule module is listed here once, in the order findings should be produced.
import type { Rule } from './define-rule';
import { rollupClassSum } from './rollup-class-sum';
import { rollupItemSum } from './rollup-item-sum';
import { rollupSectionSum } from './rollup-section-sum';
import { rollupTotalSum } from './rollup-total-sum';

export const RULES: readonly Rule[] = [
  rollupItemSum,
  rollupSectionSum,
  rollupClassSum,
  rollupTotalSum,
];
