import { narrativeOutdatedClassName } from '../../../src/engine/rules/narrative-outdated-class-name';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/outdated-class-name (a 2021 budget)', () => {
  it.each([
    ['current names', '主要用于以下方面：社会保障和就业支出5.95万元；卫生健康支出131.40万元；文化旅游体育与传媒支出1.00万元；资源勘探工业信息等支出2.00万元。'],
    ['a name that only contains words of an old one', '卫生健康支出中的计划生育事务。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativeOutdatedClassName, [text]).at).toEqual([]);
  });

  it.each([
    ['医疗卫生与计划生育支出', '卫生健康支出', '210'],
    ['文化体育与传媒支出', '文化旅游体育与传媒支出', '207'],
    ['国土海洋气象等支出', '自然资源海洋气象等支出', '220'],
    ['资源勘探信息等支出', '资源勘探工业信息等支出', '215'],
  ])('invalid: %s', (former, current, code) => {
    const { at, findings } = runOn(narrativeOutdatedClassName, [`一般公共预算支出主要用于${former}131.40万元。`]);
    expect(at).toEqual([`${SHEET}!A2 warning`]);
    expect(findings[0].message).toContain(`「${former}」是旧的类级科目名称，2021 年科目表中 ${code} 类为「${current}」`);
  });
});
