// row/fund-split: on funding tables (财政拨款收支总表, 三公, 政府采购), a row's 合计 = Σ its funding-source columns.
import { defineRule } from './define-rule';
import { SUM_MESSAGES } from './support/report-sum';
import { checkRowRule } from './support/row-split';

/** 合计 columns of funding tables are the sum of the funding columns beside them (see support/splits.ts). */
export const rowFundSplit = defineRule({
  id: 'row/fund-split',
  severity: 'error',
  description: '资金来源各列之和等于合计（财政拨款收支总表、“三公”经费表、政府采购表）',
  messages: SUM_MESSAGES,
  check(ctx) {
    checkRowRule(ctx, 'row/fund-split');
  },
});
