// summary/* rules on the seeds' 收支总表 and 财政拨款收支总表 (Hebei and Henan).
import type { Rule } from '../../../src/engine/rules/define-rule';
import { rowFundSplit } from '../../../src/engine/rules/row-fund-split';
import { summaryBalance } from '../../../src/engine/rules/summary-balance';
import { summaryExpenditureTotal } from '../../../src/engine/rules/summary-expenditure-total';
import { summaryGrandTotals } from '../../../src/engine/rules/summary-grand-totals';
import { summaryIncomeTotal } from '../../../src/engine/rules/summary-income-total';
import { buildTable, runJointly, runRule, where, withValue, type TableSpec } from './support/build-table';
import { seed000Summary, seed001Fiscal, seed002Fiscal, seed002Summary } from './support/seed-summaries';

const RULES: Rule[] = [summaryIncomeTotal, summaryExpenditureTotal, summaryGrandTotals, summaryBalance, rowFundSplit];

function runAll(spec: TableSpec): string[] {
  const t = buildTable(spec);
  return runJointly(RULES, [t]).map((f) => `${f.rule} ${where(f)}`);
}

describe('summary rules: valid', () => {
  it.each([
    ['seed 000 收支总表', seed000Summary()],
    ['seed 001 财政拨款收支总表 with 年初结转 2.96', seed001Fiscal()],
    ['seed 002 收支总体情况表 (Henan)', seed002Summary()],
    ['seed 002 财政拨款收支总体情况表 (Henan)', seed002Fiscal()],
  ])('%s', (_name, spec) => {
    expect(runAll(spec)).toEqual([]);
  });
});

describe('summary rules: invalid (one number changed)', () => {
  it.each([
    // 本年收入合计 3232.07 -> 3232.70 (row 9): reported there only, not again at 收入总计.
    ['本年收入合计', withValue(seed000Summary(), 8, 0, 3232.7), ['summary/income-total 收支总表!C9 error']],
    // A 类 line typo (3133.12 -> 3133.21): 本年支出合计 no longer adds up; the line is the slip.
    ['类 line', withValue(seed000Summary(), 5, 0, 3133.21), ['summary/expenditure-total 收支总表!D6 error']],
    // 收入总计 typo: it disagrees with 本年收入合计 + 结转; balance is not reported again.
    ['收入总计', withValue(seed000Summary(), 12, 0, 3232.7), ['summary/grand-totals 收支总表!C13 error']],
    // A carry-over typo (2.96 -> 2.69): its breakdown lines show the carry-over line is wrong; reported there once.
    ['carry-over', withValue(seed001Fiscal(), 7, 0, 2.69), ['summary/grand-totals 财政拨款收支总表!C8 error']],
    // The carry-over typo in a table without breakdown lines is caught at 收入总计.
    ['carry-over, no parts', withValue(seed000Summary(), 10, 0, 0.5), ['summary/grand-totals 收支总表!C13 error']],
    // Both sides consistent but unequal: 支出总计 and its lines moved together.
    [
      'balance',
      withValue(withValue(withValue(seed000Summary(), 13, 0, 3232.08), 9, 0, 3232.08), 6, 0, 38.71),
      ['summary/balance 收支总表!D14 error'],
    ],
    // 人员支出 合计 56.27 -> 56.72: its own row (合计 ≠ 一般公共预算) and the 基本支出 line above both reject it.
    ['Henan 人员支出', withValue(seed002Summary(), 4, 0, 56.72), ['row/fund-split 部门收支总体情况表!D5 error']],
    // 基本支出 line 一般公共预算 57.47 -> 57.74: its 合计 and its 人员/公用 lines both say 57.47.
    ['Henan 基本支出 line', withValue(seed002Summary(), 3, 3, 57.74), ['summary/expenditure-total 部门收支总体情况表!G4 error']],
    // The typed 财政拨款 line under 一般公共预算 (row 2) is reported, not its source line.
    ['Henan 财政拨款 subsource', withValue(seed002Summary(), 1, 0, 141.74), ['summary/income-total 部门收支总体情况表!C2 error']],
    ['Henan 支出合计', withValue(seed002Fiscal(), 8, 0, 141.74), ['summary/expenditure-total 财政拨款收支总体情况表!D9 error']],
  ])('%s', (_name, spec, expected) => {
    expect(runAll(spec)).toEqual(expected);
  });

  it('says which lines should add up', () => {
    const [f] = runJointly(RULES, [buildTable(withValue(seed000Summary(), 8, 0, 3232.7))]);
    expect(f.message).toBe('本年收入合计：金额 3232.70，各项收入之和 3232.07，相差 0.63；疑似两位数字颠倒（3232.70 应为 3232.07）');
  });
});
