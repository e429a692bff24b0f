// Small readers over recognized tables, shared by the facts extractor: find a table, a row, an amount in 万元.
import { Decimal, ZERO, type Money } from '../money';
import type { CellAddress } from '../grid/types';
import type { BudgetTable, TableKind, TableRow } from '../tables/types';

/** The first table of a kind (tables arrive in sheet order). */
export function tableOf(tables: readonly BudgetTable[], kind: TableKind): BudgetTable | undefined {
  return tables.find((t) => t.kind === kind);
}

/** Every table of a kind (performance forms come one per project). */
export function tablesOf(tables: readonly BudgetTable[], kind: TableKind): BudgetTable[] {
  return tables.filter((t) => t.kind === kind);
}

const TEN_THOUSAND = new Decimal(10000);

/** An amount of a table converted to 万元, the unit every narrative speaks in. */
export function toWan(table: BudgetTable, value: Money): Money {
  if (table.unit === '元') return value.dividedBy(TEN_THOUSAND);
  if (table.unit === '亿元') return value.times(TEN_THOUSAND);
  return value;
}

/** The cell each amount read through amountOf came from (so findings can point at the table cell). */
const ORIGIN = new WeakMap<Money, CellAddress>();

/** The table cell an amount was read from, when it was read through amountOf. */
export function originOf(m: Money): CellAddress | undefined {
  return ORIGIN.get(m);
}

/** A row's amount in 万元; null when the column is absent, zero when present but blank. */
export function amountOf(table: BudgetTable, row: TableRow | undefined, key: string): Money | null {
  if (!row) return null;
  const a = row.amounts[key];
  // A formula saved without a value the engine could not compute: its figure is unknown, not 0.
  if (!a || a.cell?.uncomputed) return null;
  const wan = a.value ? toWan(table, a.value) : new Decimal(0);
  // Cells with the same figure share one Money (grid/normalize.ts): the origin goes on a copy of this read's own.
  const v = wan === a.value ? new Decimal(wan) : wan;
  ORIGIN.set(v, a.address);
  return v;
}

/** First present amount among column keys (tables name the same column differently). */
export function firstAmount(table: BudgetTable, row: TableRow | undefined, keys: readonly string[]): Money | null {
  for (const k of keys) {
    const v = amountOf(table, row, k);
    if (v !== null) return v;
  }
  return null;
}

/** The row with a role (and side, for two-sided summaries). */
export function rowWithRole(table: BudgetTable | undefined, role: string, side?: 'income' | 'expenditure'): TableRow | undefined {
  return table?.rows.find((r) => r.role === role && (side === undefined || r.side === side));
}

/** The 合计 row of a coded or economic table. */
export function totalRow(table: BudgetTable | undefined): TableRow | undefined {
  if (!table) return undefined;
  return table.rows.find((r) => r.level === 'total') ?? table.rows.find((r) => r.role === 'total');
}

/** A table's "nothing at all" reading: an empty table states zero, a missing table states nothing. */
export function zeroIfEmpty(table: BudgetTable | undefined, value: Money | null): Money | null {
  if (!table) return null;
  if (value !== null) return value;
  return table.isEmpty ? ZERO : null;
}
