// Table specs for rules on list tables and the income/fiscal rows, shared by the family tests and the per-rule
// tables: seed 001 政府采购 and 收入总表, seed 000 收入总表 and 财政拨款 lines, seed 002 收入表 and 绩效目标申报表.
import type { RowSpec, TableSpec } from './build-table';

/** Seed 000 部门预算收入总表, 类 208: 合计, 本年收入小计, 财政拨款收入, 财政专户收入, 上年结转. */
export function seed000Income(): TableSpec {
  const rows: [string, number][] = [
    ['208', 60.25], ['20805', 54.25], ['2080502', 7.15], ['2080505', 44.9], ['2080506', 2.2], ['20899', 6.0], ['2089999', 6.0],
  ];
  return {
    kind: 'income-summary',
    sheet: '收入总表',
    columns: ['total', 'currentIncome', 'fiscalGrant', 'fiscalAccount', 'carryover'],
    rows: rows.map(([code, x]) => ({ code, v: [x, x, x, null, null] })),
  };
}

/** Seed 001 收入总表 合计 row: 4741.97 = 本年收入 4739.01 + 上年结转 2.96. */
export function seed001IncomeTotal(): TableSpec {
  return {
    kind: 'income-summary',
    sheet: '收入总表',
    columns: ['total', 'currentIncome', 'fiscalGrant', 'carryover'],
    rows: [{ name: '合计', v: [4741.97, 4739.01, 4739.01, 2.96] }],
  };
}

/** Seed 000 财政拨款收支总表 expenditure lines: 合计, 一般公共预算, 政府性基金, 国有资本经营. */
export function seed000FiscalLines(): TableSpec {
  const cols = ['total', 'generalBudget', 'govFund', 'stateCapital'].map((key) => ({ key, side: 'expenditure' as const }));
  return {
    kind: 'fiscal-grant-summary',
    sheet: '财政拨款收支总表',
    columns: [{ key: 'amount', side: 'income' }, ...cols],
    rows: [
      { name: '八、社会保障和就业支出', role: 'class-line', side: 'expenditure', code: null, v: [60.25, 60.25] },
      { name: '十、卫生健康支出', role: 'class-line', side: 'expenditure', v: [3133.12, 3133.12] },
      { name: '二十、住房保障支出', role: 'class-line', side: 'expenditure', v: [38.7, 38.7] },
      { name: '本年支出合计', role: 'expenditure-total', side: 'expenditure', v: [3232.07, 3232.07] },
    ],
  };
}

/** Seed 002 收入总体情况表 合计 row (Henan: 一般公共预算 … 其他资金, no 本年收入小计). */
export function henanIncome(): TableSpec {
  return {
    kind: 'income-summary',
    sheet: '收入总体情况表',
    layout: 'henan',
    columns: ['total', 'generalBudget', 'govFund', 'fiscalAccount', 'stateCapital', 'otherFunds'],
    rows: [{ name: '合计', v: [141.47, 141.47, null, null, null, null] }],
  };
}

/** Seed 001 单位政府采购预算 (the 公用经费 and first 执法经费 items): 数量, 单价, 合计, 一般公共预算, 预留中小企业份额. */
export function seed001Procurement(): TableSpec {
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

/** Seed 000 部门固定资产占用情况表: 资产总额 71.00 = 车辆 7 + 其他固定资产 64 (数量 in different units, not added). */
export function fixedAssets(): TableSpec {
  return {
    kind: 'fixed-assets',
    sheet: '固定资产',
    columns: ['quantity', 'value'],
    rows: [
      { name: '资产总额', role: 'total', v: [null, 71] },
      { name: '1、房屋（平方米）', role: 'category', v: [null, null] },
      { name: '其中：办公用房（平方米）', role: 'sub', v: [null, null] },
      { name: '2、车辆（台、辆）', role: 'category', v: [1, 7] },
      { name: '3、单价在20万元以上的设备', role: 'category', v: [null, null] },
      { name: '4、其他固定资产（台、个等）', role: 'category', v: [82, 64] },
    ],
  };
}

/** Seed 002 绩效目标申报表: 年度资金总额 and the 成本指标 「厉行节约,控制成本」. */
export function performanceForm(project: string, budget: number, cost: string): TableSpec {
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
