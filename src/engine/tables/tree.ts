// The row tree of a recognized table, built once at recognition: which rows a row adds up (its children) and
// which row it adds up into (its parent). Functional codes (合计/类/款/项/明细), 经济分类 (合计/类/款), the
// expenditure lines of two-sided summaries, the 三公 lines and the 政府采购 groups each have their own shape;
// per-unit blocks, 小计 lines and names-only lines take theirs from levels and order (row-tree.ts).
import type { BudgetTable, RowLevel, TableRow } from './types';
import { expenditureLines, linesBelow, rowWithRole } from './lines';
import { levelChildren, needsLevelTree } from './row-tree';

const BELOW: Partial<Record<RowLevel, RowLevel[]>> = {
  total: ['class', 'section', 'item'],
  class: ['section', 'item'],
  section: ['item'],
  item: ['detail'],
};

const ECON_LEVELS = new Set<RowLevel>(['econ-class', 'econ-section']);

/** True for 基本支出表, 机关运行经费 and other tables whose rows are 经济分类 lines. */
export function isEconTable(t: BudgetTable): boolean {
  return t.rows.some((r) => ECON_LEVELS.has(r.level));
}

/** Coded rows of one level, bucketed by each code prefix length the table has, so children are found linearly. */
class CodeIndex {
  private readonly byLevel = new Map<RowLevel, TableRow[]>();
  private readonly byPrefix = new Map<RowLevel, Map<string, TableRow[]>>();

  constructor(rows: readonly TableRow[]) {
    const lengths = [...new Set(rows.map((r) => r.code?.length ?? 0).filter((n) => n > 0))];
    for (const r of rows) {
      push(this.byLevel, r.level, r);
      if (!r.code) continue;
      let prefixes = this.byPrefix.get(r.level);
      if (!prefixes) this.byPrefix.set(r.level, (prefixes = new Map()));
      for (const n of lengths) if (n <= r.code.length) push(prefixes, n === r.code.length ? r.code : r.code.slice(0, n), r);
    }
  }

  level(level: RowLevel): TableRow[] {
    return this.byLevel.get(level) ?? [];
  }

  withPrefix(level: RowLevel, prefix: string): TableRow[] {
    return this.byPrefix.get(level)?.get(prefix) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when `row` sits below `parent` by code: prefix for 类/款, the same code for a 明细 under its 项. */
function isUnder(parent: TableRow, row: TableRow): boolean {
  if (parent.level === 'total') return true;
  if (!parent.code || !row.code) return false;
  return row.level === 'detail' ? row.code === parent.code : row.code.startsWith(parent.code);
}

/** Direct children of a 合计/类/款/项 row: the nearest lower level present under it (a 类 without 款 rows adds its 项). */
function codedChildren(index: CodeIndex, parent: TableRow): TableRow[] {
  for (const level of BELOW[parent.level] ?? []) {
    const candidates = parent.level === 'total' ? index.level(level) : parent.code ? index.withPrefix(level, parent.code) : [];
    const kids = candidates.filter((r) => r !== parent && isUnder(parent, r));
    if (kids.length > 0) return kids;
  }
  return [];
}

/** The 款 of an econ 类: by code prefix (301 / 30101) or, without codes, the 款 rows that follow it; 类 under 合计. */
function econChildren(t: BudgetTable, parent: TableRow, at: number): TableRow[] {
  if (parent.level === 'total') return t.rows.filter((r) => r.level === 'econ-class');
  if (parent.level !== 'econ-class') return [];
  if (parent.code) {
    const code = parent.code;
    return t.rows.filter((r) => r.level === 'econ-section' && r.code?.startsWith(code) === true);
  }
  const kids: TableRow[] = [];
  for (const r of t.rows.slice(at + 1)) {
    if (r.level !== 'econ-section') break;
    kids.push(r);
  }
  return kids;
}

/** 本年支出合计 (or the Henan 支出总计 without one) over the 类 / 基本·项目 lines; 基本 over 人员/公用; 项目 over 部门/专项. */
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
 * The items of each 政府采购 小计: the items after it until the next 小计 when the 小计 line heads its group
 * (seed 001), else the items before it.
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

function procurementChildren(t: BudgetTable, row: TableRow): TableRow[] {
  const gs = procurementGroups(t);
  if (row.role === 'total') return gs.length > 0 ? gs.map((g) => g.head) : t.rows.filter((r) => r.role === 'item');
  return gs.find((g) => g.head === row)?.items ?? [];
}

/** The children of every row, by the table's shape. */
function childrenLists(t: BudgetTable): TableRow[][] {
  const econ = isEconTable(t);
  const coded = new CodeIndex(t.rows.filter((r) => r.side === undefined));
  // Per-unit blocks, 小计 lines and names-only lines: the tree comes from levels and order (row-tree.ts).
  const byLevels = t.kind !== 'three-public-expenses' && t.kind !== 'procurement' && needsLevelTree(t) ? levelChildren(t.rows) : null;
  return t.rows.map((row, i) => {
    if (row.side !== undefined) return summaryChildren(t, row);
    if (t.kind === 'three-public-expenses') return threePublicChildren(t, row);
    if (t.kind === 'procurement') return procurementChildren(t, row);
    if (byLevels) return byLevels.get(row) ?? [];
    return econ ? econChildren(t, row, i) : codedChildren(coded, row);
  });
}

/**
 * Give every row its `children` and `parent` (indices into `t.rows`); called once at recognition. A row that two
 * rows claim keeps the first (sheet order), as a clerk reads the table top-down.
 */
export function attachTree(t: BudgetTable): BudgetTable {
  const rows = t.rows;
  // A row's index: searched in a small table (most of them: every unit's tables), a map in a long one.
  const index = rows.length > SEARCHED_ROWS ? new Map<TableRow, number>() : null;
  if (index) for (let i = 0; i < rows.length; i++) index.set(rows[i], i);
  const indexOf = (row: TableRow): number => (index ? (index.get(row) ?? -1) : rows.lastIndexOf(row));
  const lists = childrenLists(t);
  for (let i = 0; i < rows.length; i++) {
    rows[i].parent = undefined;
    rows[i].children = undefined;
  }
  for (let i = 0; i < lists.length; i++) {
    const kids = lists[i];
    const parent = rows[i];
    if (kids.length > 0) {
      const at: number[] = [];
      for (let k = 0; k < kids.length; k++) {
        const n = indexOf(kids[k]);
        if (n >= 0) at.push(n);
      }
      parent.children = at;
    }
    if (parent.side === 'income' || parent.level === 'detail' || parent.level === 'econ-section') continue;
    for (let k = 0; k < kids.length; k++) if (kids[k].parent === undefined) kids[k].parent = i;
  }
  return t;
}

/** Tables up to this many rows find a row's index by searching (lastIndexOf, as the map keeps the last). */
const SEARCHED_ROWS = 64;

/** Direct children of a row (empty for a leaf). */
export function childrenOf(t: BudgetTable, row: TableRow): TableRow[] {
  return row.children?.map((i) => t.rows[i]) ?? [];
}

/** The row a row adds up into (its 款 for a 项, the 合计 for a 类), if any. */
export function parentOf(t: BudgetTable, row: TableRow): TableRow | undefined {
  return row.parent === undefined ? undefined : t.rows[row.parent];
}
