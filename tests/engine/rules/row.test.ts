// Row arithmetic rules (row/*) and the economic-classification roll-up, on the seeds' figures.
import type { Rule } from '../../../src/engine/rules/define-rule';
import { rollupClassSum } from '../../../src/engine/rules/rollup-class-sum';
import { rollupEconSum } from '../../../src/engine/rules/rollup-econ-sum';
import { rollupItemSum } from '../../../src/engine/rules/rollup-item-sum';
import { rollupSectionSum } from '../../../src/engine/rules/rollup-section-sum';
import { rollupTotalSum } from '../../../src/engine/rules/rollup-total-sum';
import { rowBasicSplit } from '../../../src/engine/rules/row-basic-split';
import { rowExpenditureSplit } from '../../../src/engine/rules/row-expenditure-split';
import { rowFundSplit } from '../../../src/engine/rules/row-fund-split';
import { rowGrandTotal } from '../../../src/engine/rules/row-grand-total';
import { rowIncomeSplit } from '../../../src/engine/rules/row-income-split';
import { rowProjectSplit } from '../../../src/engine/rules/row-project-split';
import { buildTable, runJointly, runRule, where, withValue, type TableSpec } from './support/build-table';
import { henanIncome, seed000FiscalLines, seed000Income, seed001IncomeTotal } from './support/seed-lists';
import { seed000Basic, seed000Expenditure, seed002Basic, seed002Expenditure } from './support/seed-tables';

const ROW_RULES = [rowExpenditureSplit, rowIncomeSplit, rowBasicSplit, rowProjectSplit, rowGrandTotal, rowFundSplit];

const ROLLUPS = [rollupItemSum, rollupSectionSum, rollupClassSum, rollupTotalSum, rollupEconSum];

function runAll(specs: TableSpec[], rules: Rule[] = [...ROW_RULES, ...ROLLUPS]): string[] {
  const tables = specs.map(buildTable);
  return runJointly(rules, tables).map((f) => `${f.rule} ${where(f)}`);
}

describe('row rules: valid (seed figures)', () => {
  it.each([
    ['seed 000 支出总表', [seed000Expenditure()]],
    ['seed 002 支出总表 (Henan 总计/合计/人员/公用/部门/专项)', [seed002Expenditure()]],
    ['seed 000 基本支出表', [seed000Basic()]],
    ['seed 002 基本支出表 (Henan, no codes)', [seed002Basic()]],
    ['seed 000 收入总表', [seed000Income()]],
    ['seed 001 收入总表 with carry-over', [seed001IncomeTotal()]],
    ['seed 000 财政拨款收支总表 funding columns', [seed000FiscalLines()]],
    ['seed 002 收入总体情况表 合计 (Henan funding columns)', [henanIncome()]],
  ])('%s', (_name, specs) => {
    expect(runAll(specs)).toEqual([]);
  });
});

describe('row rules: invalid', () => {
  it.each([
    // 项 2101501 行政运行 合计 95.46 -> 95.64: its 基本支出 95.46 shows the 合计 is wrong.
    ['合计 ≠ 基本 + 项目', [withValue(seed000Expenditure(), 17, 0, 95.64)], 'row/expenditure-split 支出总表!C18 error'],
    // Detail 在职人员公用经费 基本支出 1.20 -> 1.30: its row and its 项's column both reject it; reported at that cell.
    ['Henan 基本 ≠ 人员 + 公用', [withValue(seed002Expenditure(), 18, 2, 1.3)], 'row/basic-split 部门支出总体情况表!E19 error'],
    ['Henan 项目 ≠ 部门 + 专项', [withValue(seed002Expenditure(), 23, 5, 91)], 'row/project-split 部门支出总体情况表!H24 error'],
    // The same typo in a 项 (行政运行 基本支出 44.59 -> 44.95) breaks its column first: the roll-up reports it.
    ['Henan 项 基本支出', [withValue(seed002Expenditure(), 12, 2, 44.95)], 'row/basic-split 部门支出总体情况表!E13 error'],
    // A detail's 总计 typo (年终一次性奖金 2.86 -> 2.68): 总计 ≠ 合计 on that row, reported at the 总计 cell.
    ['Henan 总计 ≠ 合计', [withValue(seed002Expenditure(), 13, 0, 2.68)], 'row/grand-total 部门支出总体情况表!C14 error'],
    // 上年结转 2.96 -> 2.69: the 合计 could be wrong too, but only 2.69 -> 2.96 is one slip (two digits swapped).
    ['收入 合计 ≠ 小计 + 结转', [withValue(seed001IncomeTotal(), 0, 3, 2.69)], 'row/income-split 收入总表!F1 error'],
    ['Henan 收入 合计 ≠ sources', [withValue(henanIncome(), 0, 5, 1)], 'row/income-split 收入总体情况表!C1 error'],
    // 2080502 财政拨款收入 7.15 -> 7.51: reported at that cell (its 小计 and its 款's column both say 7.15).
    ['收入 小计 ≠ sources', [withValue(seed000Income(), 2, 2, 7.51)], 'row/income-split 收入总表!E3 error'],
    ['收入 小计 ≠ sources, 小计 wrong', [withValue(seed000Income(), 2, 1, 7.51)], 'row/income-split 收入总表!D3 error'],
    ['基本支出表 合计 ≠ 人员 + 公用', [withValue(seed000Basic(), 10, 1, 38.07)], 'row/basic-split 基本支出表!D11 error'],
    ['fund columns', [withValue(seed000FiscalLines(), 1, 1, 3133.21)], 'row/fund-split 财政拨款收支总表!D2 error'],
    // Henan 福利费 0.93 -> 0.39 (row 16): reported at that 款, not at its 类.
    ['econ 款 typo (Henan 福利费)', [withValue(seed002Basic(), 15, 0, 0.39)], 'rollup/econ-sum 基本支出情况表!C16 error'],
    ['econ 类 typo (Hebei 302 公用经费)', [withValue(seed000Basic(), 12, 2, 37.21)], 'rollup/econ-sum 基本支出表!E13 error'],
  ])('%s', (_name, specs, expected) => {
    expect(runAll(specs)).toContain(expected);
  });

  it('a Hebei 经济分类 类 typo is reported once by the roll-up, at the 类', () => {
    const spec = withValue(seed000Basic(), 12, 0, 37.21);
    expect(runAll([spec], [rollupEconSum])).toEqual(['rollup/econ-sum 基本支出表!C13 error']);
  });

  it('names both figures and the columns in the message', () => {
    const [f] = runJointly([...ROW_RULES, ...ROLLUPS], [buildTable(withValue(seed000Expenditure(), 17, 0, 95.64))]);
    expect(f.message).toBe('项 2101501 行政运行：合计 95.64，基本支出 + 项目支出 95.46，相差 0.18；疑似两位数字颠倒（95.64 应为 95.46）');
    // The filled part (基本支出), and the 款 total the typo put out with its own sentence.
    expect(f.related).toEqual([
      { sheet: '支出总表', cell: 'D18' },
      { sheet: '支出总表', cell: 'C17', note: '款 21015 医疗保障管理事务的合计因此与所属各项之和不符' },
    ]);
  });
});
