import { narrativePunctuation } from '../../../src/engine/rules/narrative-punctuation';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/punctuation', () => {
  it.each([
    ['ordinary text', '2021年，我部门财政拨款“三公”经费预算安排3.00万元（其中：公务用车运行维护费3.00万元）。'],
    ['decimals and English text', '完成DRG系统数据测算，费用3.5万元，指标值≥90%; Excel, Word 格式。'],
    ['list markers', '1）保障参保职工；2）规范医疗保障体系；(3)保障基金安全。'],
    ['a 《》 title', '按照《中华人民共和国预算法》规定。'],
    ['straight quotes in pairs', '称为"三公"经费。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativePunctuation, [text]).at).toEqual([]);
  });

  it.each([
    ['。。 (seed 004)', '努力提升服务质量。。', '标点“。。”重复'],
    ['，，', '基本支出576.27万元，，项目支出2655.80万元。', '标点“，，”重复'],
    ['an English comma between Chinese (seed 000)', '贯彻落实医疗保障基金监督管理办法,建立健全医疗保障基金安全防控机制。', '英文标点“,”'],
    ['an English period between Chinese (seed 001)', '依法查处医疗保障领域违法违规行为.定点医药机构监督检查覆盖率达到100%。', '英文标点“.”'],
    ['a bracket closed with the other width (seed 000)', '公务用车购置及运维费3万元（其中：公务用车购置费0万元，公务用车运行维护费3万元)；公务接待费0万元。', '全角、半角混用（“（…)”）'],
    ['an open quote', '财政拨款“三公经费预算安排3.00万元。', '中““”没有对应的后半部分'],
    ['a stray closing quote', '财政拨款三公”经费预算安排3.00万元。', '“””没有对应的前半部分'],
    ['an odd straight quote', '称为"三公经费。', '没有对应的后半部分'],
  ])('invalid: %s', (_name, text, says) => {
    const { at, findings } = runOn(narrativePunctuation, [text]);
    expect(at).toEqual([`${SHEET}!A2 warning`]);
    expect(findings[0].message).toContain(says);
  });

  it('reports each kind of problem once per paragraph', () => {
    const { findings } = runOn(narrativePunctuation, ['一,二,三。。四（五)']);
    expect(findings.map((f) => f.message.replace(/^「[^」]*」/, ''))).toEqual([
      '中标点“。。”重复。',
      '中文之间用了英文标点“,”，应使用中文标点。',
      '中括号全角、半角混用（“（…)”），请统一为全角括号“（）”。',
    ]);
  });
});
