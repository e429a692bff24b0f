// Each table's amount columns as arrays of cents, built once per table and column: what the roll-up and row-split
// rules test before declaring anything (diagnosis/evaluate's columnSumHolds and splitHolds).
import { centsColumn, type CentsColumn } from '../../diagnosis/evaluate';
import type { BudgetTable } from '../../tables/types';
import { perTableRows } from './per-table';

const columnsOf = perTableRows(() => new Map<string, CentsColumn>());

/** Column `key` of `t` as cents (see CentsColumn): shared by every rule that asks, read only. */
export function tableCents(t: BudgetTable, key: string): CentsColumn {
  const columns = columnsOf(t);
  let column = columns.get(key);
  if (column === undefined) columns.set(key, (column = centsColumn(t.rows, key)));
  return column;
}
