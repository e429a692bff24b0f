// procurement/*, fixed-assets/sum and performance/cost-exceeds-budget.
import { fixedAssetsSum } from '../../../src/engine/rules/fixed-assets-sum';
import { performanceCostExceedsBudget } from '../../../src/engine/rules/performance-cost-exceeds-budget';
import { procurementPriceTimesQuantity } from '../../../src/engine/rules/procurement-price-times-quantity';
import { procurementSum } from '../../../src/engine/rules/procurement-sum';
import { rowFundSplit } from '../../../src/engine/rules/row-fund-split';
import { buildTable, runJointly, runRule, where, withValue, type TableSpec } from './support/build-table';
import { fixedAssets, performanceForm as form, seed001Procurement } from './support/seed-lists';

describe('procurement/sum', () => {
  it('valid: seed 001 items add up to 小计 and 合计', () => {
    expect(runRule(procurementSum, [buildTable(seed001Procurement())])).toEqual([]);
  });
  it.each([
    // 邮政服务 changed in all its money columns: the 小计 above no longer adds up (and the 合计 agrees with the items).
    ['item changed', [2, 3, 4].reduce((s, c) => withValue(s, 4, c, 1.1), seed001Procurement()), ['政府采购!E2 error', '政府采购!F2 error', '政府采购!G2 error']],
    ['小计 typo (reported there, not at 合计)', withValue(seed001Procurement(), 1, 2, 5.02), ['政府采购!E2 error']],
    ['合计 typo', withValue(seed001Procurement(), 0, 4, 5.02), ['政府采购!G1 error']],
  ])('%s', (_n, spec, expected) => {
    expect(runRule(procurementSum, [buildTable(spec)]).map(where)).toEqual(expected);
  });
});

describe('procurement/sum with row/fund-split', () => {
  it('an item whose 合计 its funding columns reject is reported once, at the item', () => {
    const tables = [buildTable(withValue(seed001Procurement(), 4, 2, 1.1))];
    expect(runJointly([procurementSum, rowFundSplit], tables).map(where)).toEqual(['政府采购!E5 error']);
  });
});

describe('procurement/price-times-quantity', () => {
  it('seed 001: prices shown as 0.00 / 0.01 give infos, never errors', () => {
    const found = runRule(procurementPriceTimesQuantity, [buildTable(seed001Procurement())]);
    expect(found.map(where)).toEqual(['政府采购!E9 info', '政府采购!E10 info', '政府采购!E11 info']);
    expect(found[0].message).toContain('差异仅来自显示舍入');
  });
  it('in 元: 23 × 230 = 5290 against 5300 is display rounding of a typed price (230.43 元)', () => {
    const spec: TableSpec = {
      kind: 'procurement',
      sheet: '采购',
      unit: '元',
      columns: ['quantity', 'unitPrice', 'total'],
      rows: [{ name: '会议椅', role: 'item', v: [23, 230, 5300] }],
    };
    expect(runRule(procurementPriceTimesQuantity, [buildTable(spec)]).map(where)).toEqual(['采购!E1 info']);
  });

  it('a 金额 no rounded price can give is an error at the 金额 cell', () => {
    const spec = withValue(seed001Procurement(), 2, 2, 2.0);
    const found = runRule(procurementPriceTimesQuantity, [buildTable(spec)]);
    expect(found.map(where)).toContain('政府采购!E3 error');
    expect(found.find((f) => f.cell === 'E3')?.message).toBe('「复印纸」：数量 10 × 单价 0.02 = 0.20，金额为 2.00，相差 1.80');
  });
});

describe('fixed-assets/sum', () => {
  const spec = fixedAssets();
  it('valid (其中 lines are not added)', () => expect(runRule(fixedAssetsSum, [buildTable(spec)])).toEqual([]));
  it('a category typo is caught at 资产总额', () => {
    expect(runRule(fixedAssetsSum, [buildTable(withValue(spec, 3, 1, 7.7))]).map(where)).toEqual(['固定资产!D1 error']);
  });
});

describe('performance/cost-exceeds-budget', () => {
  it.each([
    ['医疗服务与保障能力提升', 35, '35万元'],
    ['医保支付方式改革', 10, '10万元'],
    ['城乡医疗救助 (seed 000, per-person cost)', 1971, '280元/人/年'],
  ])('valid: %s', (name, budget, cost) => {
    expect(runRule(performanceCostExceedsBudget, [buildTable(form(name, budget, cost))])).toEqual([]);
  });
  it('seed 002: 35万元 cost against a 19万元 project is a warning at the 指标值 cell', () => {
    const found = runRule(performanceCostExceedsBudget, [buildTable(form('提前下达2020年中央财政医疗服务与保障能力提升补助资金', 19, '35万元'))]);
    expect(found.map(where)).toEqual(['提前下达2020年中央财政医疗服务与保障能力提升补助资金!D3 warning']);
    expect(found[0].message).toBe(
      '项目「提前下达2020年中央财政医疗服务与保障能力提升补助资金」成本指标「指标:厉行节约,控制成本」为 35万元，大于项目预算数 19.00 万元，请核对',
    );
  });
});
