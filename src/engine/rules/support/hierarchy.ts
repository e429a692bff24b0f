// The 类/款/项/明细 tree of a coded table, found by code prefix and level, and the roll-up check over it.
import { sum, type Money } from '../../money';
import type { BudgetTable, RowLevel, TableRow } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { compareSum, compareValues, shownValue, valueOf } from './compare';
import { reportVerdict } from './report-sum';
import { rowsWithPrefix, treeIndex } from './row-index';
import { columnKeys, columnName, rowSubject } from './tables';

const BELOW: Partial<Record<RowLevel, RowLevel[]>> = {
  total: ['class', 'section', 'item'],
  class: ['section', 'item'],
  section: ['item'],
  item: ['detail'],
};

/** Rows of the coded tree: not the two-sided summaries' lines, which have a side. */
function treeRows(t: BudgetTable): TableRow[] {
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

/** A row's figure recomputed from its leaves (stored or shown values). */
function leafSum(t: BudgetTable, row: TableRow, key: string, shown: boolean): Money {
  const kids = childrenOf(t, row);
  if (kids.length === 0) return shown ? shownValue(row.amounts[key]) : valueOf(row.amounts[key]);
  return sum(kids.map((k) => leafSum(t, k, key, shown)));
}

const PARTS_WORD: Partial<Record<RowLevel, string>> = {
  class: '所属各款之和',
  section: '所属各项之和',
  item: '所属明细之和',
  total: '各类之和',
};

/**
 * Check every row of `level` in every coded table: figure = Σ direct children, in every amount column.
 * Where a clerk must look: the row whose children do not add up. A parent is NOT reported when its figure
 * agrees with its children recomputed from the leaves — then the wrong figure is a child, already reported
 * one level down (a typo in a 款 cell is reported once, at that 款, not again at its 类 and the 合计). A typo
 * in a leaf is reported at the nearest total above it (its 项 or 款), since the leaf's own row arithmetic
 * (row/* rules) points at the leaf.
 */
export function checkRollup(ctx: RuleContext, level: RowLevel): void {
  for (const t of ctx.tables) {
    for (const row of treeRows(t)) {
      if (row.level !== level) continue;
      const kids = childrenOf(t, row);
      if (kids.length === 0) continue;
      for (const key of columnKeys(t)) checkNode(ctx, t, row, kids, key);
    }
  }
}

function checkNode(ctx: RuleContext, t: BudgetTable, row: TableRow, kids: TableRow[], key: string): void {
  const target = row.amounts[key];
  if (!target) return;
  const direct = compareSum(target, kids.map((k) => k.amounts[key]));
  if (direct.status === 'ok') return;
  const fromLeaves = compareValues(
    target,
    kids.map((k) => leafSum(t, k, key, false)),
    kids.map((k) => leafSum(t, k, key, true)),
  );
  if (fromLeaves.status === 'ok' && kids.some((k) => childrenOf(t, k).length > 0)) return;
  const check = {
    table: t,
    target,
    parts: kids.map((k) => k.amounts[key]),
    subject: rowSubject(row),
    column: columnName(t, key),
    reference: PARTS_WORD[row.level] ?? '所属各行之和',
  };
  reportVerdict(ctx, check, direct);
}
