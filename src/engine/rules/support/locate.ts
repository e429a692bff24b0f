// Which cell is wrong when a figure breaks both its row (合计 ≠ 基本 + 项目) and its column (款 ≠ Σ 项):
// the one cell whose correction from the row makes the column add up again.
import { roundTo, sum, type Money } from '../../money';
import type { BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import { compareSum, compareValues, shownPlaces, shownValue, valueOf } from './compare';
import { splitsOf, type Split } from './splits';
import { parentOf, treeChildren } from './tree';

/** The figure `key` should have by this identity: Σ parts for the target, target − other parts for a part. */
export function impliedBy(row: TableRow, split: Split, key: ColumnKey): Money {
  const v = (k: ColumnKey) => valueOf(row.amounts[k]);
  if (key === split.target) return sum(split.parts.map(v));
  return v(split.target).minus(sum(split.parts.filter((k) => k !== key).map(v)));
}

/**
 * The figure a cell should have by the first failing identity of its row that involves it; null when none fails
 * (identities of disabled row/* rules do not count: nobody would report the cell).
 */
export function impliedByRow(t: BudgetTable, row: TableRow, key: ColumnKey, disabled: readonly string[] = []): Money | null {
  for (const s of splitsOf(t)) {
    if (disabled.includes(s.rule) || (key !== s.target && !s.parts.includes(key))) continue;
    const target = row.amounts[s.target];
    if (!target) continue;
    if (compareSum(target, s.parts.map((k) => row.amounts[k])).status === 'mismatch') return impliedBy(row, s, key);
  }
  return null;
}

function columnFails(t: BudgetTable, parent: TableRow, key: ColumnKey): boolean {
  const kids = treeChildren(t, parent);
  return kids.length > 0 && compareSum(parent.amounts[key], kids.map((k) => k.amounts[key])).status === 'mismatch';
}

/** True when the column sum under `parent` holds once `child`'s figure in `key` is replaced by `value`. */
function columnHoldsWith(t: BudgetTable, parent: TableRow, key: ColumnKey, child: TableRow, value: Money): boolean {
  const kids = treeChildren(t, parent);
  const stored = kids.map((k) => (k === child ? value : valueOf(k.amounts[key])));
  const shown = kids.map((k) => (k === child ? roundTo(value, shownPlaces(k.amounts[key])) : shownValue(k.amounts[key])));
  return compareValues(parent.amounts[key], stored, shown).status !== 'mismatch';
}

/**
 * A column sum that fails at `parent` only because one child's cell is wrong, a cell its own row identity also
 * rejects: the row/* rule reports that child cell, so the roll-up does not report the parent as well.
 */
export function explainedByChildRow(t: BudgetTable, parent: TableRow, key: ColumnKey, disabled: readonly string[] = []): boolean {
  for (const kid of treeChildren(t, parent)) {
    const implied = impliedByRow(t, kid, key, disabled);
    if (implied && columnHoldsWith(t, parent, key, kid, implied)) return true;
  }
  return false;
}

/** Where a row identity's finding goes: the cell, and the total above it that the same typo put out. */
export interface Located {
  key: ColumnKey;
  parent?: TableRow;
}

/**
 * Where a failing row identity is reported: at the cell whose row-implied figure also repairs its column (a
 * 基本支出 typo in a 项 is reported at that 基本支出 cell, not at the 项's 合计), or 'skip' when that cell is a
 * total whose own column sum fails (the roll-up rule reports it there). Otherwise the row's target cell.
 */
export function locateRowError(t: BudgetTable, row: TableRow, split: Split): Located | 'skip' {
  const parent = parentOf(t, row);
  for (const key of [split.target, ...split.parts]) {
    if (!row.amounts[key]) continue;
    const implied = impliedBy(row, split, key);
    const kids = treeChildren(t, row);
    if (kids.length > 0 && columnFails(t, row, key)) {
      const places = shownPlaces(row.amounts[key]);
      const fromKids = sum(kids.map((k) => valueOf(k.amounts[key])));
      if (roundTo(implied, places).equals(roundTo(fromKids, places))) return 'skip';
    }
    if (parent && columnFails(t, parent, key) && columnHoldsWith(t, parent, key, row, implied)) return { key, parent };
  }
  return { key: split.target };
}
