// The rule tester's cases for every validation rule: valid table sets give none of the rule's findings; each invalid
// set (numbers changed in the seeds' figures) gives exactly the listed findings of that rule — the cell to change and
// the value to type (null where the data cannot tell which cell is wrong). All rules run together on every case.
import { RULES } from '../../../src/engine/rules/index';
import { buildTable, withValue, type TableSpec } from './support/build-table';
import { testRule, type Expected, type InvalidCase, type ValidCase } from './support/rule-tester';
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
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { mutateCell } from '../../fixtures/seeds/arrangements';
import { perUnitCase } from '../../fixtures/field/per-unit';

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


const err = (at: string, expected: string | null): Expected => ({ at, severity: 'error', expected });
const warn = (at: string, expected: string | null = null): Expected => ({ at, severity: 'warning', expected });
const valid = (...sets: TableSpec[][]): ValidCase[] => sets.map((input, i) => ({ name: `set ${i + 1}`, input }));
const bad = (name: string, input: TableSpec[], ...findings: Expected[]): InvalidCase => ({ name, input, findings });

/** The 万里街道 2025 “三公” lines with 2024年 / 2025年 / 增减额 / 增减率 (tests/fixtures/field/comparison.ts). */
function comparisonThreePublic(): TableSpec {
  const line = (name: string, role: string, prior: number, current: number, change: number, rate: string | null) =>
    ({ name, role, v: [prior, current], d: [change, rate] });
  return {
    kind: 'three-public-expenses', sheet: '三公经费', columns: ['prior', 'total'], derived: ['change', 'changeRate'], rows: [
      line('“三公”经费合计', 'total', 47.91, 37.91, -10, '-20.87%'), line('2.公务接待费', 'reception', 1.35, 1.35, 0, '0.00%'),
      line('3.公务用车购置及运行费', 'vehicle', 46.56, 36.56, -10, '-21.48%'), line('其中：公务用车购置费', 'vehicle-purchase', 25, 15, -10, '-40.00%'),
      line('公务用车运行费', 'vehicle-operation', 21.56, 21.56, 0, '0.00%'), line('1.因公出国（境）费', 'abroad', 0, 0, 0, null),
    ],
  };
}

/** The same table with one 增减率 typed wrong (row, text). */
function wrongRate(row: number, rate: string): TableSpec {
  const t = comparisonThreePublic();
  return { ...t, rows: t.rows.map((r, i) => (i === row ? { ...r, d: [r.d?.[0] ?? null, rate] } : r)) };
}

/** Seed 000's 基本支出表 by 类, grouped into 人员经费小计 (301, 303) and 公用经费小计 (302, 310) blocks. */
function basicBlocks(): TableSpec {
  const line = (code: string | null, name: string, level: 'total' | 'subtotal' | 'econ-class', v: (number | null)[]) => ({ code, name, level, v });
  return {
    kind: 'general-budget-basic-expenditure', sheet: '基本支出表', columns: ['total', 'personnel', 'public'], rows: [
      line(null, '合计', 'total', [576.27, 536.65, 39.62]), line(null, '人员经费小计', 'subtotal', [536.65, 536.65, null]),
      line('301', '工资福利支出', 'econ-class', [526.73, 526.73, null]), line('303', '对个人和家庭的补助', 'econ-class', [9.92, 9.92, null]),
      line(null, '公用经费小计', 'subtotal', [39.62, null, 39.62]), line('302', '商品和服务支出', 'econ-class', [37.12, null, 37.12]),
      line('310', '资本性支出', 'econ-class', [2.5, null, 2.5]),
    ],
  };
}

/** The recognized tables of a workbook, as a rule-tester input. */
function recognized(spec: WorkbookSpec) {
  const grid = specToGrid(spec);
  return { tables: recognizeWorkbook(grid).tables, grid };
}

/** Seed 002's 收支总表 with one row's 一般公共预算 小计 / 其中：财政拨款 changed. */
function withSplit(name: string, whole: number | null, part: number | null): TableSpec {
  const spec = seed002Summary();
  const rows = spec.rows.map((r) => (r.name === name ? { ...r, v: (r.v ?? []).map((x, i) => (i === 3 ? whole : i === 4 ? part : x)) } : r));
  return { ...spec, rows };
}

/** The A1 address of a row's cell in a column, as the built table places it. */
function cellOf(spec: TableSpec, name: string, key: string): string {
  const t = buildTable(spec);
  const a = t.rows.find((r) => r.name === name)?.amounts[key]?.address;
  if (!a) throw new Error(`no ${name} ${key}`);
  return `${t.sheet}!${String.fromCharCode(65 + a.col)}${a.row + 1}`;
}

