// cell/not-a-number, cell/decimals, cell/negative, cell/formula-error.
import { cellDecimals } from '../../../src/engine/rules/cell-decimals';
import { cellFormulaError } from '../../../src/engine/rules/cell-formula-error';
import { cellNegative } from '../../../src/engine/rules/cell-negative';
import { cellNotANumber } from '../../../src/engine/rules/cell-not-a-number';
import type { Rule } from '../../../src/engine/rules/define-rule';
import { buildTable, runJointly, runRule, where, withValue, type TableSpec, type V } from './support/build-table';
import { seed000Expenditure } from './support/seed-tables';

const RULES: Rule[] = [cellNotANumber, cellDecimals, cellNegative, cellFormulaError];

function runAll(spec: TableSpec): string[] {
  return runJointly(RULES, [buildTable(spec)]).map((f) => `${f.rule} ${where(f)}`);
}

/** Seed 000 支出总表 with 合计 (C1) replaced by `v`. */
function withTotal(v: V): TableSpec {
  return withValue(seed000Expenditure(), 0, 0, v);
}

describe('cell rules', () => {
  it('valid: seed 000 支出总表 (numbers, blanks, numbers typed as text)', () => {
    expect(runAll(withValue(seed000Expenditure(), 1, 0, '60.25'))).toEqual([]);
  });

  it.each([
    ['"3232.07元"', '3232.07元', 'cell/not-a-number 支出总表!C1 error'],
    ['three decimals shown in 万元', { v: 3232.071, fmt: '0.000' }, 'cell/decimals 支出总表!C1 warning'],
    ['hidden third decimal in 万元 (a hint)', { v: 3232.071, fmt: '0.00' }, 'cell/decimals 支出总表!C1 info'],
    ['three decimals in a General cell', { v: 3232.071, fmt: 'General' }, 'cell/decimals 支出总表!C1 warning'],
    ['negative amount', -3232.07, 'cell/negative 支出总表!C1 error'],
    ['#REF!', { v: null, f: 'SUM(#REF!)', error: '#REF!' }, 'cell/formula-error 支出总表!C1 error'],
    ['#DIV/0!', { v: null, f: 'C2/0', error: '#DIV/0!' }, 'cell/formula-error 支出总表!C1 error'],
  ])('%s', (_n, v, expected) => {
    expect(runAll(withTotal(v as V))).toEqual([expected]);
  });

  it('tells the clerk which number was meant', () => {
    const [f] = runRule(cellNotANumber, [buildTable(withTotal('3232.07元'))]);
    expect(f.message).toBe('金额单元格内容「3232.07元」不是数字，求和时会被当作 0；请只填写数字 3232.07');
    expect([f.expected, f.actual]).toEqual(['3232.07', null]);
  });

  it('no decimals warning outside 万元 tables, nor for binary noise of formulas', () => {
    expect(runAll({ ...withTotal({ v: 3232.071, fmt: '0.00' }), unit: '元' })).toEqual([]);
    // 0.30000000000000004 is what a float formula such as =0.1+0.2 caches.
    expect(runAll(withTotal({ v: 0.30000000000000004, fmt: '0.00' }))).toEqual([]);
  });

  it('says how many decimals a General cell shows', () => {
    const [f] = runRule(cellDecimals, [buildTable(withTotal({ v: 3232.071, fmt: 'General' }))]);
    expect(f.message).toBe('单位为万元的金额显示了 3 位小数（3232.071），应保留两位小数');
  });

  it('names the formula and the error', () => {
    const [f] = runRule(cellFormulaError, [buildTable(withTotal({ v: null, f: 'SUM(#REF!)', error: '#REF!' }))]);
    expect(f.message).toBe('单元格显示错误值 #REF!（公式 =SUM(#REF!)），请检查公式引用的单元格');
  });
});
