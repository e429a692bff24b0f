// Cross-table rules (cross/*, three-public/*) on a set of the seeds' tables.
import type { Rule } from '../../../src/engine/rules/define-rule';
import { crossBasicVsGeneral } from '../../../src/engine/rules/cross-basic-vs-general';
import { crossFiscalVsGeneral } from '../../../src/engine/rules/cross-fiscal-vs-general';
import { crossFundTablesPresence } from '../../../src/engine/rules/cross-fund-tables-presence';
import { crossGeneralVsExpenditure } from '../../../src/engine/rules/cross-general-vs-expenditure';
import { crossOperatingVsPublic } from '../../../src/engine/rules/cross-operating-vs-public';
import { crossSummaryVsExpenditure } from '../../../src/engine/rules/cross-summary-vs-expenditure';
import { crossTotalsAgree } from '../../../src/engine/rules/cross-totals-agree';
import { rowExpenditureSplit } from '../../../src/engine/rules/row-expenditure-split';
import { rowFundSplit } from '../../../src/engine/rules/row-fund-split';
import { threePublicSum } from '../../../src/engine/rules/three-public-sum';
import { threePublicVehicleVsBasic } from '../../../src/engine/rules/three-public-vehicle-vs-basic';
import { buildTable, runJointly, runRule, where, withValue, type TableSpec } from './support/build-table';
import { seed000Summary, seed002Fiscal, seed002Summary } from './support/seed-summaries';
import {
  emptyFundTable,
  henanThreePublic,
  seed000Fiscal,
  seed000IncomeTotal,
  seed000ThreePublic,
  seed002OperatingCosts,
} from './support/seed-others';
import { seed000Basic, seed000Expenditure, seed000General, seed002Basic, seed002Expenditure } from './support/seed-tables';

const RULES: Rule[] = [
  rowFundSplit,
  crossSummaryVsExpenditure,
  crossTotalsAgree,
  crossFiscalVsGeneral,
  crossGeneralVsExpenditure,
  crossBasicVsGeneral,
  crossOperatingVsPublic,
  crossFundTablesPresence,
  threePublicSum,
  threePublicVehicleVsBasic,
];

function runAll(specs: TableSpec[]): string[] {
  const tables = specs.map(buildTable);
  return runJointly(RULES, tables).map((f) => `${f.rule} ${where(f)}`);
}

/** Seed 002 一般公共预算支出情况表: the 支出总表 without its 总计 column (a lone 总计 is `total`). */
function seed002General(): TableSpec {
  const e = seed002Expenditure();
  return {
    ...e,
    kind: 'general-budget-expenditure',
    sheet: '一般公共预算支出情况表',
    columns: ['total', ...e.columns.slice(2)],
    rows: e.rows.map((r) => ({ ...r, v: r.v?.slice(1) })),
  };
}

/** Seed 000 workbook: 收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 基本支出表, 三公, empty fund tables. */
function hebei(): TableSpec[] {
  return [
    seed000Summary(),
    seed000IncomeTotal(),
    seed000Expenditure(),
    seed000Fiscal(),
    seed000General(),
    seed000Basic(),
    seed000ThreePublic(),
    emptyFundTable('gov-fund-expenditure'),
    emptyFundTable('state-capital-expenditure'),
  ];
}

function henan(): TableSpec[] {
  return [seed002Summary(), seed002Expenditure(), seed002Fiscal(), seed002General(), seed002Basic(), seed002OperatingCosts()];
}

/** Seed 000 收入总表 合计 row with every column set to `x`. */
function incomeTotal(x: number): TableSpec {
  return [0, 1, 2].reduce((spec, col) => withValue(spec, 0, col, x), seed000IncomeTotal());
}

/** A 支出总表 of its 合计 row only (合计, 基本支出, 项目支出 2655.80). */
function expenditureTotalOnly(total: number, basic: number): TableSpec {
  return { kind: 'expenditure-summary', sheet: '支出总表', columns: ['total', 'basic', 'project'], rows: [{ name: '合计', v: [total, basic, 2655.8] }] };
}

