// Finding tables, rows and columns in the recognized model, and naming them the way a clerk would.
import type { RuleContext } from '../define-rule';
import type { Amount, BudgetTable, ColumnKey, RowLevel, TableKind, TableRow } from '../../tables/types';

/**
 * Every department-level table of a kind, in workbook order. Per-unit tables (分单位) are checked by their own
 * identities (rollup/block-sum, cross/per-unit-total): their lines are units, not the department's lines.
 */
export function tablesOf(ctx: RuleContext, kind: TableKind): BudgetTable[] {
  return ctx.tables.filter((t) => t.kind === kind && !t.perUnit);
}

/** The first department-level table of a kind (cross-table rules compare one table with another). */
export function firstOf(ctx: RuleContext, kind: TableKind): BudgetTable | undefined {
  return ctx.tables.find((t) => t.kind === kind && !t.perUnit);
}

/** True when the table maps a column to this key. */
export function hasColumn(t: BudgetTable, key: ColumnKey): boolean {
  const columns = t.columns;
  for (let i = 0; i < columns.length; i++) if (columns[i].key === key) return true;
  return false;
}

/** The 合计 row of a coded or economic table. */
export function totalRow(t: BudgetTable): TableRow | undefined {
  return t.rows.find((r) => r.level === 'total');
}

export { rowWithRole, rowsWithRole } from '../../tables/lines';

/** The amount of a row in a column, undefined when the table has no such column. */
export function amountOf(row: TableRow | undefined, key: ColumnKey): Amount | undefined {
  return row?.amounts[key];
}

/** Keys of the amount columns this table has, in sheet order. */
export function columnKeys(t: BudgetTable, side?: 'income' | 'expenditure'): ColumnKey[] {
  return t.columns.filter((c) => side === undefined || c.side === undefined || c.side === side).map((c) => c.key);
}

const COLUMN_NAMES: Record<string, string> = {
  total: '合计',
  grandTotal: '总计',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  amount: '金额',
  generalBudget: '一般公共预算',
  govFund: '政府性基金',
  stateCapital: '国有资本经营',
};

/** A column as the clerk reads it in the header: the lowest header line ("基本支出/人员经费" -> "人员经费"). */
export function columnName(t: BudgetTable, key: ColumnKey): string {
  const col = t.columns.find((c) => c.key === key);
  const label = col?.label.split('/').filter((s) => s.trim() !== '').pop();
  return label && label !== '小计' ? label : COLUMN_NAMES[key] ?? label ?? key;
}

const LEVEL_NAMES: Partial<Record<RowLevel, string>> = {
  class: '类',
  section: '款',
  item: '项',
  'econ-class': '类',
  'econ-section': '款',
};

/** "款 21015 医疗保障管理事务", "合计", "项 2101501 行政运行 / 明细 福利费". */
export function rowSubject(row: TableRow): string {
  if (row.level === 'total') return row.name || '合计';
  if (row.level === 'detail') return `项 ${row.code ?? ''} 明细「${row.name}」`;
  const level = LEVEL_NAMES[row.level];
  if (level && row.code) return `${level} ${row.code} ${row.name}`;
  return row.name;
}

/** 「表名」 for messages that name another table. */
export function tableName(t: BudgetTable): string {
  return `「${t.title}」`;
}

/** The amount cell of a row in a column, or a fallback cell of the row (to anchor a finding). */
export function anchorOf(row: TableRow, key: ColumnKey): Amount | undefined {
  return row.amounts[key] ?? Object.values(row.amounts)[0];
}
