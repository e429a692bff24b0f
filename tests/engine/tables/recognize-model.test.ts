import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { addressToA1 } from '../../../src/engine/grid/address';
import type { BudgetTable, TableKind, TableRow } from '../../../src/engine/tables/types';
import { specToGrid } from '../../fixtures/workbook-spec';
import { inYuan, onePerSheet, splitPages } from '../../fixtures/seeds/arrangements';
import { seed000Blocks } from '../../fixtures/seeds/seed000';
import { SEED001_PAGE_SPLITS, seed001Blocks } from '../../fixtures/seeds/seed001';
import { seed002Blocks } from '../../fixtures/seeds/seed002';

function tablesOf(spec: Parameters<typeof specToGrid>[0]) {
  return recognizeWorkbook(specToGrid(spec));
}
function one(tables: BudgetTable[], kind: TableKind): BudgetTable {
  const t = tables.filter((x) => x.kind === kind);
  expect(t).toHaveLength(1);
  return t[0];
}
const amt = (r: TableRow | undefined, key: string) => r?.amounts[key]?.value?.toFixed(2) ?? null;
const byCode = (t: BudgetTable, code: string) => t.rows.filter((r) => r.code === code);

describe('seed 000 (Hebei, 部门)', () => {
  const rec = tablesOf(onePerSheet(seed000Blocks()).spec);

  it('reads entity, year and unit', () => {
    expect(rec.entity).toEqual({ code: '473', name: '灵寿县医疗保障局' });
    expect(rec.year).toBe(2021);
    expect(rec.unit).toBe('万元');
  });

  it('maps the 收入总表 header to column keys', () => {
    const t = one(rec.tables, 'income-summary');
    expect(t.columns.map((c) => c.key)).toEqual([
      'total', 'currentIncome', 'fiscalGrant', 'fiscalAccount', 'business', 'operatingIncome', 'upperSubsidy',
      'subsidiaryRemit', 'otherIncome', 'carryover',
    ]);
    expect(t.rows[0]).toMatchObject({ level: 'total', code: null });
    expect(amt(t.rows[0], 'total')).toBe('3232.07');
  });

  it('gives codes, levels and cells in the 支出总表', () => {
    const t = one(rec.tables, 'expenditure-summary');
    const [item] = byCode(t, '2101550');
    expect(item).toMatchObject({ level: 'item', name: '事业运行' });
    expect(addressToA1(item.codeAddress!)).toBe('B24');
    expect(amt(item, 'basic')).toBe('363.86');
    expect(byCode(t, '21015')[0].level).toBe('section');
    expect(byCode(t, '210')[0].level).toBe('class');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'operating', 'remitUpper', 'subsidiary']);
  });

  it('splits the two-sided 收支总表 into income and expenditure lines with roles', () => {
    const t = one(rec.tables, 'income-expenditure-summary');
    const roles = (side: string, role: string) => t.rows.filter((r) => r.side === side && r.role === role);
    expect(roles('income', 'income-source')).toHaveLength(9);
    expect(roles('expenditure', 'class-line')).toHaveLength(30);
    expect(amt(roles('expenditure', 'class-line').find((r) => r.code === '210'), 'amount')).toBe('3133.12');
    expect(amt(roles('income', 'income-grand-total')[0], 'amount')).toBe('3232.07');
    expect(roles('expenditure', 'carryover-out')).toHaveLength(1);
  });

  it('reads the 财政拨款收支总表 funding columns and its carry-over block', () => {
    const t = one(rec.tables, 'fiscal-grant-summary');
    expect(t.columns.map((c) => `${c.side}:${c.key}`)).toEqual([
      'income:amount', 'expenditure:total', 'expenditure:generalBudget', 'expenditure:govFund', 'expenditure:stateCapital',
    ]);
    const inc = t.rows.filter((r) => r.side === 'income');
    expect(inc.map((r) => r.role)).toEqual([
      'income-source', 'income-source', 'income-source', 'income-total', 'carryover-in', 'carryover-in-part',
      'carryover-in-part', 'carryover-in-part', 'income-grand-total',
    ]);
  });

  it('reads the economic 基本支出表 and the 三公 and 固定资产 tables by wording', () => {
    const basic = one(rec.tables, 'general-budget-basic-expenditure');
    expect(byCode(basic, '302')[0].level).toBe('econ-class');
    expect(amt(byCode(basic, '30231')[0], 'public')).toBe('3.00');
    const tp = one(rec.tables, 'three-public-expenses');
    expect(tp.columns.map((c) => c.key)).toEqual(['total', 'generalBudget', 'govFund', 'stateCapital']);
    expect(tp.rows.map((r) => r.role)).toEqual(['total', 'abroad', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception']);
    const fa = one(rec.tables, 'fixed-assets');
    expect(fa.rows.map((r) => r.role)).toEqual(['total', 'category', 'sub', 'category', 'category', 'category']);
    expect(amt(fa.rows[0], 'value')).toBe('71.00');
  });

  it('marks empty tables and keeps their 空表列示 note', () => {
    for (const kind of ['gov-fund-expenditure', 'state-capital-expenditure', 'procurement'] as const) {
      const t = one(rec.tables, kind);
      expect(t.isEmpty).toBe(true);
      expect(t.notes.join()).toContain('空表列示');
    }
  });

  it('reads amounts in 元 with unit 元', () => {
    const yuan = tablesOf(inYuan(seed000Blocks()).spec);
    expect(yuan.unit).toBe('元');
    expect(amt(one(yuan.tables, 'expenditure-summary').rows[0], 'total')).toBe('32320700.00');
  });
});

