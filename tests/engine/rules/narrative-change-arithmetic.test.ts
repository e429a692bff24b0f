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

  it('invalid: seed 004\'s wrong prior-year figure', () => {
    const text = '2020年，单位预算收支安排16396.58万元，较上年123829.67万元增加2566.91万元，其中：基本支出减少7.09万元。';
    const { at, findings } = runOn(narrativeChangeArithmetic, ['比上年增减情况', text]);
    expect(at).toEqual([`${SHEET}!A3 error`]);
    expect(findings[0]).toMatchObject({ expected: '-107433.09', actual: '2566.91' });
  });

  it('invalid: the direction is wrong (增加 where it went down)', () => {
    const { at, findings } = runOn(narrativeChangeArithmetic, ['收支安排4741.97万元，较2023年4949.76万元增加207.79万元。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain('4741.97 − 4949.76 = -207.79');
  });
});
