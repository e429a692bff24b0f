// cross/basic-vs-general: 基本支出表 合计 = 一般公共预算支出表 基本支出 合计 (and 人员经费 / 公用经费 where both show them).
import { defineRule } from './define-rule';
import { declareEqual } from './support/identities';
import { columnName, firstOf, tablesOf, totalRow } from './support/tables';

const PAIRS: [string, string][] = [
  ['total', 'basic'],
  ['personnel', 'personnel'],
  ['public', 'public'],
];

/** The 基本支出表 breaks down the 基本支出 column of the 一般公共预算支出表 by 经济分类: same totals. */
export const crossBasicVsGeneral = defineRule({
  id: 'cross/basic-vs-general',
  severity: 'error',
  scope: 'set',
  description: '一般公共预算基本支出表合计 = 一般公共预算支出表基本支出合计（人员经费、公用经费同）',
  check(ctx) {
    const g = firstOf(ctx, 'general-budget-expenditure');
    const gTotal = g && totalRow(g);
    if (!g || !gTotal) return;
    for (const b of tablesOf(ctx, 'general-budget-basic-expenditure')) {
      const bTotal = totalRow(b);
      if (!bTotal) continue;
      for (const [bKey, gKey] of PAIRS) {
        const cell = bTotal.amounts[bKey];
        const other = gTotal.amounts[gKey];
        if (!cell || !other) continue;
        declareEqual(ctx, { table: b, cell }, { table: g, cell: other }, () => ({ subject: '合计', column: columnName(b, bKey) }));
      }
    }
  },
});
