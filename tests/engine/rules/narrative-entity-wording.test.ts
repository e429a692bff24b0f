import { runRules } from '../../../src/engine/check';
import { sheetFromValues } from '../../../src/engine/grid/sheet';
import { findNarratives } from '../../../src/engine/narrative/find-narrative';
import { narrativeEntityWording } from '../../../src/engine/rules/narrative-entity-wording';
import type { BudgetTable } from '../../../src/engine/tables/types';
import { narrativeGrid, SHEET } from '../narrative/support/narrative-grid';
import { buildTable } from './support/build-table';

function tablesTitled(title: string): BudgetTable[] {
  return ['收支总表', '收入总表', '支出总表'].map((t) => buildTable({ kind: 'income-summary', title: `${title}${t}`, columns: ['total'], rows: [] }));
}

function run(scope: '部门' | '单位', paragraphs: string[]) {
  const grid = { sheets: [sheetFromValues(SHEET, [[`某县医疗保障局2021年${scope}预算信息公开情况说明`], ...paragraphs.map((p) => [p])])] };
  const rec = { tables: tablesTitled(`${scope}预算`), narratives: findNarratives(grid), entity: null, year: 2021, unit: null };
  const findings = runRules(grid, rec, {}, [narrativeEntityWording]);
  return { at: findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`), findings };
}

describe('narrative/entity-wording', () => {
  it.each([
    ['单位', '反映本单位当年全部收入。机关运行经费报财政部门审核，配合有关部门和主管部门做好工作。'],
    ['单位', '“三公”经费是指预算部门（单位）用财政拨款安排的支出。'],
    ['单位', '各部门（单位）的公用经费。'],
    ['部门', '我单位2020年度部门预算编制范围包括沁阳市医疗保障局本身。'],
    ['部门', '一、部门职责及机构设置情况'],
  ] as const)('valid in a %s document: %s', (scope, text) => {
    expect(run(scope, [text]).at).toEqual([]);
  });

  it('valid: definitions under 名词解释 keep the official wording (seed 001)', () => {
    const paragraphs = ['八、名词解释', '7、部门预算支出：包括人员类项目支出，对应部门预算中的基本支出。', '九、其他需要说明的事项', '我单位无其他需要说明的事项。'];
    expect(run('单位', paragraphs).at).toEqual([]);
  });

  it.each([
    ['部门预算', '反映本单位当年全部收入，2024年部门预算收入4741.97万元。', '部门预算'],
    ['我部门', '2024年，我部门机关运行经费共计安排13.48万元。', '我部门'],
    ['部门职责', '一、部门职责及机构设置情况', '部门职责'],
  ])('invalid in a 单位 document: %s', (_name, text, word) => {
    const { at, findings } = run('单位', [text]);
    expect(at).toEqual([`${SHEET}!A2 warning`]);
    expect(findings[0].message).toContain(`却写“${word}”，应统一为“单位”`);
  });

  it('invalid in a 部门 document: 单位预算', () => {
    const { at } = run('部门', ['2021年单位预算收支安排3232.07万元。']);
    expect(at).toEqual([`${SHEET}!A2 warning`]);
  });

  it('checks the title too and says nothing without tables', () => {
    const grid = narrativeGrid(['正文。']);
    const rec = { tables: tablesTitled('单位预算'), narratives: findNarratives(grid), entity: null, year: 2021, unit: null };
    expect(runRules(grid, rec, {}, [narrativeEntityWording]).map((f) => f.cell)).toEqual(['A1']);
    const none = { ...rec, tables: [] };
    expect(runRules(grid, none, {}, [narrativeEntityWording])).toEqual([]);
  });
});
