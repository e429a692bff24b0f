// cross/per-unit-total: the 合计 of a per-unit table (支出总表（分单位）) equals the department table of its kind.
import { defineRule } from './define-rule';
import { declareEqual } from './support/identities';
import { columnKeys, columnName, totalRow } from './support/tables';

/** The units add up to the department: its 合计 line, column by column, is the department table's. */
export const crossPerUnitTotal = defineRule({
  id: 'cross/per-unit-total',
  severity: 'error',
  scope: 'set',
  description: '分单位表的合计等于部门表（同一种表）的合计',
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.perUnit) continue;
      const dept = ctx.tables.find((d) => d.kind === t.kind && !d.perUnit);
      const total = totalRow(t);
      const deptTotal = dept && totalRow(dept);
      if (!dept || !total || !deptTotal) continue;
      for (const key of columnKeys(t)) {
        if (!deptTotal.amounts[key]) continue;
        declareEqual(ctx, { table: t, cell: total.amounts[key] }, { table: dept, cell: deptTotal.amounts[key] }, () => ({ subject: '合计', column: columnName(t, key) }));
      }
    }
  },
});
