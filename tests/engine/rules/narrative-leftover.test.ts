import { narrativeLeftover } from '../../../src/engine/rules/narrative-leftover';
import { runOn, SHEET } from '../narrative/support/narrative-grid';

describe('narrative/leftover', () => {
  it.each([
    ['ordinary text', '完成DRG系统数据测算工作；XML 接口；Excel 表格。'],
    ['a multiplication sign between figures', '数量 2×3 台；规格 1.5x2 米。'],
    ['seed 000 glossary', '7、“三公”经费：纳入财政预算管理的“三公”经费，是指部门用财政拨款安排的因公出国（境）费。'],
  ])('valid: %s', (_name, text) => {
    expect(runOn(narrativeLeftover, [text]).at).toEqual([]);
  });

  it.each([
    ['XX', '2021年，XX县医疗保障局安排政府采购预算0.00万元。', 'XX'],
    ['x,xxx', '2021年预算收入x,xxx.xx万元。', '金额占位符「x,xxx.xx」'],
    ['X,XXX', '项目支出X,XXX万元。', '金额占位符「X,XXX」'],
    ['x.xx', '公务接待费x.xx万元。', '金额占位符「x.xx」'],
    ['20XX年', '20XX年部门预算公开如下：', '模板占位符「XX」'],
    ['待填写', '机关运行经费共计安排（待填写）万元。', '待填写'],
    ['a draft placeholder', '部门职责：【请填写：部门职责】', '【请填写：部门职责】'],
    ['a broken cross-reference (seed 003)', '7、医保宣传经费绩效目标表.....\t错误！未定义书签。', 'Word 交叉引用「错误！未定义书签。」'],
    ['a Word TC field code (seed 004)', '1、城乡居民医疗保险县配套绩效目标表 TC 5、城乡居民医疗保险县配套绩效目标表 \\f C \\l 1', 'Word 目录域代码「TC 5、'],
  ])('invalid: %s', (_name, text, found) => {
    const { at, findings } = runOn(narrativeLeftover, [text]);
    expect(at).toEqual([`${SHEET}!A2 error`]);
    expect(findings[0].message).toContain(found);
  });
});
