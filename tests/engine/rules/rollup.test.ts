// rollup/class-sum, rollup/section-sum, rollup/item-sum, rollup/total-sum on the seeds' 支出总表 figures.
import { rollupClassSum } from '../../../src/engine/rules/rollup-class-sum';
import { rollupItemSum } from '../../../src/engine/rules/rollup-item-sum';
import { rollupSectionSum } from '../../../src/engine/rules/rollup-section-sum';
import { rollupTotalSum } from '../../../src/engine/rules/rollup-total-sum';
import type { Rule } from '../../../src/engine/rules/define-rule';
import { rowBasicSplit } from '../../../src/engine/rules/row-basic-split';
import { rowExpenditureSplit } from '../../../src/engine/rules/row-expenditure-split';
import { runRules } from '../../../src/engine/check';
import { buildTable, runRule, where, withValue, type TableSpec } from './support/build-table';
import { seed000Expenditure, seed002Expenditure } from './support/seed-tables';

const ROLLUPS = [rollupClassSum, rollupSectionSum, rollupItemSum, rollupTotalSum, rowExpenditureSplit, rowBasicSplit];

/** The roll-up and row rules diagnosed together, as the engine runs them. */
function runAll(spec: TableSpec): string[] {
  const t = buildTable(spec);
  const recognition = { tables: [t], narratives: [], entity: null, year: 2021, unit: null };
  return runRules({ sheets: [] }, recognition, {}, ROLLUPS).map((f) => `${f.rule} ${where(f)}`);
}

/** The spec with only its first (合计) column: no row identity to point at a leaf. */
function oneColumn(spec: TableSpec): TableSpec {
  return { ...spec, columns: spec.columns.slice(0, 1), rows: spec.rows.map((r) => ({ ...r, v: r.v?.slice(0, 1) })) };
}

describe('rollup rules: valid', () => {
  it.each([
    ['seed 000 支出总表 (Hebei)', seed000Expenditure()],
    ['seed 002 部门支出总体情况表 (Henan, detail rows)', seed002Expenditure()],
  ])('%s adds up', (_name, spec) => {
    expect(runAll(spec)).toEqual([]);
  });
});

describe('rollup rules: invalid (one number changed)', () => {
  const hebei = seed000Expenditure();
  const henan = seed002Expenditure();
  it.each([
    // A 项 leaf typo (行政运行 合计 95.46 -> 95.64, row 18): its own row (合计 ≠ 基本 + 项目) and its 款's column both
    // reject it, and its row's figure repairs the column: reported once, at the leaf; the 款 21015 is not reported.
    ['leaf 项 typo', withValue(hebei, 17, 0, 95.64), ['row/expenditure-split 支出总表!C18 error']],
    // The same leaf typo where the row has no identity to tell (a 收入 table with one column): the 款 is reported.
    ['leaf typo, one column', oneColumn(withValue(hebei, 17, 0, 95.64)), ['rollup/section-sum 支出总表!C17 error']],
    // The 款 cell itself is wrong (479.32 -> 479.23): reported once, at the 款, not again at 类 210 and 合计.
    ['款 total typo', withValue(hebei, 16, 0, 479.23), ['rollup/section-sum 支出总表!C17 error']],
    // The 类 cell is wrong: its 款 agree with each other, so 类 210 is reported, not the 合计.
    ['类 total typo', withValue(hebei, 8, 1, 483.23), ['rollup/class-sum 支出总表!D9 error']],
    ['合计 typo', withValue(hebei, 0, 2, 2655.08), ['rollup/total-sum 支出总表!E1 error']],
    // Henan: a detail row under 项 2101501 (福利费 人员经费 0.93 -> 0.39): its 基本支出 says 0.93 and so does the
    // 项's column, so the 人员经费 cell itself is reported.
    ['Henan detail typo', withValue(henan, 16, 3, 0.39), ['row/basic-split 部门支出总体情况表!F17 error']],
    ['Henan 项 typo', withValue(henan, 7, 0, 2.18), ['rollup/item-sum 部门支出总体情况表!C8 error']],
  ])('%s', (_name, spec, expected) => {
    expect(runAll(spec)).toEqual(expected);
  });

  it('a disabled row rule does not hide the leaf typo: the 款 is reported again', () => {
    const t = buildTable(withValue(hebei, 17, 0, 95.64));
    const recognition = { tables: [t], narratives: [], entity: null, year: 2021, unit: null };
    const found = runRules({ sheets: [] }, recognition, { disabledRules: ['row/expenditure-split'] }, ROLLUPS);
    expect(found.map(where)).toEqual(['支出总表!C17 error']);
  });

  it('writes the message a clerk understands, with expected and actual as decimal text', () => {
    const [f] = runRule(rollupSectionSum, [buildTable(withValue(hebei, 16, 0, 479.23))]);
    expect(f.message).toBe('款 21015 医疗保障管理事务：合计 479.23，所属各项之和 479.32，相差 0.09；疑似两位数字颠倒（479.23 应为 479.32）');
    expect([f.expected, f.actual]).toEqual(['479.32', '479.23']);
    expect(f.related?.map((r) => r.cell)).toEqual(['C18', 'C19']);
  });
});

describe('rollup rules: display rounding', () => {
  const base: TableSpec = {
    kind: 'income-summary',
    columns: ['total'],
    rows: [
      { name: '合计', v: [3.24] },
      { code: '208', v: [3.24] },
      { code: '20805', v: [{ v: 1.234, fmt: '0.00' }] },
      { code: '20806', v: [{ v: 2.004, fmt: '0.00' }] },
    ],
  };
  it('reports an info when the shown parts differ only by rounding', () => {
    const f = runRule(rollupClassSum, [buildTable(base)]);
    expect(f.map(where)).toEqual(['income-summary!C2 info']);
    expect(f[0].message).toBe(
      '类 208 科目208：合计 显示为 3.24，按显示的数字计算所属各款之和为 3.23；按单元格存储的完整数值计算两者一致，这是显示舍入造成的，无需修改',
    );
    expect([f[0].expected, f[0].actual]).toEqual(['3.23', '3.24']);
  });
  it('reports an info when the shown figures agree but the stored values behind them differ', () => {
    const spec = withValue(base, 1, 0, { v: 3.2449, fmt: '0.00' });
    const f = runRule(rollupClassSum, [buildTable(withValue(spec, 3, 0, { v: 2.006, fmt: '0.00' }))]);
    expect(f.map(where)).toEqual(['income-summary!C2 info']);
    expect(f[0].message).toBe(
      '类 208 科目208：合计 存储值 3.2449，所属各款之和 3.2400，差额 0.0049 不足显示的最小单位，表上看不出；建议把金额四舍五入到两位小数后再填',
    );
    // Never "相符" and "相差" in one message (the clerk cannot tell which is meant).
    expect(f[0].message).not.toMatch(/相符.*相差|相差.*相符/);
  });

  it('reports an error when the stored values do not add up either', () => {
    const spec = withValue(base, 3, 0, { v: 2.026, fmt: '0.00' });
    expect(runRule(rollupClassSum, [buildTable(spec)]).map(where)).toEqual(['income-summary!C2 error']);
  });
});
