// Small BudgetTable builder for rule tests: row i of the spec sits on sheet row i+1 (A1), code in column A,
// name in B, amounts from C in the order of `columns`, so a test can name the cell it expects ("C3").
import { normalizeCell } from '../../../../src/engine/grid/normalize';
import type { Cell } from '../../../../src/engine/grid/types';
import { runRules } from '../../../../src/engine/check';
import { percentText } from '../../../../src/engine/tables/amounts';
import { attachTree } from '../../../../src/engine/tables/tree';
import type { Rule } from '../../../../src/engine/rules/define-rule';
import type { Finding } from '../../../../src/engine/report';
import type {
  Amount,
  BudgetTable,
  Layout,
  RowLevel,
  TableColumn,
  TableKind,
  TableRow,
  Unit,
} from '../../../../src/engine/tables/types';

/** A cell value: number (format 0.00), text, null (blank) or a cell with a format, formula or error. */
export type V = number | string | null | { v: number | string | null; fmt?: string; error?: string; f?: string };

export interface RowSpec {
  code?: string | null;
  level?: RowLevel;
  name?: string;
  role?: string;
  side?: 'income' | 'expenditure';
  v?: V[];
  /** Cells of the derived columns (TableSpec.derived), in their order. */
  d?: V[];
  extra?: Record<string, string>;
}

export interface TableSpec {
  kind: TableKind;
  sheet?: string;
  title?: string;
  columns: (string | { key: string; side: 'income' | 'expenditure' })[];
  rows: RowSpec[];
  unit?: Unit | null;
  layout?: Layout;
  isEmpty?: boolean;
  /** Derived columns (change, changeRate) placed after the amount columns. */
  derived?: string[];
}

const LABELS: Record<string, string> = {
  total: '合计',
  grandTotal: '总计',
  basic: '基本支出',
  project: '项目支出',
  personnel: '基本支出/人员经费',
  public: '基本支出/公用经费',
  deptProject: '项目支出/部门支出',
  specialProject: '项目支出/专项支出',
  amount: '金额',
  generalBudget: '一般公共预算',
  currentIncome: '本年收入/小计',
  carryover: '上年结转',
};

/** A normalized cell as a host would give it. */
export function cellOf(v: V): Cell | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') return normalizeCell({ value: v, numFmt: '0.00' });
  if (typeof v === 'string') return normalizeCell({ value: v });
  const numFmt = v.fmt ?? (typeof v.v === 'number' ? '0.00' : undefined);
  return normalizeCell({ value: v.v, numFmt, error: v.error, formula: v.f });
}

function amountOf(sheet: string, row: number, col: number, v: V): Amount {
  const cell = cellOf(v);
  const value = cell?.value.kind === 'number' ? cell.value.num : null;
  return { address: { sheet, row, col }, value, cell };
}

function levelOf(r: RowSpec): RowLevel {
  if (r.level) return r.level;
  const n = r.code?.length ?? 0;
  if (n === 3) return 'class';
  if (n === 5) return 'section';
  if (n === 7) return 'item';
  return r.role ? 'line' : 'total';
}

function buildRow(spec: TableSpec, sheet: string, columns: TableColumn[], r: RowSpec, i: number): TableRow {
  const mine = columns.filter((c) => r.side === undefined || c.side === undefined || c.side === r.side);
  const amounts: Record<string, Amount> = {};
  mine.forEach((c, j) => {
    amounts[c.key] = amountOf(sheet, i, c.col, r.v?.[j] ?? null);
  });
  const row: TableRow = {
    row: i,
    code: r.code ?? null,
    level: levelOf(r),
    name: r.name ?? (r.code ? `科目${r.code}` : '合计'),
    nameAddress: { sheet, row: i, col: 1 },
    amounts,
  };
  if (r.code) row.codeAddress = { sheet, row: i, col: 0 };
  if (r.role) row.role = r.role;
  if (r.side) row.side = r.side;
  if (r.extra) row.extra = r.extra;
  if (spec.derived) {
    const derived: Record<string, Amount> = {};
    spec.derived.forEach((key, j) => {
      const a = amountOf(sheet, i, columns.length + 2 + j, r.d?.[j] ?? null);
      // As recognition reads them: a rate typed 「-20.87%」 is -20.87.
      derived[key] = a.cell?.value.kind === 'text' ? { ...a, value: percentText(a.cell.value.text) } : a;
    });
    row.derived = derived;
  }
  return row;
}

/** Build a table from a compact spec. */
export function buildTable(spec: TableSpec): BudgetTable {
  const sheet = spec.sheet ?? spec.kind;
  const columns: TableColumn[] = spec.columns.map((c, j) =>
    typeof c === 'string'
      ? { key: c, label: LABELS[c] ?? c, col: j + 2 }
      : { key: c.key, label: LABELS[c.key] ?? c.key, col: j + 2, side: c.side },
  );
  const rows = spec.rows.map((r, i) => buildRow(spec, sheet, columns, r, i));
  return attachTree({
    kind: spec.kind,
    sheet,
    title: spec.title ?? spec.kind,
    titleAddress: { sheet, row: 0, col: 0 },
    range: { top: 0, left: 0, bottom: Math.max(rows.length - 1, 0), right: columns.length + 1 },
    entity: null,
    year: 2021,
    unit: spec.unit === undefined ? '万元' : spec.unit,
    layout: spec.layout ?? 'hebei',
    header: { top: 0, bottom: 0 },
    columns,
    ...(spec.derived ? { derivedColumns: spec.derived.map((key, j) => ({ key, label: key, col: columns.length + 2 + j })) } : {}),
    rows,
    isEmpty: spec.isEmpty ?? false,
    notes: [],
  });
}

/** Run one rule over tables through the engine's real path (declarations, diagnosis, rendering, sorting). */
export function runRule(rule: Rule, tables: BudgetTable[]): Finding[] {
  return runJointly([rule], tables);
}

/** Run rules together, as the engine does: their identities are diagnosed as one system. */
export function runJointly(rules: readonly Rule[], tables: BudgetTable[]): Finding[] {
  const recognition = { tables, narratives: [], entity: null, year: 2021, unit: null };
  return runRules({ sheets: [] }, recognition, {}, rules);
}

/** "sheet!C3 severity" for compact assertions. */
export function where(f: Finding): string {
  return `${f.sheet}!${f.cell} ${f.severity}`;
}

/** Replace one value of one row in a spec (a typo), returning a new spec. */
export function withValue(spec: TableSpec, rowIndex: number, colIndex: number, v: V): TableSpec {
  const rows = spec.rows.map((r, i) => {
    if (i !== rowIndex) return r;
    const vals = [...(r.v ?? [])];
    vals[colIndex] = v;
    return { ...r, v: vals };
  });
  return { ...spec, rows };
}
