// codes/name-consistent: one code, one name across the workbook's tables (codes the dictionary does not hold).
import { runRules } from '../../../src/engine/check';
import { codesNameConsistent } from '../../../src/engine/rules/codes-name-consistent';
import type { Finding } from '../../../src/engine/report';
import type { TableKind } from '../../../src/engine/tables/types';
import { codedTable, type CodedRow } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

interface T {
  sheet: string;
  kind?: TableKind;
  rows: CodedRow[];
  /** The table's own 预算年度 when it differs from the workbook's. */
  year?: number;
}

/** Run the rule over several one-table sheets (A code, B name; spec row i on sheet row i+2). */
function run(year: number | null, ...specs: T[]): Finding[] {
  const built = specs.map((s) => codedTable({ kind: s.kind ?? 'expenditure-summary', year: s.year ?? year, rows: s.rows, sheet: s.sheet }));
  const grid = { sheets: built.flatMap((b) => b.grid.sheets) };
  const tables = built.map((b) => ({ ...b.table, title: b.table.sheet }));
  return runRules(grid, { tables, narratives: [], entity: null, year, unit: '万元' }, {}, [codesNameConsistent]);
}

const where = (fs: Finding[]) => fs.map((f) => `${f.sheet}!${f.cell} ${f.severity}`);
const edu = (name: string): CodedRow[] => [{ code: '205', name: '教育支出' }, { code: '20502', name: '普通教育' }, { code: '2050202', name }];

describe('codes/name-consistent', () => {
  it('the same name everywhere is fine, whatever its spacing, brackets or full-width forms', () => {
    expect(run(2024, { sheet: '收入总表', rows: edu('小学教育') }, { sheet: '支出总表', rows: edu('小学 教育') }, { sheet: '一般公共预算支出表', rows: edu('小学教育\u200b') })).toEqual([]);
    const econ = (name: string): CodedRow[] => [{ code: '399', name: '其他支出' }, { code: '39909', name }];
    expect(run(2024, { sheet: 'a', rows: econ('对（民间）组织补贴') }, { sheet: 'b', rows: econ('对(民间)组织补贴') })).toEqual([]);
  });

  it('reports the cell that differs from the majority, naming the majority and where it is printed', () => {
    const findings = run(2024, { sheet: '收入总表', rows: edu('小学教育') }, { sheet: '支出总表', rows: edu('初中教育') }, { sheet: '一般公共预算支出表', rows: edu('小学教育') });
    expect(where(findings)).toEqual(['支出总表!B4 error']);
    expect(findings[0].message).toBe('科目 2050202 在其他 2 处名称为「小学教育」（如「收入总表」B4），此处为「初中教育」；同一科目在各表中的名称应一致');
    expect(findings[0].related).toEqual([{ sheet: '收入总表', cell: 'B4' }]);
  });

  it('on a tie says which two disagree, once, at the later cell', () => {
    const findings = run(2024, { sheet: '收入总表', rows: edu('小学教育') }, { sheet: '支出总表', rows: edu('小学教育支出') });
    expect(where(findings)).toEqual(['支出总表!B4 error']);
    expect(findings[0].message).toBe('科目 2050202 在「收入总表」B4名称为「小学教育」，在「支出总表」B4为「小学教育支出」，两处不一致，请核对哪一个正确');
  });

  it('needs no dictionary: a workbook without a year is checked too', () => {
    expect(where(run(null, { sheet: 'a', rows: edu('小学教育') }, { sheet: 'b', rows: edu('小学') }))).toEqual(['b!B4 error']);
  });

  it('leaves codes the dictionary knows to codes/name-mismatch', () => {
    const rows = (name: string): CodedRow[] => [{ code: '210', name: '卫生健康支出' }, { code: '21015', name: '医疗保障管理事务' }, { code: '2101501', name }];
    expect(run(2024, { sheet: 'a', rows: rows('行政运行') }, { sheet: 'b', rows: rows('事业运行') })).toEqual([]);
  });

  it('ignores project names beside codes in the 项目支出表 and blank names', () => {
    const project: T = { sheet: '项目支出表', kind: 'project-expenditure', rows: [{ code: '2050202', name: '学生营养改善计划' }] };
    expect(run(2024, { sheet: 'a', rows: edu('小学教育') }, project, { sheet: 'b', rows: edu('') })).toEqual([]);
  });

  it('compares a code within one year only', () => {
    expect(run(2025, { sheet: 'a', rows: edu('小学教育'), year: 2024 }, { sheet: 'b', rows: edu('小学') })).toEqual([]);
    expect(where(run(2025, { sheet: 'a', rows: edu('小学教育') }, { sheet: 'b', rows: edu('小学') }))).toEqual(['b!B4 error']);
  });
});

/** The same workbook as `run` builds, as a rule-tester input. */
function input(year: number, ...specs: T[]) {
  const built = specs.map((s) => codedTable({ kind: s.kind ?? 'expenditure-summary', year: s.year ?? year, rows: s.rows, sheet: s.sheet }));
  return { tables: built.map((b) => ({ ...b.table, title: b.table.sheet })), grid: { sheets: built.flatMap((b) => b.grid.sheets) }, year };
}

testRule('codes/name-consistent', {
  valid: [{ name: 'one name in three tables', input: input(2024, { sheet: '收入总表', rows: edu('小学教育') }, { sheet: '支出总表', rows: edu('小学 教育') }) }],
  invalid: [
    {
      name: 'the odd one out of three',
      input: input(2024, { sheet: '收入总表', rows: edu('小学教育') }, { sheet: '支出总表', rows: edu('初中教育') }, { sheet: '一般公共预算支出表', rows: edu('小学教育') }),
      findings: [{ at: '支出总表!B4', severity: 'error' }],
    },
  ],
});
