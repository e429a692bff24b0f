// A value rules derive from a table's rows, computed once per table and kept while its rows stay the same.
import type { BudgetTable, TableRow } from '../../tables/types';

/**
 * `build`, computed once per table: several rules ask for the same derived list or index of every table. Kept in a
 * WeakMap by table, and built again if the table's rows were replaced or grew (a new array or a new length).
 */
export function perTableRows<T>(build: (t: BudgetTable) => T): (t: BudgetTable) => T {
  const cache = new WeakMap<BudgetTable, { rows: readonly TableRow[]; length: number; value: T }>();
  return (t) => {
    const hit = cache.get(t);
    if (hit && hit.rows === t.rows && hit.length === t.rows.length) return hit.value;
    const value = build(t);
    cache.set(t, { rows: t.rows, length: t.rows.length, value });
    return value;
  };
}
