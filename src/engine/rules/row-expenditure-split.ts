// row/expenditure-split: on every row, 合计 = 基本支出 + 项目支出 (+ 经营支出 + 上解上级支出 + 对附属单位补助支出).
import { defineRule } from './define-rule';
import { SUM_MESSAGES } from './support/report-sum';
import { checkTableSplit, presentParts } from './support/row-split';
import { hasColumn } from './support/tables';

const PARTS = ['basic', 'project', 'operating', 'remitUpper', 'subsidiary'];

/** A row whose 合计 is not the sum of its spending columns has a typo in one of them. */
export const rowExpenditureSplit = defineRule({
  id: 'row/expenditure-split',
  severity: 'error',
  description: '每行合计等于基本支出、项目支出（及经营支出、上解上级支出、对附属单位补助支出）之和',
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) {
      const target = hasColumn(t, 'total') ? 'total' : 'grandTotal';
      const parts = presentParts(t, PARTS);
      if (!hasColumn(t, target) || parts.length === 0) continue;
      checkTableSplit(ctx, t, target, parts, (r) => r.side === undefined);
    }
  },
});
