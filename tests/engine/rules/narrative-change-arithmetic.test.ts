import { narrativeChangeArithmetic } from '../../../src/engine/rules/narrative-change-arithmetic';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/change-arithmetic', () => {
  it.each([
    ['an increase that adds up', '2021年预算收支安排3232.07万元，较2020年预算3068.24万元增加163.83万元。'],
    ['a decrease that adds up', '2024年预算收支安排4741.97万元，较2023年4949.76万元减少207.79万元。'],
    ['no prior figure given: nothing to check', '收支安排3232.07万元，较2020年预算增加163.83万元，其中：基本支出增加66.83万元。'],
    ['a prior figure in another sentence is not paired', '公务接待费0.00万元。与2023年相比增加0.00万元。'],
    ['spaces and precision', '收支安排 3 万元，较上年 2.5 万元增加 0.5 万元。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativeChangeArithmetic, [text]).at).toEqual([]);
  });

  it('invalid: seed 004: the part changes add up to the stated change, so the prior-year figure is the wrong one', () => {
    const text = '2020年，单位预算收支安排16396.58万元，较上年123829.67万元增加2566.91万元，其中：基本支出减少7.09万元，主要是人员经费的减少；项目支出增长2574.00万元，主要是由于居民医保中央、省级配套资金的增加。';
    const { at, findings } = runOn(narrativeChangeArithmetic, ['比上年增减情况', text]);
    expect(at).toEqual([`${SHEET}!A3 error`]);
    expect(findings[0]).toMatchObject({ expected: '13829.67', actual: '123829.67' });
    expect(findings[0].message).toContain('上年数应为 13829.67 万元');
  });

  it('invalid: nothing tells the prior-year figure from the change: both named, no 应为', () => {
    const text = '2020年，单位预算收支安排16396.58万元，较上年123829.67万元增加2566.91万元，其中：基本支出减少7.09万元。';
    const { at, findings } = runOn(narrativeChangeArithmetic, [text]);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].expected ?? null).toBeNull();
    expect(findings[0].message).toContain('16396.58 − 123829.67 = -107433.09');
    expect(findings[0].message).toContain('上年数应为 13829.67 万元');
  });

  it('invalid: the rate agrees with the two figures, so the change is the wrong one', () => {
    const { findings } = runOn(narrativeChangeArithmetic, ['“三公”经费3.00万元，较上年2.50万元增加0.40万元，增长20%。']);
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['0.50', '0.40']]);
    expect(findings[0].message).toContain('增减额有误');
  });

  it('invalid: the rate agrees with the change, so the prior-year figure is the wrong one', () => {
    const { findings } = runOn(narrativeChangeArithmetic, ['“三公”经费3.00万元，较上年2.60万元增加0.50万元，增长20%。']);
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['2.50', '2.60']]);
  });

  it('invalid: the direction is wrong (增加 where it went down)', () => {
    const { at, findings } = runOn(narrativeChangeArithmetic, ['收支安排4741.97万元，较2023年4949.76万元增加207.79万元。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain('4741.97 − 4949.76 = -207.79');
  });
});
