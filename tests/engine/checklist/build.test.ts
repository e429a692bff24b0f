// The reviewer's 「预算公开情况检查表」 on the seeds, and each item turned to 否 by the defect it looks for.
import { check } from '../../../src/engine/check';
import { buildChecklist } from '../../../src/engine/checklist/build';
import { answerText, type ChecklistItem } from '../../../src/engine/checklist/types';
import { sheetFromValues } from '../../../src/engine/grid/sheet';
import type { Grid } from '../../../src/engine/grid/types';
import { draftNarrative, draftToParagraphs } from '../../../src/engine/narrative/draft';
import { findNarratives } from '../../../src/engine/narrative/find-narrative';
import type { Finding } from '../../../src/engine/report';
import type { BudgetTable, NarrativeBlock } from '../../../src/engine/tables/types';
import { seed, type SeedName } from '../narrative/support/seeds';

function checklistOf(name: SeedName): ChecklistItem[] {
  const { grid, rec } = seed(name);
  const { findings } = check(grid, name);
  return buildChecklist({ grid, tables: rec.tables, narratives: rec.narratives, findings });
}

function answers(items: readonly ChecklistItem[]): string[] {
  return items.map((i) => `${answerText(i.ok)} ${i.item}`);
}

/** A 说明 sheet with these paragraphs (title in A1). */
function narrativeOf(paragraphs: readonly string[], title = '某局2021年部门预算信息公开情况说明'): { grid: Grid; narratives: NarrativeBlock[] } {
  const grid = { sheets: [sheetFromValues('说明', [[title], ...paragraphs.map((p) => [p])])] };
  return { grid, narratives: findNarratives(grid) };
}

function answerOf(items: readonly ChecklistItem[], item: string): ChecklistItem {
  const hit = items.find((i) => i.item === item);
  if (!hit) throw new Error(`no item ${item}`);
  return hit;
}

function withNarrative(name: SeedName, paragraphs: readonly string[], findings: Finding[] = [], tables?: BudgetTable[]): ChecklistItem[] {
  const { grid, narratives } = narrativeOf(paragraphs);
  return buildChecklist({ grid, tables: tables ?? seed(name).rec.tables, narratives, findings });
}

describe('the seeds', () => {
  it('seed 001: the published 说明 does not state its 政府采购 in words (a real gap a reviewer marks)', () => {
    expect(answers(checklistOf('001'))).toEqual([
      '是 9张部门预算公开表格是否齐全',
      '是 空表是否作出说明',
      '是 表格数据是否准确（表内合计、科目编码、表间勾稽）',
      '是 收支预算总体情况是否说明',
      '是 收支增减变化及原因是否说明',
      '是 “三公”经费总额及分项是否公开',
      '是 “三公”经费增减变化原因是否说明',
      '是 机关运行经费是否公开',
      '否 政府采购预算是否公开',
      '否 政府采购预算是否区分货物、工程、服务',
      '否 政府采购预算是否说明预留中小企业份额',
      '是 国有资产占用情况是否公开',
      '是 绩效目标是否公开',
      '是 是否对专业性较强的名词进行解释',
      '是 情况说明中的数字是否与表格一致、计算是否正确',
      '是 “部门”“单位”称谓是否一致',
    ]);
  });

  it('seed 000: 政府采购 is zero, so its split and 中小企业 items do not apply', () => {
    const items = checklistOf('000');
    expect(items.filter((i) => i.ok !== true).map((i) => `${answerText(i.ok)} ${i.item}`)).toEqual([
      '不适用 政府采购预算是否区分货物、工程、服务',
      '不适用 政府采购预算是否说明预留中小企业份额',
    ]);
    expect(answerOf(items, '9张部门预算公开表格是否齐全').evidence).toHaveLength(9);
  });

  it('seed 002 (Henan): a new unit with no prior year explains its changes; one required table is missing', () => {
    const items = checklistOf('002');
    expect(answerOf(items, '9张部门预算公开表格是否齐全')).toMatchObject({ ok: false, note: '缺少：政府性基金预算支出表。' });
    expect(answerOf(items, '收支增减变化及原因是否说明').ok).toBe(true);
    expect(answerOf(items, '政府采购预算是否区分货物、工程、服务').ok).toBe(true);
  });

  it('seed 004: the narrative\'s wrong figure and the missing tables are 否, items about tables it lacks do not apply', () => {
    const items = checklistOf('004');
    expect(answerOf(items, '情况说明中的数字是否与表格一致、计算是否正确')).toMatchObject({ ok: false, evidence: [{ sheet: '预算信息公开说明', cell: 'A17' }] });
    expect(answerOf(items, '表格数据是否准确（表内合计、科目编码、表间勾稽）').ok).toBeNull();
    expect(answerOf(items, '“部门”“单位”称谓是否一致').ok).toBeNull();
  });

  it('a draft of our own template for seed 001 states what the published one left out', () => {
    const { grid, rec } = seed('001');
    const paragraphs = draftToParagraphs(draftNarrative(rec.tables, { grid })).slice(1);
    const items = withNarrative('001', paragraphs);
    for (const item of ['政府采购预算是否公开', '政府采购预算是否区分货物、工程、服务', '政府采购预算是否说明预留中小企业份额']) {
      expect({ item, ok: answerOf(items, item).ok }).toEqual({ item, ok: true });
    }
  });
});

