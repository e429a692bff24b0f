import { parseFigures } from '../../../src/engine/narrative/parse-figures';

const keys = (text: string, classes: string[] = []) =>
  parseFigures(text, classes).amounts.map((a) => [a.key, a.value.toFixed(), a.decimals, a.change, a.comparison]);

describe('parseFigures', () => {
  it('reads amounts with what they name, in 万元, with the precision written', () => {
    expect(keys('其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.8万元')).toEqual([
      ['basic', '576.27', 2, null, false],
      ['personnel', '536.65', 2, null, false],
      ['public', '39.62', 2, null, false],
      ['project', '2655.8', 1, null, false],
    ]);
  });

  it('converts 元 and 亿元 and full-width digits', () => {
    expect(keys('基本支出5762700元；项目支出０.２６５５８亿元')).toEqual([
      ['basic', '576.27', 4, null, false],
      ['project', '2655.8', 1, null, false],
    ]);
  });

  it('tells levels, changes and last year\'s figures apart', () => {
    const parsed = parseFigures('收支安排16396.58万元，较上年123829.67万元增加2566.91万元，其中：基本支出减少7.09万元');
    expect(parsed.amounts.map((a) => [a.key, a.change, a.comparison])).toEqual([
      ['total', null, false],
      [null, null, true],
      [null, 1, false],
      ['basic', -1, false],
    ]);
    expect(parsed.changes.map((c) => [c.current?.text, c.prior?.text, c.amount.text, c.sign, c.key])).toEqual([
      ['16396.58万元', '123829.67万元', '2566.91万元', 1, 'total'],
      [undefined, undefined, '7.09万元', -1, 'basic'],
    ]);
  });

  it('pairs a 「较…」 change with the figure before it when no prior figure is written', () => {
    const [c] = parseFigures('收支安排3232.07万元，较2020年预算增加163.83万元').changes;
    expect([c.current?.text, c.prior, c.key]).toEqual(['3232.07万元', null, 'total']);
  });

  it('skips bounds, unit rates and thresholds', () => {
    expect(keys('≥3.6万元；280元/人/年；50 元/人；100万元及100万元以上项目；约5万元')).toEqual([]);
  });

  it('names 三公 parts, 机关运行经费, 采购 and 资产, and 类 lines exactly', () => {
    const text = '因公出国（境）费0万元；公务用车购置及运维费3万元（其中：公务用车购置费0万元，公务用车运行维护费3万元)；公务接待费0万元；机关运行经费6.42万元；政府采购预算0.00万元；上年末固定资产金额为71.00万元；社会保障和就业支出60.25万元；其他社会保障和就业支出6.00万元';
    expect(parseFigures(text, ['社会保障和就业支出']).amounts.map((a) => a.key)).toEqual([
      'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception', 'agencyOperating', 'procurement',
      'fixedAssets', 'class:社会保障和就业支出', null,
    ]);
  });

  it('names a figure after 「用于」/「主要为」 by the use, not by the subject before it', () => {
    const text = '一般公共预算支出主要用于卫生健康支出3133.12万元；其中项目支出主要为医疗救助1971万元；三公经费主要用于公务用车运行维护费3万元';
    expect(parseFigures(text, ['卫生健康支出']).amounts.map((a) => a.key)).toEqual(['class:卫生健康支出', null, 'vehicleOperation']);
  });

  it('reads 「占…%」 against the amount just before it', () => {
    const parsed = parseFigures('基本支出 57.47 万元，占 40.62%；项目支出84万元，占59.38%');
    expect(parsed.percents.map((p) => [p.of.text, p.value.toFixed(), p.decimals])).toEqual([
      ['57.47 万元', '40.62', 2],
      ['84万元', '59.38', 2],
    ]);
  });

  it('reads 「占总支出的…%」 and totals written as 本年/当年收入合计', () => {
    const parsed = parseFigures('本年支出合计141.47万元，其中基本支出57.47万元，占总支出的40.62%；当年收入合计141.47万元');
    expect(parsed.percents.map((p) => [p.of.text, p.value.toFixed()])).toEqual([['57.47万元', '40.62']]);
    expect(parsed.amounts.map((a) => a.key)).toEqual(['total', 'basic', 'total']);
  });
});
