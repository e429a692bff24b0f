// One test table per validation rule: valid table sets give nothing, every invalid set (one number changed in the
// seeds' figures) gives this rule's finding at the named cell. Each rule runs alone, as a disabled-others user would.
import type { Rule } from '../../../src/engine/rules/define-rule';
import { RULES } from '../../../src/engine/rules/index';
import { buildTable, runRule, where, withValue, type TableSpec } from './support/build-table';
import {
  emptyFundTable,
  henanThreePublic,
  seed000Fiscal,
  seed000IncomeTotal,
  seed000ThreePublic,
  seed002OperatingCosts,
} from './support/seed-others';
import {
  fixedAssets,
  henanIncome,
  performanceForm,
  seed000FiscalLines,
  seed000Income,
  seed001IncomeTotal,
  seed001Procurement,
} from './support/seed-lists';
import { seed000Summary, seed001Fiscal, seed002Fiscal, seed002Summary } from './support/seed-summaries';
import { seed000Basic, seed000Expenditure, seed000General, seed002Basic, seed002Expenditure } from './support/seed-tables';

interface RuleTable {
  valid: TableSpec[][];
  /** [what changed, tables, "sheet!cell severity" expected among the rule's findings]. */
  invalid: [string, TableSpec[], string][];
}

const e0 = seed000Expenditure;
const e2 = seed002Expenditure;
const hebeiSet = (): TableSpec[] => [seed000Summary(), seed000IncomeTotal(), e0(), seed000Fiscal(), seed000General(), seed000Basic(), seed000ThreePublic()];
const swap = (set: TableSpec[], i: number, t: TableSpec): TableSpec[] => set.map((s, j) => (j === i ? t : s));
const cost = (budget: number, text: string) => [performanceForm('提前下达2020年中央财政医疗服务与保障能力提升补助资金', budget, text)];

/** Seed 001 items whose 单价 is shown exactly (the 0.00-priced ones give rounding infos, tested in lists.test.ts). */
function exactPrices(): TableSpec {
  const p = seed001Procurement();
  return { ...p, rows: p.rows.slice(0, 8) };
}

/** A 基本支出表 of its 合计 row only, consistent in itself (合计 = 人员经费 + 公用经费 39.62). */
function basicTotal(total: number, personnel: number): TableSpec {
  const columns = ['total', 'personnel', 'public'];
  return { kind: 'general-budget-basic-expenditure', sheet: '基本支出表', columns, rows: [{ name: '合计', v: [total, personnel, 39.62] }] };
}

/** Seed 001's 收支总表 income side as if its 上年结转结余 2.96 had been left out (本年收入 4739.01 = 收入总计). */
function seed001Summary(): TableSpec {
  const inc = (name: string, role: string, v: number | null) => ({ name, role, side: 'income' as const, v: [v] });
  const rows = [
    inc('一、一般公共预算拨款收入', 'income-source', 4739.01),
    inc('本年收入合计', 'income-total', 4739.01),
    inc('上年结转结余', 'carryover-in', null),
    inc('收入总计', 'income-grand-total', 4739.01),
  ];
  return { kind: 'income-expenditure-summary', sheet: '收支总表', columns: [{ key: 'amount', side: 'income' }], rows };
}

