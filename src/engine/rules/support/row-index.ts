// Rows of a table by code, built once per table: cross-table rules ask "the row with this code" for every row, and
// stay linear on tables of 100k rows instead of scanning all rows each time.
import type { BudgetTable, TableRow } from '../../tables/types';
import { perTableRows } from './per-table';

/** Rows that can be matched by code (no side, not 明细), by code, in sheet order. */
export const rowsByCode: (t: BudgetTable) => Map<string, TableRow[]> = perTableRows((t) => {
  const map = new Map<string, TableRow[]>();
  for (const r of t.rows) {
    if (r.code === null || r.side !== undefined || r.level === 'detail') continue;
    const list = map.get(r.code);
    if (list) list.push(r);
    else map.set(r.code, [r]);
  }
  return map;
});
