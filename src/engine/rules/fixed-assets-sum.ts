// fixed-assets/sum: 固定资产占用情况表 资产总额 = Σ categories (1、房屋 … 4、其他固定资产).
import { defineRule } from './define-rule';
import { columnKeys, columnName, rowWithRole, rowsWithRole, tablesOf } from './support/tables';

/**
 * The asset total must be the sum of its categories in 价值 (其中 lines are not added). 数量 is not added up:
 * the categories count in different units (平方米, 辆, 台), and real tables leave the total's 数量 blank.
 */
export const fixedAssetsSum = defineRule({
  id: 'fixed-assets/sum',
  severity: 'error',
  description: '固定资产占用情况表：资产总额 = 各类固定资产之和',
  check(ctx) {
    for (const t of tablesOf(ctx, 'fixed-assets')) {
      const total = rowWithRole(t, 'total');
      const categories = rowsWithRole(t, 'category');
      if (!total || categories.length === 0) continue;
      for (const key of columnKeys(t).filter((k) => k !== 'quantity')) {
        ctx.declare({
          table: t,
          target: total.amounts[key],
          parts: categories.map((c) => c.amounts[key]),
          words: () => ({ subject: total.name, column: columnName(t, key), reference: '各类固定资产之和' }),
        });
      }
    }
  },
});
