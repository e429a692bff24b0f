// The tree of a table's lines from levels and sheet order, not codes (tree.ts uses it where codes cannot tell):
// names-only tables, per-unit blocks (the same codes in every block), 小计 blocks, and totals placed on top of their
// lines or under them. Identities (合计 = Σ 单位, 单位 = Σ 类, 小计 = Σ its 类 …) are read off the tree.
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

/** True when codes cannot give the tree: unit or 小计 lines, or a names-only table (named 款/项 lines, none coded). */
export function needsLevelTree(t: BudgetTable): boolean {
  const tree = t.rows.filter((r) => r.side === undefined);
  if (tree.some((r) => r.level === 'unit' || r.level === 'subtotal')) return true;
  const lower = tree.filter((r) => r.level === 'section' || r.level === 'item');
  return lower.length > 0 && lower.every((r) => !r.code && r.name.trim() !== '');
}

/** Children of every line from levels and order (lines outside the tree have none). */
export function levelChildren(rows: readonly TableRow[]): Map<TableRow, TableRow[]> {
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
  const children = new Map<TableRow, TableRow[]>();
  for (let i = 0; i < lines.length; i++) {
    for (let k = ranks[i] - 1; k >= 0; k--) {
      const j = onTop[k] ? before[k][i] : after[k][i];
      if (j < 0 || ranks[j] !== k) continue;
      const list = children.get(lines[j]);
      if (list) list.push(lines[i]);
      else children.set(lines[j], [lines[i]]);
      break;
    }
  }
  return children;
}
