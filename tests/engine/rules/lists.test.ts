// procurement/*, fixed-assets/sum and performance/cost-exceeds-budget.
import { fixedAssetsSum } from '../../../src/engine/rules/fixed-assets-sum';
import { performanceCostExceedsBudget } from '../../../src/engine/rules/performance-cost-exceeds-budget';
import { procurementPriceTimesQuantity } from '../../../src/engine/rules/procurement-price-times-quantity';
import { procurementSum } from '../../../src/engine/rules/procurement-sum';
import { buildTable, runRule, where, withValue, type RowSpec, type TableSpec } from './support/build-table';

/** Seed 001 单位政府采购预算 (the 公用经费 and first 执法经费 items): 数量, 单价, 合计, 一般公共预算, 预留中小企业份额. */
function seed001Procurement(): TableSpec {
  const item = (name: string, q: number, p: number, a: number): RowSpec => ({ name, role: 'item', v: [q, p, a, a, a] });
  return {
    kind: 'procurement',
    sheet: '政府采购',
    columns: ['quantity', 'unitPrice', 'total', 'generalBudget', 'smeShare'],
    rows: [
      { name: '合计', role: 'total', v: [null, null, 5.2, 5.2, 5.2] },
      { name: '临西县医疗保障局本级小计', role: 'subtotal', v: [null, null, 5.2, 5.2, 5.2] },
      item('复印纸', 10, 0.02, 0.2),
      item('基础电信服务', 1, 0.5, 0.5),
      item('邮政服务', 1, 1.0, 1.0),
      item('车辆维修和保养服务', 1, 0.5, 0.5),
      item('车辆加油、添加燃料服务', 1, 0.5, 0.5),
      item('电梯维修和保养服务', 1, 0.5, 0.5),
      item('本册', 300, 0.0, 0.3),
      item('其他纸制文具', 500, 0.0, 0.5),
      item('其他纸制文具', 240, 0.01, 1.2),
    ],
  };
}

describe('procurement/sum', () => {
  it('valid: seed 001 items add up to 小计 and 合计', () => {
    expect(runRule(procurementSum, [buildTable(seed001Procurement())])).toEqual([]);
  });
  it.each([
    ['item typo breaks the 小计', withValue(seed001Procurement(), 4, 2, 1.1), ['政府采购!E2 error']],
    ['合计 typo', withValue(seed001Procurement(), 0, 4, 5.02), ['政府采购!G1 error']],
  ])('%s', (_n, spec, expected) => {
    expect(runRule(procurementSum, [buildTable(spec)]).map(where)).toEqual(expected);
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
  const spec: TableSpec = {
    kind: 'fixed-assets',
    sheet: '固定资产',
    columns: ['quantity', 'value'],
    rows: [
      { name: '资产总额', role: 'total', v: [12, 86.5] },
      { name: '1、房屋', role: 'category', v: [1, 60.0] },
      { name: '其中：办公用房', role: 'sub', v: [1, 60.0] },
      { name: '2、车辆', role: 'category', v: [1, 18.5] },
      { name: '3、单价50万元以上通用设备', role: 'category', v: [null, null] },
      { name: '4、其他固定资产', role: 'category', v: [10, 8.0] },
    ],
  };
  it('valid (其中 lines are not added)', () => expect(runRule(fixedAssetsSum, [buildTable(spec)])).toEqual([]));
  it('a category typo is caught at 资产总额', () => {
    expect(runRule(fixedAssetsSum, [buildTable(withValue(spec, 3, 1, 15.8))]).map(where)).toEqual(['固定资产!D1 error']);
  });
});

describe('performance/cost-exceeds-budget', () => {
  /** Seed 002 绩效目标申报表: 年度资金总额 and the 成本指标 「厉行节约,控制成本」. */
  function form(project: string, budget: number, cost: string): TableSpec {
    return {
      kind: 'performance-targets',
      sheet: project,
      columns: ['budget', 'indicator'],
      rows: [
        { name: '年度资金总额', role: 'budget', v: [budget, null], extra: { projectName: project } },
        { name: '指标1:召开医保工作会议', role: 'indicator', v: [null, '≥1次'], extra: { level1: '产出指标', level2: '数量指标' } },
        { name: '指标:厉行节约,控制成本', role: 'indicator', v: [null, cost], extra: { level1: '产出指标', level2: '成本指标', level3: '指标:厉行节约,控制成本' } },
      ],
    };
  }
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
