import { sheetFromValues } from '../../../src/engine/grid/sheet';
import { runRules } from '../../../src/engine/check';
import { findNarratives } from '../../../src/engine/narrative/find-narrative';
import { narrativeComparisonYear } from '../../../src/engine/rules/narrative-comparison-year';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/comparison-year (a 2021 budget)', () => {
  it.each([
    ['seed 000', '2021年部门预算收支安排3232.07万元，较2020年预算增加163.83万元。与2020年相比持平，无增减变化。'],
    ['上年', '2021年预算收支安排3232.07万元，较上年增加163.83万元。'],
    ['fixed assets at the previous year-end', '截至2020年底，固定资产总额71.00万元。'],
    ['a deadline in an indicator', '100个单病种试点进展运行时间不晚于2020年第一季度。'],
    ['seed 002\'s new unit', '我单位为2020年新成立单位，无2020年度预算。'],
    ['a prior-year figure after 较', '收支安排3232.07万元，较2020年预算3068.24万元增加163.83万元。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativeComparisonYear, [text]).at).toEqual([]);
  });

  it('invalid: compared with 2019 instead of 2020', () => {
    const { at, findings } = runOn(narrativeComparisonYear, ['2021年部门预算收支安排3232.07万元，较2019年预算增加163.83万元。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain('与 2019 年比较：2021 年预算应与上年（2020 年）比较');
  });

  it('invalid: this year\'s figure dated last year (a copied template)', () => {
    const { at, findings } = runOn(narrativeComparisonYear, ['反映本部门当年全部收入。2020年预算收入3232.07万元。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain('写的是 2020 年，本说明是 2021 年预算');
    expect(findings[0].message).toContain('沿用了往年的文字');
  });

  it('invalid: a title with another year than the tables', () => {
    const grid = { sheets: [sheetFromValues(SHEET, [['某县医疗保障局2020年部门预算信息公开情况说明'], ['正文。']])] };
    const rec = { tables: [], narratives: findNarratives(grid), entity: null, year: 2021, unit: null };
    const findings = runRules(grid, rec, {}, [narrativeComparisonYear]);
    expect(findings.map((f) => [f.cell, f.message])).toEqual([['A1', '情况说明标题「某县医疗保障局2020年部门预算信息公开情况说明」的年份为 2020 年，与表格的预算年度 2021 年不符。']]);
  });

  it('takes the year from the title when there are no tables (seed 004 is 2020)', () => {
    const grid = { sheets: [sheetFromValues(SHEET, [['2020年怀来县医疗保险中心预算信息公开说明'], ['2020年，单位预算收支安排16396.58万元，较2018年增加2566.91万元。']])] };
    const rec = { tables: [], narratives: findNarratives(grid), entity: null, year: null, unit: null };
    const findings = runRules(grid, rec, {}, [narrativeComparisonYear]);
    expect(findings.map((f) => f.cell)).toEqual(['A2']);
    expect(findings[0].message).toContain('与 2018 年比较：2020 年预算应与上年（2019 年）比较');
  });
});
