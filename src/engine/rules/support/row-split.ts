// Row arithmetic: one column of a row equals the sum of other columns of the same row (合计 = 基本 + 项目).
import type { BudgetTable, ColumnKey, TableKind, TableRow } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { checkSum } from './report-sum';
import { columnName, hasColumn, rowSubject } from './tables';

export interface SplitSpec {
  target: ColumnKey;
  parts: readonly ColumnKey[];
  /** Only these kinds; default every table that has the columns. */
  kinds?: readonly TableKind[];
  /** Which rows to check; default every row. */
  rows?: (row: TableRow) => boolean;
}

/** The part columns this table has; empty when the split does not apply to it. */
export function presentParts(t: BudgetTable, parts: readonly ColumnKey[]): ColumnKey[] {
  return parts.filter((k) => hasColumn(t, k));
}

/** Check target = Σ parts on every row of every table that has the target and at least one part column. */
export function checkSplit(ctx: RuleContext, spec: SplitSpec): void {
  for (const t of ctx.tables) {
    if (spec.kinds && !spec.kinds.includes(t.kind)) continue;
    if (!hasColumn(t, spec.target)) continue;
    const parts = presentParts(t, spec.parts);
    if (parts.length === 0) continue;
    checkTableSplit(ctx, t, spec.target, parts, spec.rows);
  }
}

/** The same check on one table with the part columns already chosen. */
export function checkTableSplit(
  ctx: RuleContext,
  t: BudgetTable,
  target: ColumnKey,
  parts: readonly ColumnKey[],
  filter?: (row: TableRow) => boolean,
): void {
  for (const row of t.rows) {
    if (filter && !filter(row)) continue;
    const cell = row.amounts[target];
    if (!cell) continue;
    checkSum(ctx, {
      table: t,
      target: cell,
      parts: parts.map((k) => row.amounts[k]),
      subject: rowSubject(row),
      column: columnName(t, target),
      reference: partsLabel(t, row, parts),
    });
  }
}

/** "基本支出 + 项目支出": the first two part columns always, the others only where this row has a figure. */
function partsLabel(t: BudgetTable, row: TableRow, parts: readonly ColumnKey[]): string {
  const shown = parts.filter((k, i) => i < 2 || row.amounts[k]?.value != null);
  return shown.map((k) => columnName(t, k)).join(' + ');
}