const CASES: Record<string, { valid: ValidCase[]; invalid: InvalidCase[] }> = {
  'rollup/block-sum': {
    valid: [...valid([basicBlocks()]), { name: 'per-unit tables', input: recognized(perUnitCase().spec) }],
    invalid: [
      bad('人员经费小计 合计 536.56', [withValue(basicBlocks(), 1, 0, 536.56)], err('基本支出表!C2', '536.65')),
      bad('公用经费小计 公用经费 39.26', [withValue(basicBlocks(), 4, 2, 39.26)], err('基本支出表!E5', '39.62')),
    ],
  },
  'cross/per-unit-total': {
    valid: [{ name: 'per-unit tables', input: recognized(perUnitCase().spec) }],
    invalid: [
      // 收入 by 单位: the 中心's line typed 902.81 for 920.81 in all its columns and the 合计 added up from it: the
      // table is consistent in itself, only the department's 收入总表 (3232.07) shows its 合计 is wrong too.
      {
        name: '中心 line and 合计, every column',
        input: recognized(['C', 'D', 'E'].reduce((s, c) => mutateCell(mutateCell(s, '收入分单位', `${c}7`, 902.81), '收入分单位', `${c}5`, 3214.07), perUnitCase().spec)),
        findings: [err('收入分单位!C5', '3232.07'), err('收入分单位!D5', '3232.07'), err('收入分单位!E5', '3232.07')],
      },
    ],
  },
  'comparison/change': {
    valid: valid([comparisonThreePublic()]),
    invalid: [bad('购置费 增减额 -1.00', [{ ...comparisonThreePublic(), rows: comparisonThreePublic().rows.map((r, i) => (i === 3 ? { ...r, d: [-1, '-40.00%'] } : r)) }], err('三公经费!E4', '-10.00'))],
  },
  'comparison/change-rate': {
    valid: valid([comparisonThreePublic()]),
    invalid: [
      bad('合计 增减率 -28.07%', [wrongRate(0, '-28.07%')], err('三公经费!F1', '-20.87%')),
      bad('购置费 增减率 40.00%', [wrongRate(3, '40.00%')], err('三公经费!F4', '-40.00%')),
    ],
  },
  'rollup/class-sum': { valid: valid([e0()], [e2()]), invalid: [bad('类 210 合计', [withValue(e0(), 8, 0, 3133.21)], err('支出总表!C9', '3133.12'))] },
  'rollup/section-sum': { valid: valid([e0()], [e2()]), invalid: [bad('款 21015 合计', [withValue(e0(), 16, 0, 479.23)], err('支出总表!C17', '479.32'))] },
  'rollup/item-sum': { valid: valid([e2()]), invalid: [bad('项 2101501 总计', [withValue(e2(), 12, 0, 44.95)], err('部门支出总体情况表!C13', '44.59'))] },
  'rollup/total-sum': { valid: valid([e0()], [e2()]), invalid: [bad('合计 项目支出', [withValue(e0(), 0, 2, 2655.08)], err('支出总表!E1', '2655.80'))] },
  'rollup/econ-sum': {
    valid: valid([seed000Basic()], [seed002Basic()]),
    invalid: [bad('Henan 类 工资福利支出', [withValue(seed002Basic(), 1, 0, 54.06)], err('基本支出情况表!C2', '54.60'))],
  },
  'row/expenditure-split': { valid: valid([e0()], [e2()]), invalid: [bad('项 2101501 合计', [withValue(e0(), 17, 0, 95.64)], err('支出总表!C18', '95.46'))] },
  'row/income-split': {
    valid: valid([seed000Income()], [seed001IncomeTotal()], [henanIncome()]),
    // 上年结转 2.96 typed as 2.69: the 合计 could be the wrong one too, but 2.69 -> 2.96 is one slip (two digits swapped).
    invalid: [bad('上年结转', [withValue(seed001IncomeTotal(), 0, 3, 2.69)], err('收入总表!F1', '2.96'))],
  },
  'row/basic-split': {
    valid: valid([e2()], [seed000Basic()]),
    invalid: [bad('30101 人员经费', [withValue(seed000Basic(), 2, 1, 139.5)], err('基本支出表!D3', '193.50'))],
  },
  'row/project-split': {
    valid: valid([e2()]),
    invalid: [bad('明细 项目支出', [withValue(e2(), 23, 5, 91)], err('部门支出总体情况表!H24', '19.00'))],
  },
  'row/of-which-within': {
    valid: valid([seed002Summary(), seed002Fiscal()], [withSplit('人员支出', 56.27, 50)], [withSplit('人员支出', 56.27, 56.274)]),
    invalid: [
      bad('其中 12.00 under a 小计 of 1.20', [withSplit('人员支出', 1.2, 12)], err(cellOf(withSplit('人员支出', 1.2, 12), '人员支出', 'generalBudgetGrant'), null)),
      bad('其中 under a blank 小计', [withSplit('公用支出', null, 1.2)], err(cellOf(withSplit('公用支出', null, 1.2), '公用支出', 'generalBudgetGrant'), null)),
    ],
  },
  'row/grand-total': { valid: valid([e2()]), invalid: [bad('明细 总计', [withValue(e2(), 13, 0, 2.68)], err('部门支出总体情况表!C14', '2.86'))] },
  'row/fund-split': {
    valid: valid([seed000FiscalLines()], [seed002Summary()], [seed000ThreePublic()], [seed001Procurement()]),
    invalid: [bad('类 line 一般公共预算', [withValue(seed000FiscalLines(), 1, 1, 3133.21)], err('财政拨款收支总表!E2', '3133.12'))],
  },
  'summary/income-total': {
    valid: valid([seed000Summary()], [seed002Summary()]),
    invalid: [bad('本年收入合计', [withValue(seed000Summary(), 8, 0, 3232.7)], err('收支总表!C9', '3232.07'))],
  },
  'summary/expenditure-total': {
    valid: valid([seed000Summary()], [seed002Fiscal()]),
    invalid: [bad('本年支出合计', [withValue(seed000Summary(), 9, 0, 3232.7)], err('收支总表!D10', '3232.07'))],
  },
  'summary/grand-totals': {
    valid: valid([seed000Summary()], [seed001Fiscal()]),
    invalid: [bad('收入总计', [withValue(seed001Fiscal(), 11, 0, 4741.79)], err('财政拨款收支总表!C12', '4741.97'))],
  },
  'summary/balance': {
    valid: valid([seed000Summary()], [seed002Summary()]),
    // A 类 line and both totals moved together by 0.01: without a 支出总表 nothing tells which side is wrong.
    invalid: [bad('支出总计', [withValue(withValue(withValue(seed000Summary(), 13, 0, 3232.08), 9, 0, 3232.08), 6, 0, 38.71)], err('收支总表!D14', null))],
  },
  'cross/summary-vs-expenditure': {
    valid: valid(hebeiSet()),
    invalid: [bad('类 line', swap(hebeiSet(), 0, withValue(seed000Summary(), 5, 0, 3133.21)), err('收支总表!D6', '3133.12'))],
  },
  'cross/totals-agree': {
    valid: valid(hebeiSet()),
    invalid: [
      // The 收支总表 leaves out 上年结转 2.96 that the 收入总表 has: either table may be the wrong one.
      bad('上年结转 2.96 in the 收入总表 only', [seed001IncomeTotal(), seed001Summary()], err('收支总表!C4', null)),
      // The 收入总表 合计 row typed 3232.70 in all its columns: its 财政拨款收入 is the slip, 小计 and 合计 carried it.
      bad(
        '收入总表 合计 (all columns)',
        swap(hebeiSet(), 1, [0, 1, 2].reduce((t, c) => withValue(t, 0, c, 3232.7), seed000IncomeTotal())),
        err('收入总表!C1', '3232.07'),
        err('收入总表!D1', '3232.07'),
      ),
    ],
  },
  'cross/summary-vs-fiscal': {
    valid: valid([seed000Summary(), seed000Fiscal()], [seed002Summary(), seed002Fiscal()]),
    invalid: [
      bad('收支总表 一般公共预算 line', [withValue(seed000Summary(), 0, 0, 3232.7), seed000Fiscal()], err('收支总表!C1', '3232.07')),
      bad('财政拨款 一般公共预算 line', [seed000Summary(), withValue(seed000Fiscal(), 0, 0, 3232.7)], err('财政拨款收支总表!C1', '3232.07')),
    ],
  },
  'cross/fiscal-vs-general': {
    valid: valid(hebeiSet()),
    invalid: [
      bad('类 line 合计 and 一般公共预算', swap(hebeiSet(), 3, withValue(withValue(seed000Fiscal(), 3, 0, 3133.21), 3, 1, 3133.21)), err('财政拨款收支总表!E4', '3133.12')),
    ],
  },
  'cross/general-vs-expenditure': {
    valid: valid(hebeiSet()),
    invalid: [
      bad(
        '项 合计 and 基本支出',
        swap(hebeiSet(), 4, withValue(withValue(seed000General(), 18, 0, 383.68), 18, 1, 363.68)),
        err('一般公共预算支出表!C19', '383.86'),
        err('一般公共预算支出表!D19', '363.86'),
      ),
    ],
  },
  'cross/basic-vs-general': {
    valid: valid(hebeiSet()),
    // The 基本支出表 is only its 合计 row here: 人员经费 or 公用经费 may be the one that moved with the 合计.
    invalid: [bad('基本支出表 合计 row', swap(hebeiSet(), 5, basicTotal(576.72, 537.1)), err('基本支出表!C1', null))],
  },
  'three-public/sum': {
    valid: valid([seed000ThreePublic()], [henanThreePublic()]),
    // 运行维护费 typed 2.00 in both columns: reported at those cells, never at the 合计 that is right.
    invalid: [
      bad('运行维护费', [withValue(withValue(seed000ThreePublic(), 4, 0, 2.0), 4, 1, 2.0)], err('三公经费表!C5', '3.00'), err('三公经费表!D5', '3.00')),
    ],
  },
  'three-public/vehicle-vs-basic': {
    valid: valid(hebeiSet()),
    invalid: [bad('30231 3.50', swap(hebeiSet(), 5, withValue(withValue(seed000Basic(), 19, 0, 3.5), 19, 2, 3.5)), warn('基本支出表!C20'))],
  },
  'cross/operating-vs-public': {
    valid: valid([seed002Basic(), seed002OperatingCosts(), { ...e2(), kind: 'general-budget-expenditure' }]),
    invalid: [bad('机关运行经费 1.50', [{ ...e2(), kind: 'general-budget-expenditure' }, withValue(seed002OperatingCosts(), 0, 0, 1.5)], warn('机关运行经费!C1'))],
  },
  'cross/fund-tables-presence': {
    valid: valid([seed000Summary(), emptyFundTable('gov-fund-expenditure'), emptyFundTable('state-capital-expenditure')]),
    invalid: [bad('政府性基金 10', [withValue(seed000Summary(), 1, 0, 10), emptyFundTable('gov-fund-expenditure')], err('gov-fund-expenditure!A1', null))],
  },
  'procurement/sum': {
    valid: valid([seed001Procurement()]),
    // The 小计 typed 5.02 in every money column: each cell is reported (合计 as carried from 一般公共预算).
    invalid: [
      bad(
        '小计, every column',
        [[2, 3, 4].reduce((t, c) => withValue(t, 1, c, 5.02), seed001Procurement())],
        err('政府采购!E2', '5.20'),
        err('政府采购!F2', '5.20'),
        err('政府采购!G2', '5.20'),
      ),
    ],
  },
  'procurement/price-times-quantity': {
    valid: valid([exactPrices()]),
    invalid: [
      bad(
        '复印纸 金额',
        [withValue(seed001Procurement(), 2, 2, 2)],
        err('政府采购!E3', '0.20'),
        { at: '政府采购!E9', severity: 'info', expected: '0.00' },
        { at: '政府采购!E10', severity: 'info', expected: '0.00' },
        { at: '政府采购!E11', severity: 'info', expected: '2.40' },
      ),
    ],
  },
  'fixed-assets/sum': {
    valid: valid([fixedAssets()]),
    // One column, one identity: 7.70 -> 7.00 and 71.00 -> 71.70 are both one slip; nothing tells them apart.
    invalid: [bad('车辆 价值', [withValue(fixedAssets(), 3, 1, 7.7)], err('固定资产!D1', null))],
  },
  'performance/cost-exceeds-budget': {
    valid: [
      { name: '35万元 of 35', input: cost(35, '35万元') },
      { name: 'per-person cost', input: cost(19, '280元/人/年') },
    ],
    invalid: [bad('35万元 of 19万元', cost(19, '35万元'), warn('提前下达2020年中央财政医疗服务与保障能力提升补助资金!D3'))],
  },
  'cell/not-a-number': { valid: valid([e0()]), invalid: [bad('3232.07元', [withValue(e0(), 0, 0, '3232.07元')], err('支出总表!C1', '3232.07'))] },
  'cell/decimals': { valid: valid([e0()]), invalid: [bad('3 decimals', [withValue(e0(), 0, 0, { v: 3232.071, fmt: '0.000' })], warn('支出总表!C1'))] },
  'cell/negative': { valid: valid([e0()]), invalid: [bad('negative', [withValue(e0(), 1, 2, -6)], err('支出总表!E2', null))] },
  'cell/formula-error': {
    valid: valid([e0()]),
    invalid: [bad('#DIV/0!', [withValue(e0(), 0, 0, { v: null, f: 'C2/0', error: '#DIV/0!' })], err('支出总表!C1', null))],
  },
  'cell/formula-uncomputed': {
    valid: valid([e0()], [withValue(e0(), 0, 0, { v: 3232.07, f: 'SUM(C2,C9,C22)' })]),
    invalid: [bad('no cached value, VLOOKUP', [withValue(e0(), 0, 0, { v: null, f: 'VLOOKUP(1,A:B,2,0)' })], warn('支出总表!C1'))],
  },
};

for (const [id, cases] of Object.entries(CASES)) testRule(id, cases);

it('every validation rule (not codes/*, narrative/*) has rule-tester cases here', () => {
  const mine = RULES.map((r) => r.id).filter((id) => !id.startsWith('codes/') && !id.startsWith('narrative/'));
  expect(mine.filter((id) => !(id in CASES))).toEqual([]);
});
