import { narrativeChangeRate } from '../../../src/engine/rules/narrative-change-rate';
import { runOn, SHEET } from '../narrative/support/narrative-grid';
import { tablesOnly } from '../narrative/support/seeds';

describe('narrative/change-rate', () => {
  it.each([
    ['a rate from the written prior figure', '“三公”经费3.00万元，较上年2.50万元增加0.50万元，增长20%。'],
    ['a rate from this year minus the change', '“三公”经费3.00万元，比上年增加0.15万元，增长5.26%。'],
    ['a truncated rate', '“三公”经费3.00万元，比上年增加0.15万元，增长5.2%。'],
    ['a decrease', '基本支出221.01万元，比上年减少20.00万元，下降8.3%。'],
    ['a rate after 「较上年Y万元」', '“三公”经费3.00万元，较上年2.50万元增长20.00%。'],
    ['seed 000: 持平 with no change', '公务接待费0万元。与2020年相比持平，无增减变化。'],
    ['seed 004: 持平 after two equal figures', '“三公”经费预算安排0万元，上年预算安排为0万元，无增减。'],
    ['seed 000: 无增减 of another item in its own clause', '较2020年预算增加163.83万元，其中：基本支出增加66.83万元，主要是人员增加；项目支出增加97万元，主要是增加上级下达医疗救助资金；其他支出无增减变化。'],
    ['持平 with a zero change', '与2023年相比增加0.00万元，持平。'],
    ['no rate, nothing to check', '收支安排3232.07万元，较2020年预算增加163.83万元。'],
    ['shares are not rates', '基本支出57.47万元，占40.62%。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativeChangeRate, [text]).at).toEqual([]);
  });

  it('invalid: 增长4.8% where the figures give 5.26%', () => {
    const { at, findings } = runOn(narrativeChangeRate, ['“三公”经费3.00万元，比上年增加0.15万元，增长4.8%。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0]).toMatchObject({ expected: '5.26%', actual: '4.8%' });
    expect(findings[0].message).toContain('0.15 ÷ 2.85 万元 = 5.26%');
  });

  it('invalid: the issue\'s case, 增长4.8% where the figures give 5.34%', () => {
    const { findings } = runOn(narrativeChangeRate, ['2024年预算收支安排4741.97万元，较2023年4501.57万元增加240.40万元，增长4.8%。']);
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['5.34%', '4.8%']]);
  });

  it('invalid: this year\'s figure corrected by the tables gives the base (seed 000)', () => {
    const { findings } = runOn(narrativeChangeRate, ['2021年部门预算收支安排3232.07万元，比上年增加163.83万元，增长4.8%。'], tablesOnly('000'));
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['5.34%', '4.8%']]);
  });

  it('invalid: 增加 with 下降', () => {
    const { at, findings } = runOn(narrativeChangeRate, ['基本支出221.01万元，比上年增加4.25万元，下降1.9%。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain('增减额写“增加”，增长率写“下降”');
  });

  it('invalid: 增长 said of a decrease', () => {
    const { findings } = runOn(narrativeChangeRate, ['“三公”经费2.50万元，较上年3.00万元增长16.67%。']);
    expect(findings[0].message).toContain('应为“下降”，文中写“增长”');
  });

  it.each([
    ['持平 with a change', '“三公”经费3.00万元，与上年持平，增加0.50万元。', '同一句写了增加 0.50 万元'],
    ['持平 with figures that differ', '“三公”经费3.00万元，与上年2.50万元持平。', '相差 0.50 万元'],
  ])('invalid: %s', (_name, text, why) => {
    const { at, findings } = runOn(narrativeChangeRate, [text]);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain(why);
  });

  it('leaves a statement whose arithmetic fails to change-arithmetic (one finding per mistake)', () => {
    expect(runOn(narrativeChangeRate, ['“三公”经费3.00万元，较上年2.50万元增加0.40万元，增长20%。']).at).toEqual([]);
  });
});
