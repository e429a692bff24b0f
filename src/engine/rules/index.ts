// The rule registry: every rule module is listed here once, in the order findings should be produced.
import type { Rule } from './define-rule';
import { rollupClassSum } from './rollup-class-sum';
import { rollupItemSum } from './rollup-item-sum';
import { rollupSectionSum } from './rollup-section-sum';
import { rollupTotalSum } from './rollup-total-sum';
import { rollupEconSum } from './rollup-econ-sum';
import { rowBasicSplit } from './row-basic-split';
import { rowExpenditureSplit } from './row-expenditure-split';
import { rowFundSplit } from './row-fund-split';
import { rowGrandTotal } from './row-grand-total';
import { rowIncomeSplit } from './row-income-split';
import { rowProjectSplit } from './row-project-split';
import { summaryBalance } from './summary-balance';
import { summaryExpenditureTotal } from './summary-expenditure-total';
import { summaryGrandTotals } from './summary-grand-totals';
import { summaryIncomeTotal } from './summary-income-total';

export const RULES: readonly Rule[] = [
  rollupItemSum,
  rollupSectionSum,
  rollupClassSum,
  rollupTotalSum,
  rollupEconSum,
  rowExpenditureSplit,
  rowIncomeSplit,
  rowBasicSplit,
  rowProjectSplit,
  rowGrandTotal,
  rowFundSplit,
  summaryIncomeTotal,
  summaryExpenditureTotal,
  summaryGrandTotals,
  summaryBalance,
];
