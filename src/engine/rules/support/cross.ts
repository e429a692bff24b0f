// Helpers for rules that compare a figure in one table with the same figure in another.
import type { Amount, BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { compareSum, sameFigure } from './compare';
import { treeChildren } from './tree';
import { checkSum } from './report-sum';
import { rowsByCode } from './row-index';
import { splitsOf } from './splits';
import { tableName } from './tables';

/** The row of a coded table with this code and level (first one; 明细 rows are never matched by code alone). */
export function codedRow(t: BudgetTable, code: string, level?: TableRow['level']): TableRow | undefined {
  return rowsByCode(t).get(code)?.find((r) => !level || r.level === level);
}

/** The amount that stands for a row's whole figure: 合计, else 总计, else 金额. */
export function wholeOf(row: TableRow | undefined): Amount | undefined {
  return row?.amounts.total ?? row?.amounts.grandTotal ?? row?.amounts.amount;
}

/** The key of `wholeOf` for a row. */
export function wholeKey(row: TableRow): ColumnKey {
  if (row.amounts.total) return 'total';
  return row.amounts.grandTotal ? 'grandTotal' : 'amount';
}

/** One side of a cross-table comparison: the table, the row and the cell. */
export interface Side {
  table: BudgetTable;
  row: TableRow;
  cell: Amount | undefined;
}

/** False when a coded row already disagrees with its own children or with its row identities (the typo is here). */
export function rowIsConsistent(t: BudgetTable, row: TableRow, key: ColumnKey): boolean {
  const kids = treeChildren(t, row);
  if (kids.length > 0 && compareSum(row.amounts[key], kids.map((k) => k.amounts[key])).status === 'mismatch') return false;
  for (const s of splitsOf(t)) {
    if (!row.amounts[s.target] || (s.target !== key && !s.parts.includes(key))) continue;
    if (compareSum(row.amounts[s.target], s.parts.map((p) => row.amounts[p])).status === 'mismatch') return false;
  }
  return true;
}

/**
 * Report that `primary` (the derived table's cell) should equal `other`. Only when both rows are consistent in
 * themselves: when one row already disagrees with its own children or its row identity, that table's own rules
 * report the wrong cell there, and a second finding about the same typo would only add noise.
 */
export function reportDisagreement(
  ctx: RuleContext,
  primary: Side,
  other: Side,
  key: ColumnKey,
  subject: string,
  column: string,
): void {
  if (!primary.cell) return;
  // Figures that agree either way round give no finding: skip the costlier consistency tests.
  if (sameFigure(primary.cell, other.cell)) return;
  const agree = (a: Amount | undefined, b: Amount | undefined) => !a || compareSum(a, [b]).status === 'ok';
  if (agree(primary.cell, other.cell) && agree(other.cell, primary.cell)) return;
  if (!rowIsConsistent(primary.table, primary.row, key)) return;
  if (other.cell && !rowIsConsistent(other.table, other.row, keyOf(other.row, other.cell))) return;
  checkSum(ctx, {
    table: primary.table,
    target: primary.cell,
    parts: [other.cell],
    subject,
    column,
    reference: `${tableName(other.table)}中为`,
    related: other.cell ? [other.cell.address] : [],
  });
}

function keyOf(row: TableRow, cell: Amount): ColumnKey {
  return Object.keys(row.amounts).find((k) => row.amounts[k] === cell) ?? 'total';
}
