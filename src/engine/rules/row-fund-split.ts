// row/fund-split: 合计 columns of funding tables are the sum of the funding columns beside them (see support/splits.ts).
import { defineRule } from './define-rule';
import { declareRowSplits } from './support/identities';

/** 合计 columns of funding tables are the sum of the funding columns beside them (see support/splits.ts). */
export const rowFundSplit = defineRule({
  id: 'row/fund-split',
  severity: 'error',
  description: '资金来源各列之和等于合计（财政拨款收支总表、“三公”经费表、政府采购表）',
  check(ctx) {
    declareRowSplits(ctx, 'fund');
  },
});
