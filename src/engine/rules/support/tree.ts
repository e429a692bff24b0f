// Parent and children of a row in the tree a table has: functional codes (类/款/项/明细), 经济分类 (类/款), or the
// expenditure lines of a two-sided summary (本年支出合计 over its 类 lines), the lines of the Hebei 三公 table.
import type { BudgetTable, TableRow } from '../../tables/types';
import { childrenOf } from './coded-tree';
import { expenditureLines, linesBelow } from './summary';
import { rowWithRole } from './tables';

const ECON_LEVELS = new Set(['econ-class', 'econ-section']);

/** True for 基本支出表, 机关运行经费 and other tables whose rows are 经济分类 lines. */
export function isEconTable(t: BudgetTable): boolean {
  return t.rows.some((r) => ECON_LEVELS.has(r.level));
}

/**
 * The 款 of an econ 类: by code prefix (Hebei 301 / 30101) or, without codes (Henan), the 款 rows that follow
 * the 类 until the next 类 or 合计; the 类 rows under the 合计.
 */
export function econChildren(t: BudgetTable, parent: TableRow): TableRow[] {
  if (parent.level === 'total') return t.rows.filter((r) => r.level === 'econ-class');
  if (parent.level !== 'econ-class') return [];
  if (parent.code) {
    const code = parent.code;
    return t.rows.filter((r) => r.level === 'econ-section' && r.code?.startsWith(code) === true);
  }
  const kids: TableRow[] = [];
  for (const r of t.rows.slice(t.rows.indexOf(parent) + 1)) {
    if (r.level !== 'econ-section') break;
    kids.push(r);
  }
  return kids;
}

/**
 * The lines an expenditure line of a two-sided summary adds up: 本年支出合计 (or, without one, the Henan 支出总计)
 * the 类 or 基本/项目 lines; 基本支出 its 人员/公用 lines; 项目支出 its 部门/专项 lines.
 */
function summaryChildren(t: BudgetTable, row: TableRow): TableRow[] {
  if (row.side !== 'expenditure') return [];
  if (row.role === 'expenditure-total') return expenditureLines(t).rows;
  if (row.role === 'expenditure-grand-total' && !rowWithRole(t, 'expenditure-total', 'expenditure')) {
    return expenditureLines(t).rows;
  }
  if (row.role === 'basic') return linesBelow(t, row, ['personnel', 'public']);
  if (row.role === 'project') return linesBelow(t, row, ['dept-project', 'special-project']);
  return [];
}

/** Hebei 三公 lines: 合计 over 小计 (or the three items), 小计 over the items, 用车 over 购置费 and 运行维护费. */
function threePublicChildren(t: BudgetTable, row: TableRow): TableRow[] {
  if (row.extra?.source !== undefined) return [];
  const pick = (roles: string[]) => roles.map((r) => rowWithRole(t, r)).filter((r): r is TableRow => r !== undefined);
  const vehicle = rowWithRole(t, 'vehicle') ? ['vehicle'] : ['vehicle-purchase', 'vehicle-operation'];
  const items = pick(['abroad', ...vehicle, 'reception']);
  if (row.role === 'total') return rowWithRole(t, 'subtotal') ? pick(['subtotal']) : items;
  if (row.role === 'subtotal') return items;
  return row.role === 'vehicle' ? pick(['vehicle-purchase', 'vehicle-operation']) : [];
}

/**
 * The items of each 小计: the items after it until the next 小计 when the 小计 line heads its group (seed 001),
 * else the items before it.
 */
export function procurementGroups(t: BudgetTable): { head: TableRow; items: TableRow[] }[] {
  const rows = t.rows.filter((r) => r.role === 'subtotal' || r.role === 'item');
  const headsFirst = rows[0]?.role === 'subtotal';
  const out: { head: TableRow; items: TableRow[] }[] = [];
  let pending: TableRow[] = [];
  for (const r of rows) {
    if (r.role === 'item') {
      if (headsFirst) out[out.length - 1]?.items.push(r);
      else pending.push(r);
      continue;
    }
    out.push({ head: r, items: headsFirst ? [] : pending });
    pending = [];
  }
  return out;
}

/** 政府采购: 合计 over the 小计 lines (or the items when there are none), each 小计 over its items. */
function procurementChildren(t: BudgetTable, row: TableRow): TableRow[] {
  const gs = procurementGroups(t);
  if (row.role === 'total') return gs.length > 0 ? gs.map((g) => g.head) : t.rows.filter((r) => r.role === 'item');
  return gs.find((g) => g.head === row)?.items ?? [];
}

/** Direct children of a row in the table's tree. */
export function treeChildren(t: BudgetTable, row: TableRow): TableRow[] {
  if (row.side !== undefined) return summaryChildren(t, row);
  if (t.kind === 'three-public-expenses') return threePublicChildren(t, row);
  if (t.kind === 'procurement') return procurementChildren(t, row);
  return isEconTable(t) ? econChildren(t, row) : childrenOf(t, row);
}

const parents = new WeakMap<BudgetTable, { rows: readonly TableRow[]; map: Map<TableRow, TableRow> }>();

/** The row a row adds up into (its 款 for a 项, the 合计 for a 类), built once per table. */
export function parentOf(t: BudgetTable, row: TableRow): TableRow | undefined {
  const hit = parents.get(t);
  if (hit && hit.rows === t.rows) return hit.map.get(row);
  const map = new Map<TableRow, TableRow>();
  for (const p of t.rows) {
    if (p.side === 'income' || p.level === 'detail' || p.level === 'econ-section') continue;
    for (const kid of treeChildren(t, p)) if (!map.has(kid)) map.set(kid, p);
  }
  parents.set(t, { rows: t.rows, map });
  return map.get(row);
}
