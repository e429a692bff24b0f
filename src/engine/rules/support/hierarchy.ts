// The roll-up check over the 类/款/项/明细 tree of coded tables (the tree itself: coded-tree.ts).
import { sum, type Money } from '../../money';
import type { BudgetTable, RowLevel, TableRow } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { compareSum, compareValues, shownValue, valueOf } from './compare';
import { reportVerdict } from './report-sum';
import { childrenOf, treeRows } from './coded-tree';
import { explainedByChildRow } from './locate';
import { columnKeys, columnName, rowSubject } from './tables';

/** A row's figure recomputed from its leaves (stored or shown values). */
function leafSum(t: BudgetTable, row: TableRow, key: string, shown: boolean): Money {
  const kids = childrenOf(t, row);
  if (kids.length === 0) return shown ? shownValue(row.amounts[key]) : valueOf(row.amounts[key]);
  return sum(kids.map((k) => leafSum(t, k, key, shown)));
}

export { childrenOf } from './coded-tree';

const PARTS_WORD: Partial<Record<RowLevel, string>> = {
  class: '所属各款之和',
  section: '所属各项之和',
  item: '所属明细之和',
  total: '各类之和',
};

/**
 * Check every row of `level` in every coded table: figure = Σ direct children, in every amount column.
 * Where a clerk must look: the row whose children do not add up. A parent is NOT reported when its figure
 * agrees with its children recomputed from the leaves — then the wrong figure is a child, already reported
 * one level down (a typo in a 款 cell is reported once, at that 款, not again at its 类 and the 合计). A typo
 * in a leaf is reported at the nearest total above it (its 项 or 款) — unless the leaf's own row identity
 * (合计 = 基本 + 项目 …) rejects the same cell and its row-implied figure repairs the column: then the row/* rule
 * reports the leaf cell itself and the 款 is not reported (support/locate.ts).
 */
export function checkRollup(ctx: RuleContext, level: RowLevel): void {
  for (const t of ctx.tables) {
    for (const row of treeRows(t)) {
      if (row.level !== level) continue;
      const kids = childrenOf(t, row);
      if (kids.length === 0) continue;
      for (const key of columnKeys(t)) checkNode(ctx, t, row, kids, key);
    }
  }
}

function checkNode(ctx: RuleContext, t: BudgetTable, row: TableRow, kids: TableRow[], key: string): void {
  const target = row.amounts[key];
  if (!target) return;
  const direct = compareSum(target, kids.map((k) => k.amounts[key]));
  if (direct.status === 'ok') return;
  const fromLeaves = compareValues(
    target,
    kids.map((k) => leafSum(t, k, key, false)),
    kids.map((k) => leafSum(t, k, key, true)),
  );
  if (fromLeaves.status === 'ok' && kids.some((k) => childrenOf(t, k).length > 0)) return;
  if (direct.status === 'mismatch' && explainedByChildRow(t, row, key, ctx.options.disabledRules)) return;
  const check = {
    table: t,
    target,
    parts: kids.map((k) => k.amounts[key]),
    subject: rowSubject(row),
    column: columnName(t, key),
    reference: PARTS_WORD[row.level] ?? '所属各行之和',
  };
  reportVerdict(ctx, check, direct);
}
