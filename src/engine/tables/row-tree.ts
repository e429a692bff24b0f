// The tree of a table's lines — each line's parent and children — from levels and sheet order, not codes, so it
// holds for names-only tables, per-unit blocks (the same codes in every block), 小计 blocks and totals placed on
// top of their lines or under them. Identities (合计 = Σ 类, 类 = Σ 款, 小计 = its block …) are read off it.
import type { BudgetTable, RowLevel, TableRow } from './types';

/** Depth of each level in the tree; levels not listed (line, two-sided lines) stay out of it. */
const RANK: Partial<Record<RowLevel, number>> = {
  total: 0,
  unit: 1,
  subtotal: 2,
  class: 3,
  'econ-class': 3,
  section: 4,
  'econ-section': 4,
  item: 5,
  detail: 6,
};
const DEPTHS = 7;

/** Parent and children of every line of a table (null / [] outside the tree). */
export interface RowTree {
  parent: ReadonlyMap<TableRow, TableRow>;
  children: ReadonlyMap<TableRow, readonly TableRow[]>;
}

function rankOf(row: TableRow): number | undefined {
  if (row.side !== undefined || row.role === 'filler' || row.role === 'unit-heading') return undefined;
  return RANK[row.level];
}

/**
 * For each depth, whether its lines come before the lines they total (合计 on top) or after them (合计 at the bottom,
 * a 小计 closing its block): decided by the first line of that depth — what stands right before it is shallower.
 */
function placements(ranks: readonly number[]): boolean[] {
  const onTop = new Array<boolean>(DEPTHS).fill(true);
  const seen = new Array<boolean>(DEPTHS).fill(false);
  ranks.forEach((k, i) => {
    if (seen[k]) return;
    seen[k] = true;
    onTop[k] = i === 0 || ranks[i - 1] < k;
  });
  return onTop;
}

/** The tree of a table (built once per table and kept while its rows do not change). */
export function rowTree(t: BudgetTable): RowTree {
  const hit = cache.get(t);
  if (hit && hit.rows === t.rows && hit.length === t.rows.length) return hit.tree;
  const tree = buildTree(t.rows);
  cache.set(t, { rows: t.rows, length: t.rows.length, tree });
  return tree;
}

const cache = new WeakMap<BudgetTable, { rows: readonly TableRow[]; length: number; tree: RowTree }>();

function buildTree(rows: readonly TableRow[]): RowTree {
  const lines: TableRow[] = [];
  const ranks: number[] = [];
  for (const r of rows) {
    const k = rankOf(r);
    if (k === undefined) continue;
    lines.push(r);
    ranks.push(k);
  }
  const onTop = placements(ranks);
  // before[k][i]: the last line at or above depth k before i; after[k][i]: the first one after i (-1: none).
  const before = Array.from({ length: DEPTHS }, () => new Array<number>(lines.length).fill(-1));
  const after = Array.from({ length: DEPTHS }, () => new Array<number>(lines.length).fill(-1));
  for (let k = 0; k < DEPTHS; k++) {
    let last = -1;
    for (let i = 0; i < lines.length; i++) {
      before[k][i] = last;
      if (ranks[i] <= k) last = i;
    }
    last = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      after[k][i] = last;
      if (ranks[i] <= k) last = i;
    }
  }
  const parent = new Map<TableRow, TableRow>();
  const children = new Map<TableRow, TableRow[]>();
  for (let i = 0; i < lines.length; i++) {
    for (let k = ranks[i] - 1; k >= 0; k--) {
      const j = onTop[k] ? before[k][i] : after[k][i];
      if (j < 0 || ranks[j] !== k) continue;
      parent.set(lines[i], lines[j]);
      const list = children.get(lines[j]);
      if (list) list.push(lines[i]);
      else children.set(lines[j], [lines[i]]);
      break;
    }
  }
  return { parent, children };
}

/** The lines a row totals (its children in the tree), in sheet order. */
export function childrenOfRow(t: BudgetTable, row: TableRow): readonly TableRow[] {
  return rowTree(t).children.get(row) ?? [];
}
