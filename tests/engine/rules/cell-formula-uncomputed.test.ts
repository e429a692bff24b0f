// cell/formula-uncomputed: one warning per table that holds formulas without a value, naming the count and cells.
import { cellFormulaUncomputed } from '../../../src/engine/rules/cell-formula-uncomputed';
import { buildTable, runRule, where, withValue, type TableSpec } from './support/build-table';
import { seed000Expenditure } from './support/seed-tables';

const NO_VALUE = (f: string) => ({ v: null, f });

/** Seed 000 支出总表 with the given [row, column] amounts replaced by formulas that have no value. */
function withoutValues(cells: [number, number][], sheet = '支出总表'): TableSpec {
  let spec: TableSpec = { ...seed000Expenditure(), sheet };
  for (const [r, c] of cells) spec = withValue(spec, r, c, NO_VALUE("'[1]汇总'!C7"));
  return spec;
}

describe('cell/formula-uncomputed', () => {
  it('one warning per table, at its first such cell, with the count and the first five cells', () => {
    const cells: [number, number][] = [[5, 1], [0, 0], [0, 1], [3, 2], [1, 0], [2, 0], [4, 0]];
    const found = runRule(cellFormulaUncomputed, [buildTable(withoutValues(cells))]);
    expect(found.map(where)).toEqual(['支出总表!C1 warning']);
    expect(found[0].message).toBe(
      '公式没有计算结果，无法核对：本表 7 个单元格（C1、D1、C2、C3、E4 等）的公式在文件中没有保存结果，本工具也无法计算。' +
        '请在 Excel 或 WPS 中打开文件，重新计算（按 F9）后保存，再校验',
    );
    expect(found[0].related?.map((r) => r.cell)).toEqual(['D1', 'C2', 'C3', 'E4', 'C5', 'D6']);
    expect(found[0].table).toBe('expenditure-summary');
  });

  it('two tables, two warnings; a table whose formulas all have values, none', () => {
    const general = { ...withoutValues([[2, 1]], '一般公共预算支出表'), kind: 'general-budget-expenditure' as const };
    const cached = withValue({ ...seed000Expenditure(), sheet: '表3' }, 0, 0, { v: 3232.07, f: 'SUM(C2,C9,C22)' });
    const found = runRule(cellFormulaUncomputed, [buildTable(withoutValues([[1, 1]])), buildTable(general), buildTable(cached)]);
    expect(found.map(where).sort()).toEqual(['一般公共预算支出表!D3 warning', '支出总表!D2 warning']);
    expect(found.every((f) => f.message.includes('本表 1 个单元格'))).toBe(true);
  });

  it('a formula that shows an error value is the formula-error rule\'s, not this one', () => {
    const spec = withValue(seed000Expenditure(), 0, 0, { v: null, f: 'C2/0', error: '#DIV/0!' });
    expect(runRule(cellFormulaUncomputed, [buildTable(spec)])).toEqual([]);
  });
});
