// The 类/款/项/明细 tree of a coded table: a row's children by code prefix and level (indexed once per table).
import type { BudgetTable, RowLevel, TableRow } from '../../tables/types';
import { rowsWithPrefix, treeIndex } from './row-index';

const BELOW: Partial<Record<RowLevel, RowLevel[]>> = {
  total: ['class', 'section', 'item'],
  class: ['section', 'item'],
  section: ['item'],
  item: ['detail'],
};

/** Rows of the coded tree: not the two-sided summaries' lines, which have a side. */
export function treeRows(t: BudgetTable): TableRow[] {
  return treeIndex(t).rows;
}

/** True when `row` sits below `parent` by code: prefix for 类/款, the same code for a 明细 under its 项. */
function isUnder(parent: TableRow, row: TableRow): boolean {
  if (parent.level === 'total') return true;
  if (!parent.code || !row.code) return false;
  return row.level === 'detail' ? row.code === parent.code : row.code.startsWith(parent.code);
}

/**
 * Direct children of a 合计/类/款/项 row: the nearest lower level present under it
 * (a 类 whose 款 rows are missing is checked against its 项 rows).
 */
export function childrenOf(t: BudgetTable, parent: TableRow): TableRow[] {
  const index = treeIndex(t);
  for (const level of BELOW[parent.level] ?? []) {
    // Only rows of this level whose code starts with the parent's can be under it (all of them under 合计).
    const candidates = parent.level === 'total' ? index.byLevel.get(level) ?? [] : parent.code ? rowsWithPrefix(index, level, parent.code) : [];
    const kids = candidates.filter((r) => r !== parent && isUnder(parent, r));
    if (kids.length > 0) return kids;
  }
  return [];
}
