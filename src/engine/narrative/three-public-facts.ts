// The "三公" figures of the 财政拨款"三公"经费支出表, in both layouts (Hebei columns, Henan rows per fund).
import { ZERO, type Money } from '../money';
import type { BudgetTable, TableRow } from '../tables/types';
import { amountOf, zeroIfEmpty } from './table-lookup';

/** The "三公" total and parts in 万元. */
export interface ThreePublicFacts {
  total: Money;
  abroad: Money;
  vehicle: Money;
  vehiclePurchase: Money;
  vehicleOperation: Money;
  reception: Money;
}

/** Rows that state the all-funds amount (Henan repeats each item per fund; keep its 合计 line). */
function allFundRows(table: BudgetTable): TableRow[] {
  return table.rows.filter((r) => {
    const source = r.extra?.source;
    return source === undefined || /合计|总计/.test(source);
  });
}

/** Read the 三公 parts; null without the table. A part the table does not list counts as zero. */
export function readThreePublic(table: BudgetTable | undefined): ThreePublicFacts | null {
  if (!table) return null;
  const rows = allFundRows(table);
  const byRole = (role: string): Money | null => {
    const row = rows.find((r) => r.role === role);
    return zeroIfEmpty(table, row ? amountOf(table, row, 'total') : null);
  };
  const purchase = byRole('vehicle-purchase') ?? ZERO;
  const operation = byRole('vehicle-operation') ?? ZERO;
  const vehicle = byRole('vehicle') ?? purchase.plus(operation);
  const abroad = byRole('abroad') ?? ZERO;
  const reception = byRole('reception') ?? ZERO;
  const total = byRole('subtotal') ?? byRole('total') ?? abroad.plus(vehicle).plus(reception);
  return { total, abroad, vehicle, vehiclePurchase: purchase, vehicleOperation: operation, reception };
}
