// row/income-split: 收入总表 rows: 合计 = 本年收入小计 + 上年结转; 本年收入小计 = Σ income sources.
import { defineRule } from './define-rule';
import { SUM_MESSAGES } from './support/report-sum';
import { checkTableSplit, presentParts } from './support/row-split';
import { hasColumn, tablesOf } from './support/tables';

/** Income source columns of the 收入总表 (Hebei and Henan headers). */
const SOURCES = [
  'fiscalGrant',
  'generalBudget',
  'govFund',
  'stateCapital',
  'fiscalAccount',
  'business',
  'operatingIncome',
  'upperSubsidy',
  'subsidiaryRemit',
  'otherIncome',
  'unitFunds',
  'otherFunds',
];

/** The 收入总表 splits every row's 合计 into this year's sources and the carry-over; both must add up. */
export const rowIncomeSplit = defineRule({
  id: 'row/income-split',
  severity: 'error',
  description: '收入总表每行：合计 = 本年收入小计 + 上年结转；本年收入小计 = 各项收入之和',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of tablesOf(ctx, 'income-summary')) {
      const sources = presentParts(t, SOURCES);
      const carry = presentParts(t, ['carryover']);
      if (hasColumn(t, 'currentIncome')) {
        checkTableSplit(ctx, t, 'total', ['currentIncome', ...carry]);
        if (sources.length > 0) checkTableSplit(ctx, t, 'currentIncome', sources);
      } else if (sources.length > 0) {
        checkTableSplit(ctx, t, 'total', [...sources, ...carry]);
      }
    }
  },
});