const TABLES: Record<string, RuleTable> = {
  'rollup/class-sum': { valid: [[e0()], [e2()]], invalid: [['类 210 合计', [withValue(e0(), 8, 0, 3133.21)], '支出总表!C9 error']] },
  'rollup/section-sum': { valid: [[e0()], [e2()]], invalid: [['款 21015 合计', [withValue(e0(), 16, 0, 479.23)], '支出总表!C17 error']] },
  'rollup/item-sum': { valid: [[e2()]], invalid: [['项 2101501 总计', [withValue(e2(), 12, 0, 44.95)], '部门支出总体情况表!C13 error']] },
  'rollup/total-sum': { valid: [[e0()], [e2()]], invalid: [['合计 项目支出', [withValue(e0(), 0, 2, 2655.08)], '支出总表!E1 error']] },
  'rollup/econ-sum': { valid: [[seed000Basic()], [seed002Basic()]], invalid: [['Henan 类 工资福利支出', [withValue(seed002Basic(), 1, 0, 54.06)], '基本支出情况表!C2 error']] },
  'row/expenditure-split': { valid: [[e0()], [e2()]], invalid: [['项 2101501 合计', [withValue(e0(), 17, 0, 95.64)], '支出总表!C18 error']] },
  'row/income-split': {
    valid: [[seed000Income()], [seed001IncomeTotal()], [henanIncome()]],
    invalid: [['上年结转', [withValue(seed001IncomeTotal(), 0, 3, 2.69)], '收入总表!C1 error']],
  },
  'row/basic-split': { valid: [[e2()], [seed000Basic()]], invalid: [['30101 人员经费', [withValue(seed000Basic(), 2, 1, 139.5)], '基本支出表!D3 error']] },
  'row/project-split': { valid: [[e2()]], invalid: [['明细 项目支出', [withValue(e2(), 23, 5, 91)], '部门支出总体情况表!H24 error']] },
  'row/grand-total': { valid: [[e2()]], invalid: [['明细 总计', [withValue(e2(), 13, 0, 2.68)], '部门支出总体情况表!C14 error']] },
  'row/fund-split': {
    valid: [[seed000FiscalLines()], [seed002Summary()], [seed000ThreePublic()], [seed001Procurement()]],
    invalid: [['类 line 一般公共预算', [withValue(seed000FiscalLines(), 1, 1, 3133.21)], '财政拨款收支总表!D2 error']],
  },
  'summary/income-total': { valid: [[seed000Summary()], [seed002Summary()]], invalid: [['本年收入合计', [withValue(seed000Summary(), 8, 0, 3232.7)], '收支总表!C9 error']] },
  'summary/expenditure-total': { valid: [[seed000Summary()], [seed002Fiscal()]], invalid: [['本年支出合计', [withValue(seed000Summary(), 9, 0, 3232.7)], '收支总表!D10 error']] },
  'summary/grand-totals': { valid: [[seed000Summary()], [seed001Fiscal()]], invalid: [['收入总计', [withValue(seed001Fiscal(), 11, 0, 4741.79)], '财政拨款收支总表!C12 error']] },
  'summary/balance': {
    valid: [[seed000Summary()], [seed002Summary()]],
    invalid: [['支出总计', [withValue(withValue(withValue(seed000Summary(), 13, 0, 3232.08), 9, 0, 3232.08), 6, 0, 38.71)], '收支总表!D14 error']],
  },
  'cross/summary-vs-expenditure': { valid: [hebeiSet()], invalid: [['类 line', swap(hebeiSet(), 0, withValue(seed000Summary(), 5, 0, 3133.21)), '收支总表!D6 error']] },
  'cross/totals-agree': {
    valid: [hebeiSet()],
    invalid: [
      ['上年结转 2.96 in the 收入总表 only', [seed001IncomeTotal(), seed001Summary()], '收支总表!C3 error'],
      ['收入总表 合计 (all columns)', swap(hebeiSet(), 1, [0, 1, 2].reduce((t, c) => withValue(t, 0, c, 3232.7), seed000IncomeTotal())), '收支总表!C13 error'],
    ],
  },
  'cross/summary-vs-fiscal': {
    valid: [[seed000Summary(), seed000Fiscal()], [seed002Summary(), seed002Fiscal()]],
    invalid: [
      ['收支总表 一般公共预算 line', [withValue(seed000Summary(), 0, 0, 3232.7), seed000Fiscal()], '收支总表!C1 error'],
      ['财政拨款 一般公共预算 line', [seed000Summary(), withValue(seed000Fiscal(), 0, 0, 3232.7)], '财政拨款收支总表!C1 error'],
    ],
  },
  'cross/fiscal-vs-general': {
    valid: [hebeiSet()],
    invalid: [['类 line 合计 and 一般公共预算', swap(hebeiSet(), 3, withValue(withValue(seed000Fiscal(), 3, 0, 3133.21), 3, 1, 3133.21)), '财政拨款收支总表!E4 error']],
  },
  'cross/general-vs-expenditure': {
    valid: [hebeiSet()],
    invalid: [['项 合计 and 基本支出', swap(hebeiSet(), 4, withValue(withValue(seed000General(), 18, 0, 383.68), 18, 1, 363.68)), '一般公共预算支出表!C19 error']],
  },
  'cross/basic-vs-general': {
    valid: [hebeiSet()],
    invalid: [['基本支出表 合计 row', swap(hebeiSet(), 5, basicTotal(576.72, 537.1)), '基本支出表!C1 error']],
  },
  'three-public/sum': { valid: [[seed000ThreePublic()], [henanThreePublic()]], invalid: [['用车', [withValue(withValue(seed000ThreePublic(), 4, 0, 2.0), 4, 1, 2.0)], '三公经费表!C3 error']] },
  'three-public/vehicle-vs-basic': {
    valid: [hebeiSet()],
    invalid: [['30231 3.50', swap(hebeiSet(), 5, withValue(withValue(seed000Basic(), 19, 0, 3.5), 19, 2, 3.5)), '基本支出表!C20 warning']],
  },
  'cross/operating-vs-public': {
    valid: [[seed002Basic(), seed002OperatingCosts(), { ...e2(), kind: 'general-budget-expenditure' }]],
    invalid: [['机关运行经费 1.50', [{ ...e2(), kind: 'general-budget-expenditure' }, withValue(seed002OperatingCosts(), 0, 0, 1.5)], '机关运行经费!C1 warning']],
  },
  'cross/fund-tables-presence': {
    valid: [[seed000Summary(), emptyFundTable('gov-fund-expenditure'), emptyFundTable('state-capital-expenditure')]],
    invalid: [['政府性基金 10', [withValue(seed000Summary(), 1, 0, 10), emptyFundTable('gov-fund-expenditure')], 'gov-fund-expenditure!A1 error']],
  },
  'procurement/sum': { valid: [[seed001Procurement()]], invalid: [['小计', [withValue(seed001Procurement(), 1, 2, 5.02)], '政府采购!E2 error']] },
  'procurement/price-times-quantity': { valid: [[exactPrices()]], invalid: [['复印纸 金额', [withValue(seed001Procurement(), 2, 2, 2)], '政府采购!E3 error']] },
  'fixed-assets/sum': { valid: [[fixedAssets()]], invalid: [['车辆 价值', [withValue(fixedAssets(), 3, 1, 7.7)], '固定资产!D1 error']] },
  'performance/cost-exceeds-budget': { valid: [cost(35, '35万元'), cost(19, '280元/人/年')], invalid: [['35万元 of 19万元', cost(19, '35万元'), '提前下达2020年中央财政医疗服务与保障能力提升补助资金!D3 warning']] },
  'cell/not-a-number': { valid: [[e0()]], invalid: [['3232.07元', [withValue(e0(), 0, 0, '3232.07元')], '支出总表!C1 error']] },
  'cell/decimals': { valid: [[e0()]], invalid: [['3 decimals', [withValue(e0(), 0, 0, { v: 3232.071, fmt: '0.000' })], '支出总表!C1 warning']] },
  'cell/negative': { valid: [[e0()]], invalid: [['negative', [withValue(e0(), 1, 2, -6)], '支出总表!E2 error']] },
  'cell/formula-error': { valid: [[e0()]], invalid: [['#DIV/0!', [withValue(e0(), 0, 0, { v: null, f: 'C2/0', error: '#DIV/0!' })], '支出总表!C1 error']] },
  'cell/formula-uncomputed': {
    valid: [[e0()], [withValue(e0(), 0, 0, { v: 3232.07, f: 'SUM(C2,C9,C22)' })]],
    invalid: [['no cached value, VLOOKUP', [withValue(e0(), 0, 0, { v: null, f: 'VLOOKUP(1,A:B,2,0)' })], '支出总表!C1 warning']],
  },
};

function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`rule ${id} is not registered`);
  return rule;
}

describe.each(Object.entries(TABLES))('%s', (id, table) => {
  const rule = ruleById(id);
  it.each(table.valid.map((v, i) => [i, v] as const))('valid set %i gives nothing', (_i, specs) => {
    expect(runRule(rule, specs.map(buildTable)).map(where)).toEqual([]);
  });
  it.each(table.invalid)('invalid: %s', (_name, specs, expected) => {
    expect(runRule(rule, specs.map(buildTable)).map(where)).toContain(expected);
  });
});

it('every validation rule (not codes/*, narrative/*) has a test table here', () => {
  const mine = RULES.map((r) => r.id).filter((id) => !id.startsWith('codes/') && !id.startsWith('narrative/'));
  expect(mine.filter((id) => !(id in TABLES))).toEqual([]);
});
