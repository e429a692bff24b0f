// Declaring the identities the sum rules share: roll-ups down a tree, row splits across columns, and a figure that
// another table repeats. Rules only say what must hold; the diagnosis decides which cell is wrong.
import type { Amount, BudgetTable, ColumnKey, RowLevel, TableRow } from '../../tables/types';
import { columnSumHolds, splitHolds, type CentsColumn } from '../../diagnosis/evaluate';
import type { RuleContext } from '../define-rule';
import { splitsOf, type SplitRule } from './splits';
import { columnKeys, columnName, rowSubject, tableName } from './tables';
import { tableCents } from './column-cents';

const CODED_LEVELS = new Set<RowLevel>(['class', 'section', 'item', 'detail']);

const PARTS_WORD: Partial<Record<RowLevel, string>> = {
  class: '所属各款之和',
  section: '所属各项之和',
  item: '所属明细之和',
  total: '各类之和',
};

/** Children of a row in the functional-code tree (合计 → 类 → 款 → 项 → 明细), none in other trees. */
export function codedChildren(t: BudgetTable, row: TableRow): TableRow[] {
  return codedChildIndexes(t, row).map((i) => t.rows[i]);
}

/** codedChildren as indices into the table's rows (what the roll-up rules read their cents columns by). */
function codedChildIndexes(t: BudgetTable, row: TableRow): readonly number[] {
  const kids = row.children;
  if (row.side !== undefined || kids === undefined) return NONE;
  for (let i = 0; i < kids.length; i++) if (!CODED_LEVELS.has(t.rows[kids[i]].level)) return NONE;
  return kids;
}

const NONE: readonly number[] = [];

/** Every row of `level` in every coded table equals the sum of its direct children, in every amount column. */
export function declareRollups(ctx: RuleContext, level: RowLevel): void {
  // Indexed loops: these run once per check over every row (a cold path, where for…of pays an iterator step each).
  const tables = ctx.tables;
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    const keys = columnKeys(t);
    let columns: CentsColumn[] | null = null;
    for (let ri = 0; ri < t.rows.length; ri++) {
      const row = t.rows[ri];
      if (row.level !== level) continue;
      const kids = codedChildIndexes(t, row);
      if (kids.length === 0) continue;
      if (ctx.held) columns ??= keys.map((k) => tableCents(t, k));
      for (let ki = 0; ki < keys.length; ki++) {
        // Nearly every roll-up holds in cents: counted without building its declaration (~300k in a 200-unit book).
        if (ctx.held && columns !== null && columnSumHolds(columns[ki], ri, kids)) {
          ctx.held();
          continue;
        }
        declareRollup(ctx, t, row, kids, keys[ki]);
      }
    }
  }
}

/** One roll-up's declaration (its own function: the loops above allocate nothing for the ones that hold). */
function declareRollup(ctx: RuleContext, t: BudgetTable, row: TableRow, kids: readonly number[], key: string): void {
  ctx.declare({
    table: t,
    target: row.amounts[key],
    parts: kids.map((k) => t.rows[k].amounts[key]),
    words: () => ({ subject: rowSubject(row), column: columnName(t, key), reference: PARTS_WORD[row.level] ?? '所属各行之和' }),
  });
}

/** "基本支出 + 项目支出": the first two part columns always, the others only where this row has a figure. */
function partsLabel(t: BudgetTable, row: TableRow, parts: readonly ColumnKey[]): string {
  const shown = parts.filter((k, i) => i < 2 || row.amounts[k]?.value != null);
  return shown.map((k) => columnName(t, k)).join(' + ');
}

/** Every row identity of a kind (合计 = 基本 + 项目 …) on every row of every table (not the income side). */
export function declareRowSplits(ctx: RuleContext, rule: SplitRule): void {
  for (const t of ctx.tables) {
    for (const split of splitsOf(t)) {
      if (split.rule !== rule) continue;
      const target = ctx.held ? tableCents(t, split.target) : null;
      const parts = ctx.held ? split.parts.map((k) => tableCents(t, k)) : NO_COLUMNS;
      for (let ri = 0; ri < t.rows.length; ri++) {
        const row = t.rows[ri];
        if (row.side === 'income') continue;
        if (target !== null && ctx.held && splitHolds(target, parts, ri)) {
          ctx.held();
          continue;
        }
        declareSplit(ctx, t, row, split.target, split.parts);
      }
    }
  }
}

const NO_COLUMNS: readonly CentsColumn[] = [];

/** One row split's declaration. */
function declareSplit(ctx: RuleContext, t: BudgetTable, row: TableRow, target: ColumnKey, parts: readonly ColumnKey[]): void {
  ctx.declare({
    table: t,
    target: row.amounts[target],
    parts: parts.map((k) => row.amounts[k]),
    words: () => ({ subject: rowSubject(row), column: columnName(t, target), reference: partsLabel(t, row, parts) }),
  });
}

/** One side of a cross-table equality. */
export interface Side {
  table: BudgetTable;
  cell: Amount | undefined;
}

/**
 * `primary` repeats `other` (a 收支总表 类 line and that 类 in the 支出总表); nothing is declared when the other
 * table lacks the cell. `describe` gives the primary's row and column words, built only if a finding needs them.
 */
export function declareEqual(ctx: RuleContext, primary: Side, other: Side, describe: () => { subject: string; column: string }): void {
  ctx.declare({
    table: primary.table,
    kind: 'equal',
    target: primary.cell,
    parts: [{ amount: other.cell, table: other.table }],
    words: () => ({ ...describe(), reference: `${tableName(other.table)}中为` }),
  });
}
