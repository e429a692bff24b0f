// three-public/vehicle-vs-basic: 基本支出表 30231 公务用车运行维护费 greater than the 三公 运行维护费 is a warning.
import type { TableRow } from '../tables/types';
import { unitFactor } from '../diagnosis/identity';
import { formatAmount } from '../money';
import { defineRule } from './define-rule';
import { shownValue, valueOf } from './support/compare';
import { firstOf, tablesOf } from './support/tables';
import { itemRow } from './three-public-sum';

function isVehicleRow(r: TableRow): boolean {
  return r.code === '30231' || (r.code === null && r.name.includes('公务用车运行维护费'));
}

/**
 * The 三公 运行维护费 covers basic and project money, so it may be larger than the 基本支出表's 30231 line,
 * never smaller: a smaller 三公 figure means one of the two tables is wrong.
 */
export const threePublicVehicleVsBasic = defineRule({
  id: 'three-public/vehicle-vs-basic',
  severity: 'warning',
  scope: 'set',
  description: '基本支出表公务用车运行维护费（30231）不应大于“三公”经费表的公务用车运行维护费',
  messages: {
    exceeds:
      '基本支出表「{{name}}」{{actual}} 大于“三公”经费表公务用车运行维护费 {{limit}}（“三公”经费含项目资金，只可能更大），请核对',
  },
  check(ctx) {
    const tp = firstOf(ctx, 'three-public-expenses');
    const op = tp && itemRow(tp, 'vehicle-operation');
    const limit = op?.amounts.total;
    if (!tp || !op || !limit) return;
    for (const b of tablesOf(ctx, 'general-budget-basic-expenditure')) {
      const row = b.rows.find(isVehicleRow);
      const cell = row?.amounts.total;
      // The 三公 table may be in 万元 while the 基本支出表 is in 元: compare in the 基本支出表's unit.
      const bound = shownValue(limit).times(unitFactor(tp.unit, b.unit));
      if (!row || !cell || !shownValue(cell).greaterThan(bound)) continue;
      ctx.report({
        messageId: 'exceeds',
        at: cell.address,
        related: [limit.address],
        // No 应为: either table may be the wrong one; the clerk is told both figures.
        actual: valueOf(cell),
        data: { name: row.code ? `${row.code} ${row.name}` : row.name, limit: formatAmount(bound) },
        table: b.kind,
      });
    }
  },
});