describe('seed 001 (Hebei, 单位, split pages)', () => {
  const rec = tablesOf(splitPages(seed001Blocks(), SEED001_PAGE_SPLITS).spec);

  it('keeps rows after a repeated page header and lists the repeated rows', () => {
    const t = one(rec.tables, 'income-expenditure-summary');
    expect(t.rows.filter((r) => r.role === 'class-line')).toHaveLength(31);
    expect(t.rows.find((r) => r.name.includes('人行科目'))).toMatchObject({ role: 'class-line', code: null });
    expect((t.repeatedHeaderRows ?? []).length).toBeGreaterThanOrEqual(3);
    expect(amt(t.rows.find((r) => r.role === 'carryover-in'), 'amount')).toBe('2.96');
    const f = one(rec.tables, 'fiscal-grant-summary');
    expect(amt(f.rows.find((r) => r.role === 'carryover-in-part'), 'amount')).toBe('2.96');
  });

  it('reads wrapped names without line breaks', () => {
    const t = one(rec.tables, 'income-summary');
    expect(byCode(t, '21012')[0].name).toBe('财政对基本医疗保险基金的补助');
  });

  it('reads 政府采购 items and the 三公 小计 line', () => {
    const p = one(rec.tables, 'procurement');
    expect(p.rows[0].role).toBe('total');
    expect(amt(p.rows[0], 'total')).toBe('42.98');
    expect(p.rows.filter((r) => r.role === 'subtotal')).toHaveLength(1);
    expect(p.rows.filter((r) => r.role === 'item').length).toBeGreaterThanOrEqual(20);
    expect(one(rec.tables, 'three-public-expenses').rows.map((r) => r.role)).toContain('subtotal');
  });

  it('reads each 绩效目标表 with its budget and indicators', () => {
    const perf = rec.tables.filter((t) => t.kind === 'performance-targets');
    expect(perf).toHaveLength(8);
    const budgets = perf.map((t) => amt(t.rows.find((r) => r.role === 'budget'), 'budget'));
    expect(budgets).toEqual(['14.00', '25.00', '255.00', '4124.00', '2.96', '25.00', '4.00', '71.00']);
    const cost = perf[0].rows.find((r) => r.extra?.level2 === '成本指标');
    expect(cost?.extra?.value).toBe('≤1.2万元');
  });
});

describe('seed 002 (Henan)', () => {
  const rec = tablesOf(onePerSheet(seed002Blocks()).spec);

  it('assembles 类/款/项 split codes with blanks meaning the row above, and detail rows', () => {
    const t = one(rec.tables, 'expenditure-summary');
    expect(t.layout).toBe('henan');
    expect(byCode(t, '20805')[0].level).toBe('section');
    const rows2101501 = byCode(t, '2101501');
    expect(rows2101501[0].level).toBe('item');
    expect(rows2101501.slice(1).every((r) => r.level === 'detail')).toBe(true);
    expect(rows2101501).toHaveLength(10);
    expect(t.columns.map((c) => c.key)).toEqual([
      'grandTotal', 'total', 'basic', 'personnel', 'public', 'project', 'deptProject', 'specialProject',
    ]);
    expect(amt(byCode(t, '2101504')[0], 'specialProject')).toBe('29.00');
  });

  it('treats a lone 总计 column as the total (一般公共预算支出情况表)', () => {
    const t = one(rec.tables, 'general-budget-expenditure');
    expect(t.columns[0].key).toBe('total');
    expect(amt(t.rows[0], 'total')).toBe('141.47');
  });

  it('reads code-less economic rows by name', () => {
    const t = one(rec.tables, 'general-budget-basic-expenditure');
    expect(t.rows[0]).toMatchObject({ level: 'total' });
    const wages = t.rows.find((r) => r.name === '工资福利支出');
    expect(wages).toMatchObject({ level: 'econ-class', code: null });
    expect(amt(wages, 'total')).toBe('54.60');
    expect(t.rows.find((r) => r.name === '基本工资')?.extra?.govEconName).toBe('工资奖金津补贴');
  });

  it('reads the Henan two-sided summary with basic/project lines', () => {
    const t = one(rec.tables, 'income-expenditure-summary');
    const ex = t.rows.filter((r) => r.side === 'expenditure');
    expect(ex.map((r) => r.role).slice(0, 6)).toEqual(['basic', 'personnel', 'public', 'project', 'dept-project', 'special-project']);
    expect(amt(ex.find((r) => r.role === 'personnel'), 'total')).toBe('56.27');
    expect(t.columns.filter((c) => c.side === 'expenditure').map((c) => c.key)).toContain('generalBudgetGrant');
  });

  it('reads the Henan 三公 table row by row with its funding source', () => {
    const t = one(rec.tables, 'three-public-expenses');
    expect(t.isEmpty).toBe(true);
    expect(t.rows[0].role).toBe('total');
    const reception = t.rows.filter((r) => r.role === 'reception');
    expect(reception.map((r) => r.extra?.source)).toEqual(['合计', '一般公共预算', '政府性基金', '纳入专户管理的收费']);
  });

  it('finds the performance forms with their 年度资金总额 and 成本指标', () => {
    const perf = rec.tables.filter((t) => t.kind === 'performance-targets');
    expect(perf).toHaveLength(4);
    const early = perf.find((t) => t.rows.some((r) => r.extra?.projectName?.includes('提前下达')));
    expect(amt(early?.rows.find((r) => r.role === 'budget'), 'budget')).toBe('19.00');
    expect(early?.rows.find((r) => r.extra?.level2 === '成本指标')?.extra?.value).toBe('35万元');
    expect(one(rec.tables, 'agency-operating-costs').rows[0]).toMatchObject({ level: 'total' });
  });
});

