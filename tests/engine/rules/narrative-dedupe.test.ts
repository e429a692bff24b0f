// Issue 12 item 4: one wrong figure in a 情况说明 gives one finding, at its paragraph, with the right value as 应为
// (before, a wrong 基本支出 also gave two parts-sum findings with 应为/实为 swapped).
import { runRules } from '../../../src/engine/check';
import { findNarratives } from '../../../src/engine/narrative/find-narrative';
import { narrativeGrid, SHEET } from '../narrative/support/narrative-grid';
import { NARRATIVE_RULES, tablesOnly } from '../narrative/support/seeds';

function findingsOf(paragraphs: string[]) {
  const grid = narrativeGrid(paragraphs);
  const rec = { tables: tablesOnly('000'), narratives: findNarratives(grid), entity: null, year: 2021, unit: null };
  return runRules(grid, rec, {}, NARRATIVE_RULES).filter((f) => f.severity === 'error');
}

describe('one finding per wrong narrative figure (seed 000 tables)', () => {
  it.each([
    [
      'a wrong whole above correct parts',
      '2021年部门支出预算为3232.07万元，其中基本支出567.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2655.80万元。',
      '576.27', '567.27',
    ],
    [
      'a wrong part under a correct whole',
      '其中基本支出576.27万元，包括人员经费536.65万元和日常公用经费36.92万元。',
      '39.62', '36.92',
    ],
    [
      'a wrong 三公 part',
      '“三公”经费预算安排3.00万元，其中因公出国（境）费0.00万元；公务用车购置及运维费2.00万元；公务接待费0.00万元。',
      '3.00', '2.00',
    ],
    [
      'a wrong current figure in a change statement',
      '2021年部门预算收支安排3223.07万元，较2020年预算3068.24万元增加163.83万元，主要原因是人员增加。',
      '3232.07', '3223.07',
    ],
    [
      'a wrong part with its share',
      '支出合计3232.07万元，其中：基本支出567.27万元，占17.83%；项目支出2655.80万元，占82.17%。',
      '576.27', '567.27',
    ],
  ])('%s', (_name, text, expected, actual) => {
    const findings = findingsOf([text]);
    expect(findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.expected, f.actual])).toEqual([
      ['narrative/figure-mismatch', `${SHEET}!A2`, expected, actual],
    ]);
  });

  it('two wrong figures in one paragraph give two findings, each with its own right value', () => {
    const text = '2021年部门支出预算为3232.07万元，其中基本支出567.27万元，包括人员经费536.65万元和日常公用经费39.62万元；项目支出2565.80万元。';
    expect(findingsOf([text]).map((f) => [f.expected, f.actual])).toEqual([
      ['576.27', '567.27'],
      ['2655.80', '2565.80'],
    ]);
  });
});
