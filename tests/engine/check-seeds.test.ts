// The whole path Grid -> recognizeWorkbook -> rules on the seed fixture workbooks: the published documents give no
// errors in any arrangement, and one number changed is caught at the cell a clerk must look at.
import { check } from '../../src/engine/check';
import type { Finding, Report } from '../../src/engine/report';
import { specToGrid, type SpecCell, type WorkbookSpec } from '../fixtures/workbook-spec';
import {
  findCell,
  inYuan,
  mutateCell,
  onePerSheet,
  splitPages,
  stacked,
  withSpacers,
  type Arrangement,
} from '../fixtures/seeds/arrangements';
import type { TableBlock } from '../fixtures/seeds/block';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { SEED001_PAGE_SPLITS, seed001Blocks } from '../fixtures/seeds/seed001';
import { seed002Blocks } from '../fixtures/seeds/seed002';

function run(spec: WorkbookSpec): Report {
  return check(specToGrid(spec), 'fixture.xlsx');
}

function errors(r: Report): string[] {
  return r.findings.filter((f) => f.severity === 'error').map(show);
}

function show(f: Finding): string {
  return `${f.rule} ${f.sheet}!${f.cell}`;
}

const SEEDS: [string, () => TableBlock[]][] = [
  ['000', seed000Blocks],
  ['001', seed001Blocks],
  ['002', seed002Blocks],
];
const ARRANGEMENTS: [string, (b: TableBlock[]) => Arrangement][] = [
  ['onePerSheet', (b) => onePerSheet(b)],
  ['stacked', (b) => stacked(b)],
  ['withSpacers', (b) => withSpacers(b)],
  ['inYuan', (b) => inYuan(b)],
  ['splitPages', (b) => splitPages(b, SEED001_PAGE_SPLITS)],
];

describe('published seed documents produce no errors', () => {
  for (const [seed, blocks] of SEEDS) {
    it.each(ARRANGEMENTS)(`seed ${seed}, %s`, (_name, arrange) => {
      const report = run(arrange(blocks()).spec);
      expect(report.tables.length).toBeGreaterThan(8);
      expect(errors(report)).toEqual([]);
    });
  }

  it('seed 002: the 35万元 cost indicator of a 19万元 project is the one warning of the rules', () => {
    const report = run(onePerSheet(seed002Blocks()).spec);
    const mine = report.findings.filter((f) => !f.rule.startsWith('codes/') && !f.rule.startsWith('narrative/'));
    expect(mine.map((f) => `${f.rule} ${f.severity}`)).toEqual(['performance/cost-exceeds-budget warning']);
  });
});

/** The number a fixture cell holds, if any. */
function num(c: SpecCell): number | undefined {
  if (typeof c === 'number') return c;
  if (c && typeof c === 'object' && typeof c.v === 'number') return c.v;
  return undefined;
}

/** A1 of the first cell on the sheet holding `value` (row by row, left to right). */
function cellWith(spec: WorkbookSpec, sheet: string, value: number | string, after?: string): string {
  let passed = after === undefined;
  const a1 = findCell(spec, sheet, (c, at) => {
    if (at === after) passed = true;
    return passed && at !== after && (num(c) === value || c === value);
  });
  if (!a1) throw new Error(`no ${value} on ${sheet}`);
  return a1;
}

/** The cell right of a label (the amount of a summary line). */
function rightOf(spec: WorkbookSpec, sheet: string, label: string): string {
  const a1 = cellWith(spec, sheet, label);
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  return `${String.fromCharCode(m[1].charCodeAt(0) + 1)}${m[2]}`;
}