/** A 基本支出表 of its 合计 row only (合计, 人员经费, 公用经费 39.62). */
function basicTotalOnly(total: number, personnel: number): TableSpec {
  return { kind: 'general-budget-basic-expenditure', sheet: '基本支出表', columns: ['total', 'personnel', 'public'], rows: [{ name: '合计', v: [total, personnel, 39.62] }] };
}

/** Replace table `i` of a set. */
function change(set: TableSpec[], i: number, spec: TableSpec): TableSpec[] {
  return set.map((s, j) => (j === i ? spec : s));
}

describe('cross rules: valid', () => {
  it('seed 000 tables agree with each other', () => expect(runAll(hebei())).toEqual([]));
  it('seed 002 tables agree with each other (Henan)', () => expect(runAll(henan())).toEqual([]));
  it('Henan 三公 with one line per source adds up', () => expect(runAll([henanThreePublic()])).toEqual([]));
});

describe('cross rules: invalid (one number changed)', () => {
  const h = hebei();
  it.each([
    // 收支总表 卫生健康支出 line 3133.12 -> 3133.21 (row 6, column D).
    ['类 line vs 支出总表', change(h, 0, withValue(seed000Summary(), 5, 0, 3133.21)), 'cross/summary-vs-expenditure 收支总表!D6 error'],
    // 收入总表 合计 changed in all its columns (consistent in itself): the 收支总表 收入总计 disagrees with it.
    ['收入总计 vs 收入总表', change(h, 1, incomeTotal(3232.7)), 'cross/totals-agree 收支总表!C13 error'],
    // A 支出总表 of its 合计 row only, 合计 and 基本支出 both off: every other table agrees with the 收支总表, so
    // the 支出总表's two cells are the ones to change.
    ['支出总表 合计 vs 收支总表', change(h, 2, expenditureTotalOnly(3232.7, 576.9)), 'cross/totals-agree 支出总表!C1 error'],
    // The 卫生健康支出 line changed in 合计 and 一般公共预算 alike, so only the other table shows it is wrong.
    ['财政拨款 一般公共预算 column', change(h, 3, withValue(withValue(seed000Fiscal(), 3, 0, 3133.21), 3, 1, 3133.21)), 'cross/fiscal-vs-general 财政拨款收支总表!E4 error'],
    // 一般公共预算支出表 项 2101550 合计 and 基本支出 both 0.18 lower: its row holds, the 支出总表 disagrees.
    ['general vs expenditure', change(h, 4, withValue(withValue(seed000General(), 18, 0, 383.68), 18, 1, 363.68)), 'cross/general-vs-expenditure 一般公共预算支出表!C19 error'],
    ['基本支出表 合计', change(h, 5, basicTotalOnly(576.72, 537.1)), 'cross/basic-vs-general 基本支出表!C1 error'],
    // The 合计 cell breaks its row (合计 = 各资金来源) and its column (合计 = 各项): reported once, under the first.
    ['三公 合计', change(h, 6, withValue(seed000ThreePublic(), 0, 0, 3.3)), 'row/fund-split 三公经费表!C1 error'],
    // 运行维护费 typed wrong in both columns: reported at that line, never at the 合计 that is right.
    ['三公 运行维护费', change(h, 6, withValue(withValue(seed000ThreePublic(), 4, 0, 2.0), 4, 1, 2.0)), 'three-public/sum 三公经费表!D5 error'],
    ['30231 > 三公 运行维护费', change(h, 5, withValue(withValue(seed000Basic(), 19, 0, 3.5), 19, 2, 3.5)), 'three-public/vehicle-vs-basic 基本支出表!C20 warning'],
    ['fund table filled but not in summary', [...h.slice(0, 7), { ...emptyFundTable('gov-fund-expenditure'), isEmpty: false, rows: [{ name: '合计', v: [5, 5, null] }] }], 'cross/fund-tables-presence gov-fund-expenditure!C1 error'],
    ['summary shows 政府性基金 but there is no such table', change(h, 0, withValue(seed000Summary(), 1, 0, 10)).slice(0, 7), 'cross/fund-tables-presence 收支总表!C2 error'],
    ['summary shows 政府性基金 but its table is empty', change(h, 0, withValue(seed000Summary(), 1, 0, 10)), 'cross/fund-tables-presence gov-fund-expenditure!A1 error'],
  ])('%s', (_name, specs, expected) => {
    expect(runAll(specs)).toContain(expected);
  });

  it('a typo the 支出总表 itself rejects: one finding, at the 支出总表 cell, with the value to type', () => {
    const tables = change(h, 2, withValue(seed000Expenditure(), 18, 1, 363.68)).map(buildTable);
    const found = runJointly([...RULES, rowExpenditureSplit], tables).filter((f) => f.severity === 'error');
    expect(found.map((f) => [where(f), f.expected])).toEqual([['支出总表!D19 error', '363.86']]);
  });

  it('Henan: 机关运行经费 larger than 公用经费 is a warning', () => {
    const set = change(henan(), 5, withValue(withValue(seed002OperatingCosts(), 0, 0, 1.5), 1, 0, 1.5));
    expect(runAll(set)).toEqual(['cross/operating-vs-public 机关运行经费!C1 warning']);
  });

  it('Henan: a 部门支出 line typo in the 收支总表 is caught against the 支出总表', () => {
    const line = [0, 3, 4].reduce((spec, col) => withValue(spec, 7, col, 53), seed002Summary());
    const set = change(henan(), 0, line);
    expect(runAll(set)).toContain('cross/summary-vs-expenditure 部门收支总体情况表!D8 error');
  });

  it('Henan: 基本支出表 公务用车运行维护费 (by name, no code) above the 三公 figure is a warning', () => {
    const basic = seed002Basic();
    const rows = [...basic.rows.slice(0, 9), { name: '公务用车运行维护费', level: 'econ-section' as const, v: [1.5] }];
    const set = [{ ...basic, rows }, henanThreePublic()];
    expect(runRule(threePublicVehicleVsBasic, set.map(buildTable)).map(where)).toEqual(['基本支出情况表!C10 warning']);
    const equal = [{ ...basic, rows: [...rows.slice(0, 9), { ...rows[9], v: [1.0] }] }, henanThreePublic()];
    expect(runRule(threePublicVehicleVsBasic, equal.map(buildTable))).toEqual([]);
  });

  it('a 三公 line its own funding columns reject is reported at that line, not again at 用车', () => {
    const found = runAll([withValue(seed000ThreePublic(), 4, 0, 2.0)]);
    expect(found).toEqual(['row/fund-split 三公经费表!C5 error']);
  });

  it('Henan 三公: a source line that does not add up to its 合计', () => {
    const spec = withValue(henanThreePublic(), 8, 0, 0.5);
    // The 一般公共预算 line (0.50) is the typed figure; the blank 政府性基金 line is not asked to hold 0.50.
    expect(runAll([spec])).toEqual(['three-public/sum 三公!C9 error']);
  });

  it('the message names the other table and both figures', () => {
    const set = change(h, 0, withValue(seed000Summary(), 5, 0, 3133.21));
    const [f] = runJointly(RULES, set.map(buildTable)).filter((x) => x.rule === 'cross/summary-vs-expenditure');
    expect(f.message).toBe('十、卫生健康支出：金额 3133.21，「expenditure-summary」中为 3133.12，相差 0.09；疑似两位数字颠倒（3133.21 应为 3133.12）');
    expect(f.related?.[0]).toEqual({ sheet: '支出总表', cell: 'C9' });
  });
});
