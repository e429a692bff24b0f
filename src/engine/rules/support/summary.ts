// The lines of the two-sided summaries (收支总表, 财政拨款收支总表) that the summary and cross rules add up.
import type { Amount, BudgetTable, TableRow } from '../../tables/types';
import { expenditureLines, linesBelow, rowWithRole, rowsWithRole } from '../../tables/lines';
import { hasMoney } from './compare';
import { perTableRows } from './per-table';

export { expenditureLines, linesBelow };

/** Tables laid out as 收入 | 支出 with lines (roles) instead of codes. */
export function twoSided(tables: readonly BudgetTable[]): BudgetTable[] {
  return tables.filter(hasSides);
}

/** True when some row of the table is on a side (asked by several rules of every table: once per table). */
const hasSides = perTableRows((t) => t.rows.some((r) => r.side !== undefined));

/** 一、一般公共预算拨款收入 … : the lines 本年收入合计 adds up. */
export function incomeLines(t: BudgetTable): TableRow[] {
  return rowsWithRole(t, 'income-source', 'income');
}

/** The carry-over line of a side, or its breakdown lines when the line itself is left blank. */
export function carryoverCells(t: BudgetTable, side: 'income' | 'expenditure', key: string): (Amount | undefined)[] {
  const role = side === 'income' ? 'carryover-in' : 'carryover-out';
  const line = rowWithRole(t, role, side);
  const parts = rowsWithRole(t, `${role}-part`, side).map((r) => r.amounts[key]);
  if (line && hasMoney(line.amounts[key])) return [line.amounts[key]];
  return parts.length > 0 ? parts : [line?.amounts[key]];
}

/** The amount columns a line carries (its own side's columns). */
export function lineKeys(row: TableRow): string[] {
  return Object.keys(row.amounts);
}
