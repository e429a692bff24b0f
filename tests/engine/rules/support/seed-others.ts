// Seed tables used by the cross-table and list rules: 财政拨款收支总表 (000), 三公 (000 Hebei, 002 Henan),
// 机关运行经费 (002), empty fund tables, 收入总表 合计 (000).
import type { RowSpec, TableSpec } from './build-table';

const out = (name: string, role: string, v: (number | null)[], code?: string): RowSpec => ({
  name,
  role,
  side: 'expenditure',
  v,
  code,
});
const inc = (name: string, role: string, v: number | null): RowSpec => ({ name, role, side: 'income', v: [v] });

/** Seed 000 部门预算财政拨款收支总表. */
export function seed000Fiscal(): TableSpec {
  return {
    kind: 'fiscal-grant-summary',
    sheet: '财政拨款收支总表',
    columns: [
      { key: 'amount', side: 'income' },
      ...['total', 'generalBudget', 'govFund', 'stateCapital'].map((key) => ({ key, side: 'expenditure' as const })),
    ],
    rows: [
      inc('一、一般公共预算拨款', 'income-source', 3232.07),
      inc('二、政府性基金预算拨款', 'income-source', null),
      out('八、社会保障和就业支出', 'class-line', [60.25, 60.25], '208'),
      out('十、卫生健康支出', 'class-line', [3133.12, 3133.12], '210'),
      out('二十、住房保障支出', 'class-line', [38.7, 38.7], '221'),
      inc('本年收入合计', 'income-total', 3232.07),
      out('本年支出合计', 'expenditure-total', [3232.07, 3232.07]),
      inc('收入总计', 'income-grand-total', 3232.07),
      out('支出总计', 'expenditure-grand-total', [3232.07, 3232.07]),
    ],
  };
}

/** Seed 000 收入总表 合计 row only (合计, 本年收入小计, 财政拨款收入). */
export function seed000IncomeTotal(): TableSpec {
  return {
    kind: 'income-summary',
    sheet: '收入总表',
    columns: ['total', 'currentIncome', 'fiscalGrant'],
    rows: [{ name: '合计', v: [3232.07, 3232.07, 3232.07] }],
  };
}

/** Seed 000 财政拨款“三公”经费支出表 (Hebei): 合计 3.00 = 用车 3.00 = 运行维护费 3.00. */
export function seed000ThreePublic(): TableSpec {
  const r = (name: string, role: string, v: number | null): RowSpec => ({ name, role, v: [v, v, null, null] });
  return {
    kind: 'three-public-expenses',
    sheet: '三公经费表',
    columns: ['total', 'generalBudget', 'govFund', 'stateCapital'],
    rows: [
      r('合计', 'total', 3.0),
      r('一、因公出国（境）费', 'abroad', null),
      r('二、公务用车购置及运维费', 'vehicle', 3.0),
      r('其中：公务用车购置费', 'vehicle-purchase', null),
      r('公务用车运行维护费', 'vehicle-operation', 3.0),
      r('三、公务接待费', 'reception', null),
    ],
  };
}

/** A Henan 三公 table (one line per item and source) with seed 001's 1.00 运行维护费 (seed 002's is all blank). */
export function henanThreePublic(): TableSpec {
  const rows: RowSpec[] = [{ name: '总计', role: 'total', v: [1.0] }];
  const items: [string, string, number | null][] = [
    ['公务接待费', 'reception', null],
    ['公务用车购置费', 'vehicle-purchase', null],
    ['公务用车运行维护费', 'vehicle-operation', 1.0],
    ['因公出国（境）费', 'abroad', null],
  ];
  for (const [name, role, v] of items) {
    rows.push({ name, role, v: [v], extra: { source: '合计' } });
    rows.push({ name, role, v: [v], extra: { source: '一般公共预算' } });
    rows.push({ name, role, v: [null], extra: { source: '政府性基金' } });
  }
  return { kind: 'three-public-expenses', sheet: '三公', layout: 'henan', columns: ['total'], rows };
}

/** Seed 002 机关运行经费 (Henan, by name): 合计 1.20. */
export function seed002OperatingCosts(): TableSpec {
  const rows: [string, RowSpec['level'], number][] = [
    ['合计', 'total', 1.2],
    ['商品和服务支出', 'econ-class', 1.2],
    ['办公费', 'econ-section', 0.6],
    ['电费', 'econ-section', 0.4],
    ['差旅费', 'econ-section', 0.1],
    ['会议费', 'econ-section', 0.1],
  ];
  return {
    kind: 'agency-operating-costs',
    sheet: '机关运行经费',
    layout: 'henan',
    columns: ['total'],
    rows: rows.map(([name, level, v]) => ({ name, level, v: [v] })),
  };
}

/** Seed 000 政府基金预算财政拨款支出表: 空表列示. */
export function emptyFundTable(kind: 'gov-fund-expenditure' | 'state-capital-expenditure'): TableSpec {
  return { kind, sheet: kind, columns: ['total', 'basic', 'project'], rows: [], isEmpty: true };
}
