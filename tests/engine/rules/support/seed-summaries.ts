// Two-sided summary tables with the seeds' figures: 收支总表 and 财政拨款收支总表 (Hebei 000/001, Henan 002).
import type { RowSpec, TableSpec } from './build-table';

const inc = (name: string, role: string, v: number | null, code?: string): RowSpec => ({
  name,
  role,
  side: 'income',
  v: [v],
  code,
});
const out = (name: string, role: string, v: (number | null)[], code?: string): RowSpec => ({
  name,
  role,
  side: 'expenditure',
  v,
  code,
});

/** Seed 000 部门预算收支总表 (all 3232.07 一般公共预算; 类 lines 208, 210, 221 and two blank ones). */
export function seed000Summary(): TableSpec {
  return {
    kind: 'income-expenditure-summary',
    sheet: '收支总表',
    columns: [
      { key: 'amount', side: 'income' },
      { key: 'amount', side: 'expenditure' },
    ],
    rows: [
      inc('一、一般公共预算拨款收入', 'income-source', 3232.07),
      inc('二、政府性基金预算拨款收入', 'income-source', null),
      inc('三、国有资本经营预算拨款收入', 'income-source', null),
      out('一、一般公共服务支出', 'class-line', [null], '201'),
      out('八、社会保障和就业支出', 'class-line', [60.25], '208'),
      out('十、卫生健康支出', 'class-line', [3133.12], '210'),
      out('二十、住房保障支出', 'class-line', [38.7], '221'),
      out('二十五、其他支出', 'class-line', [null], '229'),
      inc('本年收入合计', 'income-total', 3232.07),
      out('本年支出合计', 'expenditure-total', [3232.07]),
      inc('上年结转结余', 'carryover-in', null),
      out('年终结转结余', 'carryover-out', [null]),
      inc('收入总计', 'income-grand-total', 3232.07),
      out('支出总计', 'expenditure-grand-total', [3232.07]),
    ],
  };
}

const FISCAL_COLUMNS: TableSpec['columns'] = [
  { key: 'amount', side: 'income' },
  ...['total', 'generalBudget', 'govFund', 'stateCapital'].map((key) => ({ key, side: 'expenditure' as const })),
];

/** Seed 001 单位预算财政拨款收支总表: 本年收入 4739.01 + 年初结转 2.96 = 4741.97 = 本年支出合计. */
export function seed001Fiscal(): TableSpec {
  return {
    kind: 'fiscal-grant-summary',
    sheet: '财政拨款收支总表',
    columns: FISCAL_COLUMNS,
    rows: [
      inc('一、一般公共预算拨款', 'income-source', 4739.01),
      inc('二、政府性基金预算拨款', 'income-source', null),
      inc('三、国有资本经营预算拨款', 'income-source', null),
      out('八、社会保障和就业支出', 'class-line', [6.96, 6.96], '208'),
      out('十、卫生健康支出', 'class-line', [4735.01, 4735.01], '210'),
      inc('本年收入合计', 'income-total', 4739.01),
      out('本年支出合计', 'expenditure-total', [4741.97, 4741.97]),
      inc('年初财政拨款结转和结余', 'carryover-in', 2.96),
      out('年末财政拨款结转和结余', 'carryover-out', []),
      inc('一、一般公共预算拨款', 'carryover-in-part', 2.96),
      inc('二、政府性基金预算拨款', 'carryover-in-part', null),
      inc('收入总计', 'income-grand-total', 4741.97),
      out('支出总计', 'expenditure-grand-total', [4741.97, 4741.97]),
    ],
  };
}

const HENAN_COLUMNS: TableSpec['columns'] = [
  { key: 'amount', side: 'income' },
  ...['total', 'carryoverGeneral', 'carryoverFund', 'generalBudget', 'generalBudgetGrant', 'fundCurrent', 'fundTransfer'].map(
    (key) => ({ key, side: 'expenditure' as const }),
  ),
];
const henanOut = (name: string, role: string, v: number | null): RowSpec =>
  out(name, role, [v, null, null, v, v, null, null]);

/** Seed 002 部门收支总体情况表 (Henan): expenditure side is 基本支出/人员/公用 + 项目支出/部门/专项, no 类 lines. */
export function seed002Summary(): TableSpec {
  return {
    kind: 'income-expenditure-summary',
    sheet: '部门收支总体情况表',
    layout: 'henan',
    columns: HENAN_COLUMNS,
    rows: [
      inc('一、一般公共预算收入', 'income-source', 141.47),
      inc('财政拨款', 'income-subsource', 141.47),
      inc('非税收入', 'income-subsource', null),
      henanOut('一、基本支出', 'basic', 57.47),
      henanOut('人员支出', 'personnel', 56.27),
      henanOut('公用支出', 'public', 1.2),
      henanOut('二、项目支出', 'project', 84.0),
      henanOut('部门支出', 'dept-project', 35.0),
      henanOut('专项支出', 'special-project', 49.0),
      inc('二、政府性基金预算收入', 'income-source', null),
      inc('当年基金收入', 'income-subsource', null),
      inc('当年收入合计', 'income-total', 141.47),
      inc('六、上年结转结余', 'carryover-in', null),
      inc('一般公共预算结转结余', 'carryover-in-part', null),
      inc('收入总计', 'income-grand-total', 141.47),
      henanOut('支出总计', 'expenditure-grand-total', 141.47),
    ],
  };
}

/** Seed 002 财政拨款收支总体情况表 (Henan): 类 lines, 收入合计 / 支出合计 at the bottom. */
export function seed002Fiscal(): TableSpec {
  return {
    kind: 'fiscal-grant-summary',
    sheet: '财政拨款收支总体情况表',
    layout: 'henan',
    columns: HENAN_COLUMNS,
    rows: [
      inc('一、一般公共预算收入', 'income-source', 141.47),
      inc('财政拨款', 'income-subsource', 141.47),
      henanOut('八、社会保障和就业支出', 'class-line', 5.95),
      henanOut('十、卫生健康支出', 'class-line', 131.4),
      henanOut('二十、住房保障支出', 'class-line', 4.12),
      inc('当年收入合计', 'income-total', 141.47),
      inc('四、上年结转结余', 'carryover-in', null),
      inc('收入合计', 'income-grand-total', 141.47),
      henanOut('支出合计', 'expenditure-grand-total', 141.47),
    ].map((r, i) => (r.role === 'class-line' ? { ...r, code: ['208', '210', '221'][i - 2] } : r)),
  };
}