describe('one number changed is caught at the right cell', () => {
  const s000 = onePerSheet(seed000Blocks()).spec;
  const s001 = onePerSheet(seed001Blocks()).spec;
  const s002 = onePerSheet(seed002Blocks()).spec;

  it('seed 000 leaf typo (行政运行 95.46 -> 95.64) is reported at the leaf, not at the 款 21015 above it', () => {
    const leaf = cellWith(s000, '表3', 95.46);
    const found = errors(run(mutateCell(s000, '表3', leaf, 95.64)));
    expect(found).toContain(`row/expenditure-split 表3!${leaf}`);
    expect(found.every((f) => f.endsWith(` 表3!${leaf}`))).toBe(true);
  });

  it('seed 000 total typo (款 21015 479.32 -> 479.23) is reported once, at that 款', () => {
    const cell = cellWith(s000, '一般公共预算支出表', 479.32);
    const found = errors(run(mutateCell(s000, '一般公共预算支出表', cell, 479.23)));
    expect(found.filter((f) => f.startsWith('rollup/'))).toEqual([`rollup/section-sum 一般公共预算支出表!${cell}`]);
  });

  it('seed 001 carry-over typo (上年结转结余 2.96 -> 2.69) in the 收支总表: at that line, 应为 2.96', () => {
    const cell = rightOf(s001, 'Sheet1', '上年结转结余');
    const found = run(mutateCell(s001, 'Sheet1', cell, 2.69)).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.sheet, f.cell, f.expected])).toEqual([['Sheet1', cell, '2.96']]);
  });

  it('seed 000 cross-table figure (财政拨款收支总表 卫生健康支出 一般公共预算 3133.12 -> 3133.21)', () => {
    const total = cellWith(s000, '收支', 3133.12);
    const general = cellWith(s000, '收支', 3133.12, total);
    const found = errors(run(mutateCell(s000, '收支', general, 3133.21)));
    // Its own line (合计 3133.12), 本年支出合计 and the 一般公共预算支出表 all reject it: one finding, at the cell
    // that was changed (under the narrowest identity it breaks, the other table's figure).
    expect(found).toEqual([`cross/fiscal-vs-general 收支!${general}`]);
  });

  it('seed 000 cross-table figure changed in a whole line (财政拨款 卫生健康支出 合计 and 一般公共预算 3133.21)', () => {
    const total = cellWith(s000, '收支', 3133.12);
    const general = cellWith(s000, '收支', 3133.12, total);
    const both = mutateCell(mutateCell(s000, '收支', total, 3133.21), '收支', general, 3133.21);
    expect(errors(run(both))).toContain(`cross/fiscal-vs-general 收支!${general}`);
  });

  it('seed 000 收支总表 类 line (住房保障支出 38.70 -> 37.80)', () => {
    const cell = cellWith(s000, 'Sheet1', 38.7);
    const found = errors(run(mutateCell(s000, 'Sheet1', cell, 37.8)));
    // The 支出总表 says 38.70 and so does 本年支出合计: the line is the wrong cell, reported once.
    expect(found).toEqual([`cross/summary-vs-expenditure Sheet1!${cell}`]);
  });

  it('seed 000 基本支出表 款 typo (办公费 合计 11.86 -> 11.68) at that cell', () => {
    const cell = cellWith(s000, '基本支出表', 11.86);
    const found = errors(run(mutateCell(s000, '基本支出表', cell, 11.68)));
    expect(found).toEqual([`row/basic-split 基本支出表!${cell}`]);
  });

  it('seed 000 基本支出表 经济分类 类 typo (302 商品和服务支出 37.12 -> 37.21) at the 类', () => {
    const cell = cellWith(s000, '基本支出表', 37.12);
    const found = errors(run(mutateCell(s000, '基本支出表', cell, 37.21)));
    expect(found).toContain(`rollup/econ-sum 基本支出表!${cell}`);
    expect(found.every((f) => f.endsWith(`!${cell}`))).toBe(true);
  });

  it('seed 002 Henan detail typo (福利费 总计 0.93 -> 0.39) at that cell, not at its 项', () => {
    const sheet = '表3';
    const detail = cellWith(s002, sheet, 0.93);
    const found = errors(run(mutateCell(s002, sheet, detail, 0.39)));
    expect(found).toEqual([`row/grand-total ${sheet}!${detail}`]);
  });

  it('seed 002 Henan 项 typo (行政运行 总计 44.59 -> 44.95) at the 项, whose details disagree', () => {
    const sheet = '表3';
    const item = cellWith(s002, sheet, 44.59, cellWith(s002, sheet, '行政运行'));
    const found = errors(run(mutateCell(s002, sheet, item, 44.95)));
    expect(found).toContain(`rollup/item-sum ${sheet}!${item}`);
  });

  it.each([
    // [seed, sheet, cell holding, new value, rule] — found at the changed cell, 应为 the old value
    ['000', '三公经费', 3, 3.3, 'row/fund-split'],
    // 64 -> 46 and 71 -> 46+7 … only the 64 -> 46 correction is one slip (two digits swapped)
    ['000', '固定资产', 64, 46, 'fixed-assets/sum'],
    ['001', '政府采购', 41.98, 41.89, 'procurement/sum'],
  ] as const)('seed %s %s: %d -> %d is found at that cell by %s', (seed, sheet, from, to, rule) => {
    const spec = { '000': s000, '001': s001, '002': s002 }[seed];
    const cell = cellWith(spec, sheet, from);
    const found = run(mutateCell(spec, sheet, cell, to)).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.expected])).toEqual([[rule, `${sheet}!${cell}`, from.toFixed(2)]]);
  });

  it('seed 002 机关运行经费 0.60 -> 0.90: nothing tells which of two 款 is wrong, so no 应为 is given', () => {
    const cell = cellWith(s002, '机关运行经费', 0.6);
    const found = run(mutateCell(s002, '机关运行经费', cell, 0.9)).findings.filter((f) => f.severity === 'error');
    const total = cellWith(s002, '机关运行经费', 1.2, cellWith(s002, '机关运行经费', '商品和服务支出'));
    expect(found.map((f) => [f.rule, f.cell, f.expected])).toEqual([['rollup/econ-sum', total, null]]);
    expect(found[0].message).toContain(`「${cell} 应为 0.60」`);
  });

  it('seed 002: a 35万元 project cut to 30 makes its 35万元 cost indicator a warning', () => {
    const sheet = '绩效目标申报表1';
    const budget = cellWith(s002, sheet, 35, cellWith(s002, sheet, 35)); // 年度资金总额, right of 实施期资金总额
    const report = run(mutateCell(s002, sheet, budget, 30));
    const warnings = report.findings.filter((f) => f.rule === 'performance/cost-exceeds-budget').map((f) => f.sheet);
    expect(warnings).toEqual([sheet, '绩效目标申报表2']);
  });

  it('seed 000 cell sanity: "3232.07元" and #REF! in amount cells', () => {
    const cell = cellWith(s000, '收入总表', 3232.07);
    expect(errors(run(mutateCell(s000, '收入总表', cell, '3232.07元')))).toContain(`cell/not-a-number 收入总表!${cell}`);
    const broken = mutateCell(s000, '收入总表', cell, { v: null, f: 'SUM(#REF!)', error: '#REF!' });
    expect(errors(run(broken))).toContain(`cell/formula-error 收入总表!${cell}`);
  });
});
