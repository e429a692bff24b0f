// rollup/econ-sum: in economic-classification tables, each 经济分类 类 = Σ its 款, and 合计 = Σ 类.
import { childrenOf } from '../tables/tree';
import { defineRule } from './define-rule';
import { columnKeys, columnName, rowSubject } from './support/tables';

const ECON_KINDS = ['general-budget-basic-expenditure', 'economic-classification-summary', 'agency-operating-costs'];

/** Economic tables (基本支出表, 机关运行经费) roll up by 经济分类: 款 into 类, 类 into 合计. */
export const rollupEconSum = defineRule({
  id: 'rollup/econ-sum',
  severity: 'error',
  description: '经济分类表中每个类等于所属各款之和，合计等于各类之和',
  check(ctx) {
    for (const t of ctx.tables) {
      if (!ECON_KINDS.includes(t.kind)) continue;
      for (const row of t.rows) {
        if (row.level !== 'econ-class' && row.level !== 'total') continue;
        const kids = childrenOf(t, row);
        if (kids.length === 0) continue;
        for (const key of columnKeys(t)) {
          ctx.declare({
            table: t,
            target: row.amounts[key],
            parts: kids.map((k) => k.amounts[key]),
            words: () => ({ subject: rowSubject(row), column: columnName(t, key), reference: row.level === 'total' ? '各类之和' : '所属各款之和' }),
          });
        }
      }
    }
  },
});
