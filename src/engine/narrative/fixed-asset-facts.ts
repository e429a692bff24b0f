// The 固定资产占用情况表 as a 说明 states it: 资产总额 and its lines (房屋, 车辆…), for the sentence and its table.
import type { Money } from '../money';
import type { BudgetTable } from '../tables/types';
import { amountOf, rowWithRole, toWan } from './table-lookup';

/** One line of the table as printed: 「2、车辆（台、辆）」 with its 数量 and 价值. */
export interface FixedAssetLine {
  name: string;
  quantity: Money | null;
  value: Money | null;
  /** total (资产总额), category (1、房屋…) or sub (其中：办公用房). */
  role: string;
}

/** 资产总额 in 万元 and the lines; null without the table. */
export interface FixedAssetFacts {
  total: Money | null;
  lines: FixedAssetLine[];
  /** 车辆 line, for the Henan 「共有车辆N辆」. */
  vehicles: FixedAssetLine | null;
  /** 房屋 line. */
  buildings: FixedAssetLine | null;
}

/** Read the table; null without one. */
export function readFixedAssets(t: BudgetTable | undefined): FixedAssetFacts | null {
  if (!t) return null;
  const lines: FixedAssetLine[] = t.rows.map((r) => {
    const value = r.amounts.value?.value;
    return { name: r.name, quantity: r.amounts.quantity?.value ?? null, value: value ? toWan(t, value) : null, role: r.role ?? 'category' };
  });
  const total = rowWithRole(t, 'total');
  return {
    total: total ? amountOf(t, total, 'value') : null,
    lines,
    vehicles: lines.find((l) => /车辆/.test(l.name)) ?? null,
    buildings: lines.find((l) => l.role === 'category' && /房屋/.test(l.name)) ?? null,
  };
}
