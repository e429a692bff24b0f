// comparison/change-rate: 增减率 recomputed from the 上年 and 本年 figures shown beside it.
import { check } from '../../../src/engine/check';
import { comparisonCase000, comparisonCaseWanli } from '../../fixtures/field/comparison';
import { mutateCell } from '../../fixtures/seeds/arrangements';
import { cellOf } from '../../fixtures/field/sheet-builder';
import { specToGrid, type SpecCell, type WorkbookSpec } from '../../fixtures/workbook-spec';

function rateFindings(spec: WorkbookSpec) {
  return check(specToGrid(spec), 'f.xlsx').findings.filter((f) => f.rule === 'comparison/change-rate');
}
const text = (v: string): SpecCell => ({ v, fmt: '@' });

describe('comparison/change-rate', () => {
  const sheet = '三公经费对比';

  it.each(['number', 'parentheses', 'minus-sign'] as const)('valid: the 万里街道 rates (negatives as %s)', (style) => {
    expect(rateFindings(comparisonCaseWanli(style).spec)).toEqual([]);
  });

  it('valid: 0.00% beside unchanged figures, a blank rate, and no rate against a prior year of 0', () => {
    expect(rateFindings(comparisonCase000().spec)).toEqual([]);
  });

  it('invalid: the 合计 rate typed -28.07% is reported at that cell with -20.87% to type', () => {
    const spec = comparisonCaseWanli('number').spec;
    const at = cellOf(spec, sheet, '“三公”经费合计', 'E');
    const found = rateFindings(mutateCell(spec, sheet, at, text('-28.07%')));
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([[at, '-20.87%', '-28.07%']]);
  });

  it('invalid: a rate kept from another base (购置费 -40.00% typed -66.67%) and one with the wrong sign', () => {
    const spec = comparisonCaseWanli('parentheses').spec;
    const a = cellOf(spec, sheet, '其中：公务用车购置费', 'E');
    const b = cellOf(spec, sheet, '3.公务用车购置及运行费', 'E');
    const found = rateFindings(mutateCell(mutateCell(spec, sheet, a, text('-66.67%')), sheet, b, text('21.48%')));
    expect(found.map((f) => [f.cell, f.expected])).toEqual([[b, '-21.48%'], [a, '-40.00%']]);
  });

  it('a slip in 上年 or 本年 is never blamed on the rate beside it (comparison/change and the sums place it)', () => {
    const spec = comparisonCaseWanli('number').spec;
    for (const [label, col, value] of [['2.公务接待费', 'C', 3.15], ['公务用车运行费', 'B', 25.16]] as const) {
      const at = cellOf(spec, sheet, label, col);
      expect(rateFindings(mutateCell(spec, sheet, at, value))).toEqual([]);
    }
    // Without a 增减额 column, the figures are checked against their column sums: seed 000's table minus its 增减额.
    const base = comparisonCase000().spec;
    const noChange = { sheets: base.sheets.map((x) => (x.name === '三公经费' ? { ...x, merges: [], rows: x.rows.map((r) => r.filter((_c, i) => i !== 3)) } : x)) };
    const current = cellOf(noChange, '三公经费', '公务用车运行维护费', 'C');
    expect(rateFindings(mutateCell(noChange, '三公经费', current, 30))).toEqual([]);
    // …while a rate typed wrong beside figures that add up is still reported.
    const rate = cellOf(noChange, '三公经费', '公务用车运行维护费', 'D');
    expect(rateFindings(mutateCell(noChange, '三公经费', rate, text('10.00%'))).map((f) => [f.cell, f.expected])).toEqual([[rate, '0.00%']]);
  });

  it('a rate stored as a fraction behind a 0.00% format (-0.2087) reads as -20.87%', () => {
    const spec = comparisonCaseWanli('number').spec;
    const at = cellOf(spec, sheet, '“三公”经费合计', 'E');
    expect(rateFindings(mutateCell(spec, sheet, at, { v: -0.2087, fmt: '0.00%' }))).toEqual([]);
    expect(rateFindings(mutateCell(spec, sheet, at, { v: -0.2807, fmt: '0.00%' })).map((f) => f.cell)).toEqual([at]);
  });
});
