// Lines of the two-sided summaries (收支总表, 财政拨款收支总表) by role: what the tree, the identities and the
// narrative read.
import type { BudgetTable, TableRow } from './types';

/** Rows with a role, optionally on one side of a two-sided summary. */
export function rowsWithRole(t: BudgetTable, role: string, side?: 'income' | 'expenditure'): TableRow[] {
  // A loop, not filter with a closure: rules ask this ~15k times per 200-unit book, mostly once per table each.
  const out: TableRow[] = [];
  const rows = t.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.role === role && (side === undefined || r.side === side)) out.push(r);
  }
  return out;
}

/** The first row with a role. */
export function rowWithRole(t: BudgetTable, role: string, side?: 'income' | 'expenditure'): TableRow | undefined {
  const rows = t.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.role === role && (side === undefined || r.side === side)) return r;
  }
  return undefined;
}

/**
 * The lines 本年支出合计 adds up: the 类 lines (八、社会保障和就业支出 …), or in the Henan 收支总表, which has no 类
 * lines, 一、基本支出 and 二、项目支出.
 */
export function expenditureLines(t: BudgetTable): { rows: TableRow[]; label: string } {
  const classes = rowsWithRole(t, 'class-line', 'expenditure');
  if (classes.length > 0) return { rows: classes, label: '各类支出之和' };
  const split = [...rowsWithRole(t, 'basic', 'expenditure'), ...rowsWithRole(t, 'project', 'expenditure')];
  return { rows: split, label: '基本支出 + 项目支出' };
}

/** Lines following `row` on its side with one of `subRoles`, until a line with another role. */
export function linesBelow(t: BudgetTable, row: TableRow, subRoles: readonly string[]): TableRow[] {
  const same = t.rows.filter((r) => r.side === row.side);
  const out: TableRow[] = [];
  for (const r of same.slice(same.indexOf(row) + 1)) {
    if (!subRoles.includes(r.role ?? '')) break;
    out.push(r);
  }
  return out;
}
