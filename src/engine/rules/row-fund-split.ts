// row/fund-split: on funding tables, a row's 合计 = Σ its funding-source columns.
import type { BudgetTable, TableKind } from '../tables/types';
import { defineRule } from './define-rule';
import { SUM_MESSAGES } from './support/report-sum';
import { checkTableSplit, presentParts } from './support/row-split';
import { hasColumn } from './support/tables';

const SUMMARY_FUNDS = [
  'carryoverGeneral',
  'carryoverFund',
  'generalBudget',
  'govFund',
  'fundCurrent',
  'fundTransfer',
  'fiscalAccount',
  'stateCapital',
  'otherFunds',
];
const FUNDS: Partial<Record<TableKind, string[]>> = {
  'income-expenditure-summary': SUMMARY_FUNDS,
  'fiscal-grant-summary': SUMMARY_FUNDS,
  'three-public-expenses': ['generalBudget', 'govFund', 'stateCapital', 'fiscalAccount'],
  procurement: ['generalBudget', 'govFund', 'stateCapital', 'fiscalAccount', 'unitFunds', 'carryover'],
};

/** Henan splits 政府性基金 into 当年基金收入 / 上级基金专项转移支付: count the parts, not the group too. */
function fundsOf(t: BudgetTable): string[] {
  const present = presentParts(t, FUNDS[t.kind] ?? []);
  const split = present.includes('fundCurrent') || present.includes('fundTransfer');
  return split ? present.filter((k) => k !== 'govFund') : present;
}

/** 合计 columns of 财政拨款收支总表, 三公 and 政府采购 are the sum of the funding columns beside them. */
export const rowFundSplit = defineRule({
  id: 'row/fund-split',
  severity: 'error',
  description: '资金来源各列之和等于合计（财政拨款收支总表、“三公”经费表、政府采购表）',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) {
      const funds = fundsOf(t);
      if (!hasColumn(t, 'total') || funds.length === 0) continue;
      checkTableSplit(ctx, t, 'total', funds, (r) => r.side !== 'income');
    }
  },
});
