import { addressToA1 } from '../../../src/engine/grid/address';
import { narrativeFigureMismatch } from '../../../src/engine/rules/narrative-figure-mismatch';
import { runOn, SHEET } from '../narrative/support/narrative-grid';
import { tablesOnly } from '../narrative/support/seeds';

const tables = () => tablesOnly('000');

describe('narrative/figure-mismatch (seed 000 tables)', () => {
  it.each([
    ['totals and split', '2021年部门支出预算为3232.07万元，其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.80万元。'],
    ['other precision', '项目支出2655.8万元；“三公”经费预算安排3万元，其中因公出国（境）费0万元'],
    ['元 converted', '基本支出5762700元，人员经费5366500.00元。'],
    ['机关运行经费 without a table is not determined', '我部门机关运行经费共计安排6.42万元。'],
    ['indicator values are not budget figures', '成本指标：年人均标准≥3.6万元；资助人数≥34475人；280元/人/年。'],
    ['project lines and other classes are not compared', '主要为医疗救助1971万元，其他社会保障和就业支出6万元。'],
    ['a class line', '社会保障和就业支出60.25万元，卫生健康支出3133.12万元。'],
    ['a class line named after 主要用于, not the subject before it', '一般公共预算支出主要用于卫生健康支出3133.12万元；其中项目支出主要为医疗救助1971万元。'],
    ['prior-year and planned figures', '较上年3068.24万元增加163.83万元；本年度拟购置固定资产总额为5.33万元。'],
    ['thresholds', '其中预算支出100万元及100万元以上项目0个。'],
    ['another year\'s figure', '2020年预算收入3068.24万元，2021年预算收入3232.07万元。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativeFigureMismatch, [text], tables()).at).toEqual([]);
  });

  it.each([
    ['a transposed basic', ['收入说明', '其中基本支出567.27万元。'], `${SHEET}!A3 error`, '576.27', '567.27'],
    ['a 三公 part', ['2021年，我部门财政拨款“三公”经费预算安排3.00万元，其中公务接待费1.00万元。'], `${SHEET}!A2 error`, '0.00', '1.00'],
    ['fixed assets', ['上年末固定资产金额为17.00万元。'], `${SHEET}!A2 error`, '71.00', '17.00'],
    ['a wrong amount in 元', ['人员经费5366000元。'], `${SHEET}!A2 error`, '536.6500', '536.6000'],
    ['the income total', ['2021年预算收入3223.07万元。'], `${SHEET}!A2 error`, '3232.07', '3223.07'],
    ['fixed assets at the previous year-end', ['截至2020年底，固定资产总额70.00万元。'], `${SHEET}!A2 error`, '71.00', '70.00'],
    ['a class line', ['卫生健康支出3133.21万元。'], `${SHEET}!A2 error`, '3133.12', '3133.21'],
  ])('invalid: %s', (_name, paragraphs, at, expected, actual) => {
    const { at: where, findings } = runOn(narrativeFigureMismatch, paragraphs, tables());
    expect(where).toEqual([at]);
    expect(findings[0]).toMatchObject({ expected, actual });
    expect(findings[0].message).toContain('与表格不一致');
  });

  it('relates the finding to the table cell that holds the figure', () => {
    const t = tables().find((x) => x.kind === 'expenditure-summary')!;
    const basic = t.rows.find((r) => r.level === 'total')!.amounts.basic.address;
    const { findings } = runOn(narrativeFigureMismatch, ['其中基本支出567.27万元。'], tables());
    expect(findings[0].related).toEqual([{ sheet: basic.sheet, cell: addressToA1(basic) }]);
  });

  it('stays silent without tables', () => {
    expect(runOn(narrativeFigureMismatch, ['其中基本支出567.27万元。']).at).toEqual([]);
  });
});
