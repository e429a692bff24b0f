// Declaring the identities the sum rules share: roll-ups down a tree, row splits across columns, and a figure that
// another table repeats. Rules only say what must hold; the diagnosis decides which cell is wrong.
import type { Amount, BudgetTable, ColumnKey, RowLevel, TableRow } from '../../tables/types';
import { keysSumHolds, rowsSumHolds } from '../../diagnosis/evaluate';
import { childrenOf } from '../../tables/tree';
import type { RuleContext } from '../define-rule';
import { splitsOf, type SplitRule } from './splits';
import { columnKeys, columnName, rowSubject, tableName } from './tables';

const CODED_LEVELS = new Set<RowLevel>(['class', 'section', 'item', 'detail']);

const PARTS_WORD: Partial<Record<RowLevel, string>> = {
  class: '所属各款之和',
  section: '所属各项之和',
  item: '所属明细之和',
  total: '各类之和',
};

/** Children of a row in the functional-code tree (合计 → 类 → 款 → 项 → 明细), none in other trees. */
export function codedChildren(t: BudgetTable, row: TableRow): TableRow[] {
  if (row.side !== undefined) return [];
  const kids = childrenOf(t, row);
  return kids.every((k) => CODED_LEVELS.has(k.level)) ? kids : [];
}

/** Every row of `level` in every coded table equals the sum of its direct children, in every amount column. */
export function declareRollups(ctx: RuleContext, level: RowLevel): void {
  // Indexed loops: these run once per check over every row (a cold path, where for…of pays an iterator step each).
  const tables = ctx.tables;
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    const keys = columnKeys(t);
    for (let ri = 0; ri < t.rows.length; ri++) {
      const row = t.rows[ri];
      if (row.level !== level) continue;
      const kids = codedChildren(t, row);
      if (kids.length === 0) continue;
      for (let ki = 0; ki < keys.length; ki++) {
        const key = keys[ki];
        // Nearly every roll-up holds in cents: counted without building its declaration (~300k in a 200-unit book).
        if (ctx.held && rowsSumHolds(row.amounts[key], kids, key)) {
          ctx.held();
          continue;
        }
        ctx.declare({
          table: t,
          target: row.amounts[key],
          parts: kids.map((k) => k.amounts[key]),
          words: () => ({ subject: rowSubject(row), column: columnName(t, key), reference: PARTS_WORD[row.level] ?? '所属各行之和' }),
        });
      }
    }
  }
}

/** "基本支出 + 项目支出": the first two part columns always, the others only where this row has a figure. */
function partsLabel(t: BudgetTable, row: TableRow, parts: readonly ColumnKey[]): string {
  const shown = parts.filter((k, i) => i < 2 || row.amounts[k]?.value != null);
  return shown.map((k) => columnName(t, k)).join(' + ');
}

/** Every row identity of a kind (合计 = 基本 + 项目 …) on every row of every table (not the income side). */
export function declareRowSplits(ctx: RuleContext, rule: SplitRule): void {
  for (const t of ctx.tables) {
    for (const split of splitsOf(t)) {
      if (split.rule !== rule) continue;
      for (let ri = 0; ri < t.rows.length; ri++) {
        const row = t.rows[ri];
        if (row.side === 'income') continue;
        if (ctx.held && keysSumHolds(row, split.target, split.parts)) {
          ctx.held();
          continue;
        }
        ctx.declare({
          table: t,
          target: row.amounts[split.target],
          parts: split.parts.map((k) => row.amounts[k]),
          words: () => ({ subject: rowSubject(row), column: columnName(t, split.target), reference: partsLabel(t, row, split.parts) }),
        });
      }
    }
  }
}

/** One side of a cross-table equality. */
export interface Side {
  table: BudgetTable;
  cell: Amount | undefined;
}

/**
 * `primary` repeats `other` (a 收支总表 类 line and that 类 in the 支出总表); nothing is declared when the other
 * table lacks the cell. `describe` gives the primary's row and column words, built only if a finding needs them.
 */
export function declareEqual(ctx: RuleContext, primary: Side, other: Side, describe: () => { subject: string; column: string }): void {
  ctx.declare({
    table: primary.table,
    kind: 'equal',
    target: primary.cell,
    parts: [{ amount: other.cell, table: other.table }],
    words: () => ({ ...describe(), reference: `${tableName(other.table)}中为` }),
  });
}
