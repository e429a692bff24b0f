// Rows of a table by code, built once per table: cross-table rules ask "the row with this code" for every row, and
// stay linear on tables of 100k rows instead of scanning all rows each time.
import type { BudgetTable, TableRow } from '../../tables/types';

const cache = new WeakMap<BudgetTable, { rows: readonly TableRow[]; length: number; map: Map<string, TableRow[]> }>();

/** Rows that can be matched by code (no side, not 明细), by code, in sheet order. */
export function rowsByCode(t: BudgetTable): Map<string, TableRow[]> {
  const hit = cache.get(t);
  if (hit && hit.rows === t.rows && hit.length === t.rows.length) return hit.map;
  const map = new Map<string, TableRow[]>();
  for (const r of t.rows) {
    if (r.code === null || r.side !== undefined || r.level === 'detail') continue;
    const list = map.get(r.code);
    if (list) list.push(r);
    else map.set(r.code, [r]);
  }
  cache.set(t, { rows: t.rows, length: t.rows.length, map });
  return map;
}
