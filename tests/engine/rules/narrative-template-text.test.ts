import { narrativeTemplateText } from '../../../src/engine/rules/narrative-template-text';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/template-text', () => {
  it.each([
    ['seed 000 reasons', ['较2020年预算增加163.83万元，其中：基本支出增加66.83万元，主要是人员增加；项目支出增加97万元。']],
    ['seed 001: a list of reasons follows', ['与2023年相比增加0.00万元，增减变化的主要原因是：', '1.因公出国（境）费2024年预算数0万元，较2023年无变化。原因是没有因公出国计划。']],
    ['a heading that names 原因', ['四、财政拨款“三公”经费预算情况及增减变化原因']],
    ['a reason in words', ['主要原因为人员工资和社保缴费略增。']],
    ['增（减）in a name is not a choice when one way is kept', ['基本支出增加4.25万元（人员增加）。']],
  ])('valid: %s', (_name, paragraphs) => {
    expect(runOn(narrativeTemplateText, paragraphs).at).toEqual([]);
  });

  it.each([
    ['增加（减少）', '较2020年预算增加（减少）163.83万元。', '增加（减少）'],
    ['增长(下降)', '“三公”经费增长(下降)5%。', '增长(下降)'],
    ['增加/减少', '较上年增加/减少0.5万元。', '增加/减少'],
  ])('invalid choice: %s', (_name, text, kept) => {
    const { at, findings } = runOn(narrativeTemplateText, [text]);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain(`保留了模板中的“${kept}”`);
  });

  it.each([
    ['主要原因是。', '较2020年预算增加163.83万元，主要原因是。'],
    ['原因为；', '基本支出增加66.83万元，原因为；项目支出增加97万元。'],
    ['a colon and nothing after it', '较上年增加0.5万元，主要原因是：'],
  ])('invalid empty reason: %s', (_name, text) => {
    const { at, findings } = runOn(narrativeTemplateText, [text]);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain('却没有写明原因');
  });
});