describe('sheets that are not budget tables', () => {
  it('skips prose, lists and a narrative without complaint', () => {
    const rec = tablesOf({
      sheets: [
        { name: '备注', rows: [['说明'], ['收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制。']] },
        { name: '通讯录', rows: [['姓名', '电话'], ['张三', 13800000000]] },
        { name: '说明', rows: [['灵寿县医疗保障局2021年部门预算信息公开情况说明'], ['一、部门职责及机构设置情况']] },
      ],
    });
    expect(rec.tables).toEqual([]);
  });
});

describe('title rows with company', () => {
  it('finds a title beside a table number and the unit on the same row', () => {
    const rec = tablesOf({
      sheets: [{
        name: 'x',
        rows: [
          ['附表3', '部门预算支出总表', null, '单位：万元'],
          ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
          [null, '合计', 10, 4, 6],
          ['208', '社会保障和就业支出', 10, 4, 6],
        ],
      }],
    });
    expect(rec.tables.map((t) => [t.kind, t.unit, t.rows.length])).toEqual([['expenditure-summary', '万元', 2]]);
  });
  it('does not take a data row that mentions a table for a title', () => {
    const rec = tablesOf({ sheets: [{ name: 'x', rows: [['说明', '支出总表', '见附件', '备注']] }] });
    expect(rec.tables).toEqual([]);
  });
});

describe('seed 002 two-sided 国有资本经营预算收支情况表 and form units', () => {
  const rec = tablesOf(onePerSheet(seed002Blocks()).spec);
  it('reads it as two sides with roles', () => {
    const t = one(rec.tables, 'state-capital-expenditure');
    expect(t.rows.some((r) => r.side === 'income' && r.role === 'income-total')).toBe(true);
    expect(t.rows.some((r) => r.side === 'expenditure' && r.role === 'expenditure-grand-total')).toBe(true);
    expect(t.columns.map((c) => `${c.side}:${c.key}`)).toEqual(['income:amount', 'expenditure:amount']);
    expect(t.isEmpty).toBe(true);
  });
  it('takes the unit of a 绩效目标申报表 from 「项目资金 (万元)」', () => {
    for (const t of rec.tables.filter((x) => x.kind === 'performance-targets')) expect(t.unit).toBe('万元');
  });
});

describe('kinds the seeds list but do not print', () => {
  it('recognizes a 支出经济分类总体情况表 and a 项目支出表 by title and header', () => {
    const rec = tablesOf({
      sheets: [
        {
          name: '经济分类',
          rows: [
            ['2020年支出经济分类总体情况表'],
            ['单位名称：沁阳市医疗保障局', null, '单位：万元'],
            ['部门预算经济分类', '政府预算经济分类', '金额'],
            ['合计', null, 141.47],
            ['工资福利支出', null, 54.6],
            ['基本工资', '工资奖金津补贴', 24.72],
          ],
        },
        {
          name: '项目',
          rows: [
            ['部门预算项目支出表'],
            ['473灵寿县医疗保障局', '预算年度：2021', '单位：万元'],
            ['科目编码', '科目名称', '项目名称', '合计'],
            [null, '合计', null, 2655.8],
            ['2101301', '城乡医疗救助', '城乡医疗救助县级补助项目', 1971],
          ],
        },
      ],
    });
    expect(rec.tables.map((t) => [t.kind, t.rows.length, t.year])).toEqual([
      ['economic-classification-summary', 3, 2020],
      ['project-expenditure', 2, 2021],
    ]);
    const econ = rec.tables[0];
    expect(econ.rows.map((r) => r.level)).toEqual(['total', 'econ-class', 'econ-section']);
    expect(amt(econ.rows[0], 'total')).toBe('141.47');
    expect(rec.tables[1].rows[1]).toMatchObject({ code: '2101301', level: 'item' });
  });
});
