// Row arithmetic: one column of a row equals the sum of other columns of the same row (合计 = 基本 + 项目).
import type { CellAddress } from '../../grid/types';
import type { Amount, BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { compareSum, compareValues, shownValue, valueOf } from './compare';
import { locateRowError, type Located } from './locate';
import { reportVerdict } from './report-sum';
import { splitsOf, type Split } from './splits';
import { columnName, rowSubject } from './tables';

export { presentParts } from './splits';

/** Check every row identity that belongs to `rule` (see splits.ts) on every table. */
export function checkRowRule(ctx: RuleContext, rule: string): void {
  for (const t of ctx.tables) {
    for (const split of splitsOf(t)) if (split.rule === rule) checkTableSplit(ctx, t, split);
  }
}

/** Check one identity on the rows of one table (the income side of two-sided summaries has no such columns). */
export function checkTableSplit(ctx: RuleContext, t: BudgetTable, split: Split): void {
  for (const row of t.rows) {
    const target = row.amounts[split.target];
    if (!target || row.side === 'income') continue;
    const parts = split.parts.map((k) => row.amounts[k]);
    const verdict = compareSum(target, parts);
    if (verdict.status === 'ok') continue;
    const at = verdict.status === 'mismatch' ? locateRowError(t, row, split) : { key: split.target };
    if (at === 'skip') continue;
    if (at.key !== split.target) {
      // A part that is itself the total of another failing identity (基本支出 = 人员 + 公用) is reported by that one.
      if (!failsAsTarget(t, row, at.key, split)) reportPart(ctx, t, row, split, at);
      continue;
    }
    const check = {
      table: t,
      target,
      parts,
      subject: rowSubject(row),
      column: columnName(t, split.target),
      reference: partsLabel(t, row, split.parts),
      ...parentNote(t, at, parts),
    };
    reportVerdict(ctx, check, verdict);
  }
}

function failsAsTarget(t: BudgetTable, row: TableRow, key: ColumnKey, except: Split): boolean {
  return splitsOf(t).some(
    (s) => s !== except && s.target === key && compareSum(row.amounts[key], s.parts.map((k) => row.amounts[k])).status === 'mismatch',
  );
}

/** The identity fails because of a part (基本支出 of a 项 whose column does not add up): report that part. */
function reportPart(ctx: RuleContext, t: BudgetTable, row: TableRow, split: Split, at: Located): void {
  const key = at.key;
  const others = split.parts.filter((k) => k !== key);
  const cells = [split.target, ...others].map((k) => row.amounts[k]);
  const sign = (i: number) => (i === 0 ? 1 : -1);
  const stored = cells.map((c, i) => valueOf(c).times(sign(i)));
  const shown = cells.map((c, i) => shownValue(c).times(sign(i)));
  const verdict = compareValues(row.amounts[key], stored, shown);
  const names = [split.target, ...others.filter((k) => row.amounts[k]?.value != null)].map((k) => columnName(t, k));
  const check = {
    table: t,
    target: row.amounts[key],
    parts: cells,
    subject: rowSubject(row),
    column: columnName(t, key),
    reference: names.join(' − '),
    ...parentNote(t, at, cells),
  };
  reportVerdict(ctx, check, verdict);
}

/** When the typo also put the total above out (its 款 no longer adds up), say so and relate that cell. */
function parentNote(t: BudgetTable, at: Located, parts: readonly (Amount | undefined)[]): { note?: string; related?: CellAddress[] } {
  const cell = at.parent?.amounts[at.key];
  if (!at.parent || !cell) return {};
  const filled = parts.filter((p): p is Amount => p?.cell !== undefined && p.cell.value.kind !== 'blank');
  const note = `；${rowSubject(at.parent)}的${columnName(t, at.key)}因此也与下级之和不符`;
  return { note, related: [...filled.map((p) => p.address), cell.address] };
}

/** "基本支出 + 项目支出": the first two part columns always, the others only where this row has a figure. */
function partsLabel(t: BudgetTable, row: TableRow, parts: readonly ColumnKey[]): string {
  const shown = parts.filter((k, i) => i < 2 || row.amounts[k]?.value != null);
  return shown.map((k) => columnName(t, k)).join(' + ');
}
