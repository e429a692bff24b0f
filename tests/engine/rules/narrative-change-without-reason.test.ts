import { narrativeChangeWithoutReason } from '../../../src/engine/rules/narrative-change-without-reason';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/change-without-reason', () => {
  it.each([
    ['seed 000 (主要是…)', '收支安排3232.07万元，较2020年预算增加163.83万元，其中：基本支出增加66.83万元，主要是人员增加。'],
    ['reason in the next sentence', '“三公”经费较上年减少1.00万元。主要原因是严格控制公务接待。'],
    ['no change', '与2020年相比持平，无增减变化；与 2023 年相比增加 0.00 万元。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativeChangeWithoutReason, [text]).at).toEqual([]);
  });

  it('invalid: a change with no reason is a warning at the paragraph', () => {
    const { at, findings } = runOn(narrativeChangeWithoutReason, ['标题', '2021年预算收支安排3232.07万元，较2020年预算增加163.83万元。']);
    expect(at).toEqual([`${SHEET}!A3 warning`]);
    expect(findings[0].message).toContain('没有说明原因');
  });
});
