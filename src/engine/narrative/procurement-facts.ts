// The 政府采购预算表 as a 说明 states it: the total, 货物/工程/服务 by catalog code, the 中小企业 share, the items
// (for the table under the sentence) and the fixed assets to be bought (设备、家具 in the catalog).
import { ZERO, type Money } from '../money';
import type { BudgetTable, TableRow } from '../tables/types';
import { amountOf, firstAmount, totalRow } from './table-lookup';

/** One purchase line as printed. */
export interface ProcurementItem {
  project: string;
  item: string;
  catalog: string;
  measure: string;
  quantity: Money | null;
  unitPrice: Money | null;
  amount: Money;
}

/** What the tables say about 政府采购 (amounts in 万元). */
export interface ProcurementFacts {
  total: Money;
  items: ProcurementItem[];
  /** 货物 (A), 工程 (B), 服务 (C) by 政府采购品目分类目录 code; null when an item has no readable code. */
  split: { goods: Money; works: Money; services: Money } | null;
  /** 预留中小企业份额 of the 合计 row; null when the table has no such column. */
  smeShare: Money | null;
  /** Equipment and furniture among the items (拟购置固定资产); null when an item has no readable code. */
  assetsToBuy: Money | null;
}

/**
 * Catalog codes of fixed assets. 2013 edition (to 2022): A01 土地建筑物, A02 通用设备, A03 专用设备, A06 家具用具.
 * 2022 edition (from 2023): A01 房屋和构筑物, A02 设备, A03 文物和陈列品, A0501 家具. Seed 004 (2020): 5.30 =
 * the A02 items; seed 001 (2024): 5.33 = A02 + A0501 items.
 */
function isFixedAsset(catalog: string, year: number | null): boolean {
  const newEdition = year !== null && year >= 2023;
  return newEdition ? /^A0[12]|^A0501/.test(catalog) : /^A0[1236]/.test(catalog);
}

function catalogOf(row: TableRow): string {
  return (row.extra?.catalog ?? '').replace(/[[\]\s]/g, '').toUpperCase();
}

function itemOf(t: BudgetTable, r: TableRow): ProcurementItem {
  return {
    project: r.extra?.project ?? '',
    item: r.extra?.item ?? r.name,
    catalog: catalogOf(r),
    measure: r.extra?.measure ?? '',
    quantity: r.amounts.quantity?.value ?? null,
    unitPrice: amountOf(t, r, 'unitPrice'),
    amount: firstAmount(t, r, ['total', 'generalBudget']) ?? ZERO,
  };
}

/** Read the table; null without one. An empty table states zero everywhere. */
export function readProcurement(t: BudgetTable | undefined, year: number | null): ProcurementFacts | null {
  if (!t) return null;
  const items = t.rows.filter((r) => r.role === 'item').map((r) => itemOf(t, r));
  const total = (firstAmount(t, totalRow(t), ['total', 'generalBudget']) ?? items.reduce((a, i) => a.plus(i.amount), ZERO));
  const coded = items.every((i) => /^[ABC]\d/.test(i.catalog));
  const sum = (keep: (i: ProcurementItem) => boolean) => items.filter(keep).reduce((a, i) => a.plus(i.amount), ZERO);
  const split = coded
    ? { goods: sum((i) => i.catalog.startsWith('A')), works: sum((i) => i.catalog.startsWith('B')), services: sum((i) => i.catalog.startsWith('C')) }
    : null;
  const hasSme = t.columns.some((c) => c.key === 'smeShare');
  return {
    total,
    items,
    split,
    smeShare: hasSme ? (amountOf(t, totalRow(t), 'smeShare') ?? (t.isEmpty ? ZERO : null)) : null,
    assetsToBuy: coded ? sum((i) => isFixedAsset(i.catalog, year)) : null,
  };
}
