// Recognition of the field layouts of issue 17 (tests/fixtures/field): kinds, columns, levels, roles and units.
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { addressToA1 } from '../../../src/engine/grid/address';
import type { BudgetTable, TableRow } from '../../../src/engine/tables/types';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { wanliWorkbook } from '../../fixtures/field/shanghai-wanli-2025';
import { shanghaiVariantsCase } from '../../fixtures/field/shanghai-cases';
import { comparisonCase000, comparisonCaseWanli } from '../../fixtures/field/comparison';
import { footnoteCase } from '../../fixtures/field/footnotes';
import { indentedCase, plainNamesCase } from '../../fixtures/field/names-only';
import { mixedUnitsCase000 } from '../../fixtures/field/mixed-units';
import { perUnitCase } from '../../fixtures/field/per-unit';
import { subtotalCase } from '../../fixtures/field/subtotals';

function tables(spec: WorkbookSpec): BudgetTable[] {
  return recognizeWorkbook(specToGrid(spec)).tables;
}
function on(ts: BudgetTable[], sheet: string): BudgetTable {
  const t = ts.find((x) => x.sheet === sheet);
  if (!t) throw new Error(`no table on ${sheet}`);
  return t;
}
const amt = (r: TableRow | undefined, key: string) => r?.amounts[key]?.value?.toFixed(2) ?? null;
const derived = (r: TableRow | undefined, key: string) => r?.derived?.[key]?.value?.toFixed(2) ?? null;

describe('Shanghai 区级部门预算 template (万里街道 2025)', () => {
  const ts = tables(wanliWorkbook());

  it('recognizes the nine tables with their units: 元, and 万元 for the “三公” table', () => {
    expect(ts.map((t) => `${t.kind} ${t.unit}`)).toEqual([
      'income-expenditure-summary 元', 'income-summary 元', 'expenditure-summary 元', 'fiscal-grant-summary 元',
      'general-budget-expenditure 元', 'gov-fund-expenditure 元', 'state-capital-expenditure 元',
      'general-budget-basic-expenditure 元', 'three-public-expenses 万元',
    ]);
  });

  it('reads codes split into 类/款/项 with the 类 on every line, and the 合计 merged across the code columns', () => {
    const t = on(ts, '收入预算总表');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'fiscalGrant', 'business', 'operatingIncome', 'otherIncome']);
    const item = t.rows.find((r) => r.code === '2010507');
    expect(item).toMatchObject({ level: 'item', name: '专项普查活动' });
    expect(t.rows.filter((r) => r.level === 'class').map((r) => r.code)).toEqual(['201', '204', '205', '206', '207', '208', '210', '212', '221']);
    const total = t.rows[t.rows.length - 1];
    expect(total).toMatchObject({ level: 'total', code: null, name: '合计' });
    expect(amt(total, 'total')).toBe('189767551.46');
  });

  it('the empty fund tables hold a 「无」 / 「… …」 filler and a 合计, never codes, and their note', () => {
    for (const sheet of ['政府性基金', '国有资本经营']) {
      const t = on(ts, sheet);
      expect(t.rows.map((r) => `${r.level}:${r.role ?? ''}:${r.code}`)).toEqual(['line:filler:null', 'total::null']);
      expect(t.isEmpty).toBe(true);
      expect(t.notes).toHaveLength(1);
    }
  });

  it('the economic table: 类 and 款 columns give econ-class / econ-section codes', () => {
    const t = on(ts, '基本支出');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'personnel', 'public']);
    expect(t.rows.find((r) => r.code === '302')?.level).toBe('econ-class');
    expect(t.rows.find((r) => r.code === '30231')).toMatchObject({ level: 'econ-section', name: '公务用车运行维护费' });
    expect(t.rows.filter((r) => r.level === 'class' || r.level === 'section' || r.level === 'item')).toEqual([]);
  });

  it('款 printed without its leading zero (「7」) reads as 07; the 「… …」 line is a filler', () => {
    const t = on(tables(shanghaiVariantsCase().spec), '基本支出');
    expect(t.rows.find((r) => r.name === '绩效工资')?.code).toBe('30107');
    expect(t.rows.slice(-2).map((r) => `${r.level} ${r.role} ${r.code}`)).toEqual(['line filler null', 'total undefined null']);
  });

  it('the horizontal “三公”经费和机关运行经费 table gives one line per item column', () => {
    for (const [spec, reception] of [[wanliWorkbook(), 'C6'], [shanghaiVariantsCase().spec, 'C5']] as const) {
      const t = on(tables(spec), '三公经费');
      expect(t.rows.map((r) => `${r.role} ${amt(r, 'total')}`)).toEqual([
        'total 37.91', 'abroad 0.00', 'reception 1.35', 'vehicle 36.56', 'vehicle-purchase 15.00', 'vehicle-operation 21.56',
        'agency-operating 464.64',
      ]);
      expect(addressToA1(t.rows[2].amounts.total.address)).toBe(reception);
    }
  });

  it('the 财务收支预算总表: 1.–3. lines under 一、财政拨款收入 are its breakdown, not more sources', () => {
    const t = on(ts, '财务收支预算总表');
    expect(t.rows.filter((r) => r.side === 'income').map((r) => r.role)).toEqual([
      'income-source', 'income-subsource', 'income-subsource', 'income-subsource', 'income-source', 'income-source',
      'income-source', 'income-grand-total',
    ]);
  });

  it('the 预算单位 form splits 基本支出 into 人员经费 / 公用经费 under a three-row header', () => {
    const t = on(tables(shanghaiVariantsCase().spec), '单位财务收支预算总表');
    expect(t.columns.filter((c) => c.side === 'expenditure').map((c) => c.key)).toEqual(['total', 'personnel', 'public', 'project']);
  });
});

