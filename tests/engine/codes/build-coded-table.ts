// Builds a Grid and the BudgetTable a recognizer would give for it, so codes/* rules can be tested cell by cell.
// Hebei: A code, B name, C amount. Henan: A 类, B 款, C 项, D name, E amount. Henan economic: A 部门经济分类 name,
// B 政府经济分类 name, C amount. Two-sided: A income item, B amount, C expenditure line, D amount.
// Spec row i sits on sheet row i+2 (row 1 is the header), so a test names cells as Excel does ("A3").
import { runRules } from '../../../src/engine/check';
import type { CheckOptions, Rule } from '../../../src/engine/rules/define-rule';
import { sheetFromValues } from '../../../src/engine/grid/sheet';
import type { Grid } from '../../../src/engine/grid/types';
import type { Finding } from '../../../src/engine/report';
import type { BudgetTable, Layout, RowLevel, TableKind, TableRow } from '../../../src/engine/tables/types';
import type { Expected, InvalidCase, ValidCase } from '../rules/support/rule-tester';

type Value = string | number | null;

/** One data row: a code (Hebei), split parts (Henan), or neither (name-only economic rows, summary lines). */
export interface CodedRow {
  code?: Value;
  parts?: [Value, Value, Value];
  name?: string;
  level?: RowLevel;
  govName?: string;
  classLine?: boolean;
}

export interface CodedTableSpec {
  kind: TableKind;
  year: number | null;
  rows: CodedRow[];
  sheet?: string;
}

const SHEET = '表';
const FIRST = 1;

function levelOf(code: string | null, r: CodedRow): RowLevel {
  if (r.level) return r.level;
  const n = code?.length ?? 0;
  const econ = code !== null && /^[35]/.test(code);
  if (n === 3) return econ ? 'econ-class' : 'class';
  if (n === 5) return econ ? 'econ-section' : 'section';
  return n === 7 ? 'item' : 'total';
}

function text(v: Value): string | null {
  return v === null ? null : String(v);
}

/** Henan: blank part = same as the row above; a 项 part blank on a 款 row. */
function henanCode(parts: [Value, Value, Value], carry: { cls: string; section: string }): string {
  const [c, s, i] = parts.map(text);
  if (c) (carry.cls = c), (carry.section = '');
  if (s) carry.section = s;
  if (i) return `${carry.cls}${carry.section}${i}`;
  return s ? `${carry.cls}${s}` : carry.cls;
}

function hebeiRow(r: CodedRow, row: number, sheet: string): TableRow {
  const code = r.code === undefined || r.code === null ? null : String(r.code);
  const level = levelOf(code, r);
  return {
    row,
    code,
    level,
    name: r.name ?? '',
    codeAddress: code === null ? undefined : { sheet, row, col: 0 },
    nameAddress: { sheet, row, col: 1 },
    amounts: {},
  };
}

function henanRow(r: CodedRow & { parts: [Value, Value, Value] }, row: number, sheet: string, carry: { cls: string; section: string }): TableRow {
  const code = henanCode(r.parts, carry);
  const last = r.parts.map(text).reduce<number>((acc, p, i) => (p ? i : acc), 0);
  const [cls, section, item] = r.parts.map(text);
  return {
    row,
    code,
    codeParts: { cls, section, item },
    level: levelOf(code, r),
    name: r.name ?? '',
    codeAddress: { sheet, row, col: last },
    nameAddress: { sheet, row, col: 3 },
    amounts: {},
  };
}

function values(r: CodedRow): Value[] {
  if (r.classLine) return [null, null, r.name ?? '', 1];
  if (r.parts) return [...r.parts, r.name ?? '', 1];
  if (r.code === undefined) return [r.name ?? '', r.govName ?? null, 1];
  return [r.code ?? null, r.name ?? '', 1];
}

function modelRow(r: CodedRow, row: number, sheet: string, carry: { cls: string; section: string }): TableRow {
  if (r.classLine) {
    return { row, side: 'expenditure', role: 'class-line', code: null, level: 'line', name: r.name ?? '', nameAddress: { sheet, row, col: 2 }, amounts: {} };
  }
  if (r.parts) return henanRow({ ...r, parts: r.parts }, row, sheet, carry);
  if (r.code === undefined) {
    const model: TableRow = { row, code: null, level: r.level ?? 'econ-section', name: r.name ?? '', nameAddress: { sheet, row, col: 0 }, amounts: {} };
    if (r.govName) model.extra = { govEconName: r.govName };
    return model;
  }
  return hebeiRow(r, row, sheet);
}

/** The grid and the table model for a spec. */
export function codedTable(spec: CodedTableSpec): { grid: Grid; table: BudgetTable } {
  const sheet = spec.sheet ?? SHEET;
  const layout: Layout = spec.rows.some((r) => r.parts || (r.code === undefined && !r.classLine)) ? 'henan' : 'hebei';
  const grid: Grid = { sheets: [sheetFromValues(sheet, [['科目编码', '科目名称', '金额'], ...spec.rows.map(values)])] };
  const carry = { cls: '', section: '' };
  const rows = spec.rows.map((r, i) => modelRow(r, FIRST + i, sheet, carry));
  const last = FIRST + spec.rows.length - 1;
  const table: BudgetTable = {
    kind: spec.kind,
    sheet,
    title: spec.kind,
    titleAddress: { sheet, row: 0, col: 0 },
    range: { top: 0, left: 0, bottom: last, right: 4 },
    entity: null,
    year: spec.year,
    unit: '万元',
    layout,
    header: { top: 0, bottom: 0 },
    columns: [],
    rows,
    isEmpty: false,
    notes: [],
  };
  return { grid, table };
}

/** Run one rule over one table (year from the table) and return its findings. */
export function runCodeRule(rule: Rule, spec: CodedTableSpec, options: CheckOptions = {}): Finding[] {
  const { grid, table } = codedTable(spec);
  return runRules(grid, { tables: [table], narratives: [], entity: null, year: spec.year, unit: '万元' }, options, [rule]);
}

/** "sheet!cell severity" per finding, the shape test tables compare against. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.cell} ${f.severity}`);
}

/** The rule tester's cases for a codes/* rule from the compact tables these tests write: cells as "A2 error". */
export function codeRuleCases(
  valid: readonly [string, CodedTableSpec][],
  invalid: readonly [string, CodedTableSpec, string[]][],
  options: CheckOptions = {},
): { valid: ValidCase[]; invalid: InvalidCase[] } {
  const input = (spec: CodedTableSpec) => {
    const { grid, table } = codedTable(spec);
    return { tables: [table], grid, year: spec.year, options };
  };
  const expected = (spec: CodedTableSpec, cell: string): Expected => {
    const [at, severity] = cell.split(' ');
    return { at: `${spec.sheet ?? SHEET}!${at}`, severity: severity as Expected['severity'] };
  };
  return {
    valid: valid.map(([name, spec]) => ({ name, input: input(spec) })),
    invalid: invalid.map(([name, spec, cells]) => ({ name, input: input(spec), findings: cells.map((c) => expected(spec, c)) })),
  };
}