describe('each item answers 否 to its defect', () => {
  it('an empty table without a note or a sentence', () => {
    const tables = seed('000').rec.tables.map((t) => ({ ...t, notes: [] }));
    const item = answerOf(withNarrative('000', ['正文。'], [], tables), '空表是否作出说明');
    expect(item).toMatchObject({ ok: false });
    expect(item.note).toContain('政府性基金预算支出表');
  });

  it('a table error', () => {
    const error: Finding = { rule: 'rollup/item-sum', severity: 'error', sheet: '表3', cell: 'D23', message: 'x' };
    expect(answerOf(withNarrative('000', ['正文。'], [error]), '表格数据是否准确（表内合计、科目编码、表间勾稽）')).toMatchObject({
      ok: false, evidence: [{ sheet: '表3', cell: 'D23' }],
    });
  });

  it.each([
    ['收支增减变化及原因是否说明', '2021年部门预算收支安排3232.07万元，较2020年预算增加163.83万元。'],
    ['“三公”经费增减变化原因是否说明', '“三公”经费预算3.00万元，较上年增加1.00万元。'],
  ])('%s: a change without a reason', (item, text) => {
    const got = answerOf(withNarrative('000', [text]), item);
    expect(got).toMatchObject({ ok: false, evidence: [{ sheet: '说明', cell: 'A2' }] });
  });

  it.each([
    ['“三公”经费总额及分项是否公开', '“三公”经费预算安排3.00万元。', '因公出国（境）费、公务用车购置及运行费、公务接待费'],
    ['机关运行经费是否公开', '机关运行经费主要用于办公费。', '没有写机关运行经费金额'],
    ['国有资产占用情况是否公开', '七、国有资产信息', '没有写固定资产占用情况'],
    ['是否对专业性较强的名词进行解释', '九、其他需要说明的事项', '没有名词解释'],
  ])('%s: not stated', (item, text, note) => {
    const got = answerOf(withNarrative('000', [text]), item);
    expect(got.ok).toBe(false);
    expect(got.note).toContain(note);
  });

  it('部门 wording in a 单位 document', () => {
    const got = answerOf(withNarrative('001', ['2024年，我部门机关运行经费共计安排13.48万元。']), '“部门”“单位”称谓是否一致');
    expect(got).toMatchObject({ ok: false });
    expect(got.evidence).toEqual(expect.arrayContaining([{ sheet: '说明', cell: 'A1' }, { sheet: '说明', cell: 'A2' }]));
  });

  it('without a 说明 every item about it is 不适用, with the reason', () => {
    const items = buildChecklist({ grid: { sheets: [] }, tables: seed('000').rec.tables, narratives: [], findings: [] });
    const glossary = answerOf(items, '是否对专业性较强的名词进行解释');
    expect(glossary.ok).toBeNull();
    expect(glossary.note).toContain('没有找到情况说明');
    expect(answerOf(items, '9张部门预算公开表格是否齐全').ok).toBe(true);
  });
});