describe('comparison columns', () => {
  it('「2020年预算数」 in a 2021 book is the prior year; 2021年预算数 is the table’s figure; 增减 are derived', () => {
    const t = on(tables(comparisonCase000().spec), '三公经费');
    expect(t.columns.map((c) => c.key)).toEqual(['prior', 'total']);
    expect(t.derivedColumns?.map((c) => c.key)).toEqual(['change', 'changeRate']);
    expect(amt(t.rows[0], 'prior')).toBe('3.00');
    expect(derived(t.rows[0], 'changeRate')).toBe('0.00');
  });

  it.each(['number', 'parentheses', 'minus-sign'] as const)('negatives typed as %s read as negative changes', (style) => {
    const t = on(tables(comparisonCaseWanli(style).spec), '三公经费对比');
    expect(t.rows.map((r) => `${r.role} ${amt(r, 'prior')} ${amt(r, 'total')} ${derived(r, 'change')} ${derived(r, 'changeRate')}`)).toEqual([
      'total 47.91 37.91 -10.00 -20.87', 'abroad 0.00 0.00 0.00 null', 'reception 1.35 1.35 0.00 0.00',
      'vehicle 46.56 36.56 -10.00 -21.48', 'vehicle-purchase 25.00 15.00 -10.00 -40.00', 'vehicle-operation 21.56 21.56 0.00 0.00',
    ]);
  });
});

describe('names-only tables', () => {
  it.each([
    ['indented (spaces, full-width spaces, indent format)', () => indentedCase().spec, ['表3', '一般公共预算支出表', '收入总表']],
    ['plain names', () => plainNamesCase().spec, ['表3', '一般公共预算支出表']],
  ])('%s: 类/款/项 levels as seed 000’s codes have them', (_n, spec, sheets) => {
    const ts = tables(spec());
    for (const sheet of sheets) {
      const t = on(ts, sheet);
      expect(t.rows.map((r) => r.level)).toEqual([
        'total', 'class', 'section', 'item', 'item', 'item', 'section', 'item', 'class', 'section', 'item', 'item', 'section',
        'item', 'section', 'item', 'section', 'item', 'item', 'section', 'item', 'class', 'section', 'item',
      ]);
      expect(t.rows.filter((r) => r.level === 'class').map((r) => r.code)).toEqual(['208', '210', '221']);
      expect(t.rows.filter((r) => r.level !== 'class').every((r) => r.code === null)).toBe(true);
    }
  });
});

describe('小计 lines and notes', () => {
  it.each(['top', 'bottom'] as const)('小计 %s: level subtotal with its block', (where) => {
    const t = on(tables(subtotalCase(where).spec), '基本支出表');
    expect(t.rows.filter((r) => r.level === 'subtotal').map((r) => `${r.name} ${r.extra?.block}`)).toEqual([
      '人员经费小计 人员经费', '公用经费小计 公用经费',
    ]);
  });

  it('notes in the body are notes: empty fund tables have no lines, the lines after a note are read', () => {
    const ts = tables(footnoteCase().spec);
    expect(on(ts, '政府性基金支出表').rows).toEqual([]);
    expect(on(ts, '国有资本经营支出表').rows.map((r) => r.level)).toEqual(['total']);
    const general = on(ts, '一般公共预算支出表');
    expect(general.rows).toHaveLength(24);
    expect(general.notes).toEqual(['注：本表含上级提前下达的医疗救助资金1971万元。']);
    expect(on(ts, '三公经费').rows).toHaveLength(6);
  });
});

describe('per-unit tables and units', () => {
  it('recognizes the three per-unit tables by title and unit columns', () => {
    const ts = tables(perUnitCase().spec).filter((t) => t.perUnit);
    expect(ts.map((t) => `${t.kind} ${t.sheet}`)).toEqual([
      'expenditure-summary 支出总表分单位', 'expenditure-summary 分单位支出', 'income-summary 收入分单位',
    ]);
    expect(ts[2].rows.map((r) => `${r.level} ${r.unit?.code ?? ''} ${amt(r, 'fiscalGrant')}`)).toEqual([
      'total  3232.07', 'unit 473001 2311.26', 'unit 473002 920.81',
    ]);
  });

  it('mixed units: the summaries in 元, the others in 万元', () => {
    const ts = tables(mixedUnitsCase000().spec);
    expect(ts.map((t) => `${t.kind} ${t.unit}`).slice(0, 6)).toEqual([
      'income-expenditure-summary 元', 'income-summary 元', 'expenditure-summary 元', 'fiscal-grant-summary 元',
      'general-budget-expenditure 万元', 'general-budget-basic-expenditure 万元',
    ]);
  });
});
