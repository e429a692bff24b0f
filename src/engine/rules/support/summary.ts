// The lines of the two-sided summaries (收支总表, 财政拨款收支总表) that the summary and cross rules add up.
import type { Amount, BudgetTable, TableRow } from '../../tables/types';
import { hasMoney } from './compare';
import { rowWithRole, rowsWithRole } from './tables';

/** Tables laid out as 收入 | 支出 with lines (roles) instead of codes. */
export function twoSided(tables: readonly BudgetTable[]): BudgetTable[] {
  return tables.filter((t) => t.rows.some((r) => r.side !== undefined));
}

/** 一、一般公共预算拨款收入 … : the lines 本年收入合计 adds up. */
export function incomeLines(t: BudgetTable): TableRow[] {
  return rowsWithRole(t, 'income-source', 'income');
}

/**
 * The lines 本年支出合计 adds up: the 类 lines (八、社会保障和就业支出 …), or in the Henan 收支总表, which
 * has no 类 lines, 一、基本支出 and 二、项目支出.
 */
export function expenditureLines(t: BudgetTable): { rows: TableRow[]; label: string } {
  const classes = rowsWithRole(t, 'class-line', 'expenditure');
  if (classes.length > 0) return { rows: classes, label: '各类支出之和' };
  const split = [...rowsWithRole(t, 'basic', 'expenditure'), ...rowsWithRole(t, 'project', 'expenditure')];
  return { rows: split, label: '基本支出 + 项目支出' };
}

/** The carry-over line of a side, or its breakdown lines when the line itself is left blank. */
export function carryoverCells(t: BudgetTable, side: 'income' | 'expenditure', key: string): (Amount | undefined)[] {
  const role = side === 'income' ? 'carryover-in' : 'carryover-out';
  const line = rowWithRole(t, role, side);
  const parts = rowsWithRole(t, `${role}-part`, side).map((r) => r.amounts[key]);
  if (line && hasMoney(line.amounts[key])) return [line.amounts[key]];
  return parts.length > 0 ? parts : [line?.amounts[key]];
}

/** Lines following `row` with one of `subRoles`, until a line with another role. */
export function linesBelow(t: BudgetTable, row: TableRow, subRoles: readonly string[]): TableRow[] {
  const same = t.rows.filter((r) => r.side === row.side);
  const out: TableRow[] = [];
  for (const r of same.slice(same.indexOf(row) + 1)) {
    if (!subRoles.includes(r.role ?? '')) break;
    out.push(r);
  }
  return out;
}

/** The amount columns a line carries (its own side's columns). */
export function lineKeys(row: TableRow): string[] {
  return Object.keys(row.amounts);
}
