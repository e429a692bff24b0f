// Shared reading for the codes/* rules: which rows carry a subject code, of which classification, for which year.
import { classificationOf, defaultCodeBook } from '../codes/code-book';
import type { Classification, CodeBook } from '../codes/types';
import type { CellAddress } from '../grid/types';
import type { BudgetTable, RowLevel, TableRow } from '../tables/types';
import type { RuleContext } from './define-rule';
import { perTableRows } from './support/per-table';

/** Code length each coded level must have. */
export const LEVEL_LENGTH: Partial<Record<RowLevel, number>> = {
  class: 3,
  section: 5,
  item: 7,
  detail: 7,
  'econ-class': 3,
  'econ-section': 5,
};

/** The level name as clerks say it, for messages. */
export const LEVEL_LABEL: Partial<Record<RowLevel, string>> = {
  class: '类',
  section: '款',
  item: '项',
  detail: '项',
  'econ-class': '类',
  'econ-section': '款',
};

/** The imported code book if any, else the built-in one. */
export function codeBookOf(ctx: RuleContext): CodeBook {
  return ctx.options.codeBook ?? defaultCodeBook();
}

/** The 预算年度 a table is checked against. */
export function yearOf(table: BudgetTable, ctx: RuleContext): number | null {
  return table.year ?? ctx.year;
}

/** True for rows of a functional (类/款/项) table. */
export function isFunctionalLevel(level: RowLevel): boolean {
  return level === 'class' || level === 'section' || level === 'item' || level === 'detail';
}

/** True for rows of an economic (类/款) table. */
export function isEconomicLevel(level: RowLevel): boolean {
  return level === 'econ-class' || level === 'econ-section';
}

/** A row with a code on a functional or economic level (two-sided summary lines are not coded rows). */
export function isCodedRow(row: TableRow): row is TableRow & { code: string } {
  return row.code !== null && row.role === undefined && (isFunctionalLevel(row.level) || isEconomicLevel(row.level));
}

/** The classification a row's code belongs to, checked against the row's level. */
export function classificationOfRow(row: TableRow & { code: string }): Classification | null {
  const cls = classificationOf(row.code);
  if (cls === 'functional') return isFunctionalLevel(row.level) ? cls : null;
  if (cls === 'economic-dept' || cls === 'economic-gov') return isEconomicLevel(row.level) ? cls : null;
  return null;
}

/** Where a code problem is shown: the code cell, else the name cell, else column A of the row. */
export function codeCellOf(table: BudgetTable, row: TableRow): CellAddress {
  return row.codeAddress ?? row.nameAddress ?? { sheet: table.sheet, row: row.row, col: 0 };
}

/** Where a name problem is shown: the name cell, else the code cell. */
export function nameCellOf(table: BudgetTable, row: TableRow): CellAddress {
  return row.nameAddress ?? codeCellOf(table, row);
}

/** True when the table is one whose rows list codes in tree order (not the 项目支出 list of projects). */
export function isTreeTable(table: BudgetTable): boolean {
  return table.kind !== 'project-expenditure';
}

const VALID_CODE = /^\d{3}(\d{2}){0,2}$/;

export interface ValidCodedRow {
  row: TableRow & { code: string };
  cls: Classification;
}

/**
 * A coded row whose code is well formed for its level (the rows existence and name rules look at). Built once per
 * table (six code rules ask for each); shared: read only.
 */
export const validCodedRows: (table: BudgetTable) => readonly ValidCodedRow[] = perTableRows((table) => {
  const out: ValidCodedRow[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!isCodedRow(row) || !VALID_CODE.test(row.code) || row.code.length !== LEVEL_LENGTH[row.level]) continue;
    const cls = classificationOfRow(row);
    if (cls) out.push({ row, cls });
  }
  return out;
});
