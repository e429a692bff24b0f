// rollup/block-sum: a 小计 line (人员经费小计 …) and a unit's line in a per-unit table equal the lines of their block,
// and the 合计 of a per-unit table equals its units' lines.
import type { BudgetTable, TableRow } from '../tables/types';
import { childrenOf, isEconTable } from '../tables/tree';
import { defineRule, type RuleContext } from './define-rule';
import { columnKeys, columnName, rowSubject } from './support/tables';

const BLOCK_LEVELS = new Set(['unit', 'subtotal']);

/** What a block line adds up, as the clerk reads it. */
function reference(row: TableRow, kids: readonly TableRow[]): string {
  if (row.level === 'total') return kids.every((k) => k.level === 'unit') ? '各单位之和' : '各小计之和';
  return row.level === 'unit' ? '本单位各类之和' : '本块各类之和';
}

function declareRow(ctx: RuleContext, t: BudgetTable, row: TableRow): void {
  const kids = childrenOf(t, row);
  if (kids.length === 0) return;
  for (const key of columnKeys(t)) {
    ctx.declare({
      table: t,
      target: row.amounts[key],
      parts: kids.map((k) => k.amounts[key]),
      words: () => ({ subject: rowSubject(row), column: columnName(t, key), reference: reference(row, kids) }),
    });
  }
}

/** Block lines, and a non-economic 合计 over unit or 小计 lines (the economic 合计 is rollup/econ-sum's). */
export const rollupBlockSum = defineRule({
  id: 'rollup/block-sum',
  severity: 'error',
  description: '小计行等于本块各行之和；分单位表中各单位的合计等于本单位各类之和，表的合计等于各单位之和',
  check(ctx) {
    for (const t of ctx.tables) {
      const econ = isEconTable(t);
      for (let ri = 0; ri < t.rows.length; ri++) {
        const row = t.rows[ri];
        if (row.side !== undefined) continue;
        const overBlocks = row.level === 'total' && !econ && childrenOf(t, row).some((k) => BLOCK_LEVELS.has(k.level));
        if (BLOCK_LEVELS.has(row.level) || overBlocks) declareRow(ctx, t, row);
      }
    }
  },
});
