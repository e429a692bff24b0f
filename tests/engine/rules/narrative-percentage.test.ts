import { narrativePercentage } from '../../../src/engine/rules/narrative-percentage';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/percentage', () => {
  it.each([
    ['seed 002 支出 shares', '我单位 2020 年支出合计 141.47 万元，其中：基本支出 57.47 万元，占 40.62%；项目支出 84 万元，占 59.38%。'],
    ['seed 002 class shares', '一般公共预算支出年初预算为141.47万元。主要用于以下方面：社会保障和就业支出5.95万元，占4.21%；卫生健康支出131.40万元，占92.88%；住房保障支出4.12万元，占2.91%；'],
    ['indicator percentages are not shares', '报销比例平均达到70%；≥90%。'],
    ['one decimal', '支出合计141.47万元，其中：基本支出57.47万元，占40.6%。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativePercentage, [text]).at).toEqual([]);
  });

  it('invalid: a share that does not follow from the figures', () => {
    const { at, findings } = runOn(narrativePercentage, ['支出合计141.47万元，其中：基本支出57.47万元，占40.26%；项目支出84.00万元，占59.38%。']);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0]).toMatchObject({ expected: '40.62%', actual: '40.26%' });
  });
});
