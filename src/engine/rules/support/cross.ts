// Finding the row of another table that a line repeats, and the cell that stands for a row's whole figure.
import type { Amount, BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import { rowsByCode } from './row-index';

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
