import { buildSheet, sheetFromValues } from '../../../src/engine/grid/sheet';
import type { Grid } from '../../../src/engine/grid/types';
import { findNarratives } from '../../../src/engine/narrative/find-narrative';
import type { BudgetTable } from '../../../src/engine/tables/types';
import { seed } from './support/seeds';

describe('findNarratives', () => {
  it('finds a title cell and one paragraph per non-empty row below, addressed at its first cell', () => {
    const grid: Grid = {
      sheets: [
        sheetFromValues('表1', [['部门预算收支总表'], ['项目', '预算数']]),
        sheetFromValues('说明', [
          [null, '某局2021年部门预算信息公开情况说明'],
          [null, '一、部门职责'],
          [],
          [null, null, '单位名称', '单位性质'],
          [null, '2021年预算收入3232.07万元。'],
        ]),
      ],
    };
    const [block, ...rest] = findNarratives(grid);
    expect(rest).toEqual([]);
    expect(block.title).toBe('某局2021年部门预算信息公开情况说明');
    expect(block.titleAddress).toEqual({ sheet: '说明', row: 0, col: 1 });
    expect(block.paragraphs).toEqual([
      { text: '一、部门职责', address: { sheet: '说明', row: 1, col: 1 } },
      { text: '单位名称 单位性质', address: { sheet: '说明', row: 3, col: 2 } },
      { text: '2021年预算收入3232.07万元。', address: { sheet: '说明', row: 4, col: 1 } },
    ]);
  });

  it('accepts 公开说明 titles and ignores long sentences and table titles that mention 情况说明', () => {
    const long = `${'本单位'.repeat(20)}情况说明如下。`;
    const grid: Grid = {
      sheets: [
        sheetFromValues('A', [[long], ['正文']]),
        sheetFromValues('B', [['2020年怀来县医疗保险中心预算信息公开说明'], ['正文']]),
        sheetFromValues('C', [['机构设置情况说明表'], ['正文']]),
      ],
    };
    expect(findNarratives(grid).map((b) => b.sheet)).toEqual(['B']);
  });

  it.each([
    ['编制说明', '沁阳市医疗保障局2020年部门预算编制说明'],
    ['其他相关情况说明', '其他相关情况说明'],
    ['项目经费情况说明', '2024年项目经费情况说明'],
    ['情况说明', '情况说明'],
  ])('accepts a narrative titled %s', (_name, title) => {
    const grid: Grid = { sheets: [sheetFromValues('说明', [[title], ['2021年预算收入3232.07万元。']])] };
    const [block] = findNarratives(grid);
    expect(block?.title).toBe(title);
    expect(block?.paragraphs.map((p) => p.text)).toEqual(['2021年预算收入3232.07万元。']);
  });

  it('does not take a sentence about 编制 for a title', () => {
    const grid: Grid = { sheets: [sheetFromValues('说明', [['预算编制情况'], ['正文']])] };
    expect(findNarratives(grid)).toEqual([]);
  });

  it('skips hidden sheets', () => {
    const hidden = { ...sheetFromValues('H', [['情况说明'], ['正文']]), state: 'hidden' as const };
    expect(findNarratives({ sheets: [hidden] })).toEqual([]);
  });

  it('is what recognizeWorkbook reports for the seeds', () => {
    const { rec } = seed('000');
    expect(rec.narratives.map((n) => [n.sheet, n.title])).toEqual([['信息公开情况说明', '灵寿县医疗保障局2021年部门预算信息公开情况说明']]);
    expect(rec.narratives[0].paragraphs[0].address).toEqual({ sheet: '信息公开情况说明', row: 1, col: 0 });
  });
});

describe('findNarratives with recognized tables', () => {
  it('leaves out the rows of tables that sit on the narrative\'s sheet', () => {
    const grid: Grid = {
      sheets: [sheetFromValues('S', [['情况说明'], ['正文一'], ['部门固定资产占用情况表'], ['资产总额', 71], ['正文二']])],
    };
    const table = { sheet: 'S', range: { top: 2, left: 0, bottom: 3, right: 1 } } as unknown as BudgetTable;
    expect(findNarratives(grid, [table])[0].paragraphs.map((p) => p.text)).toEqual(['正文一', '正文二']);
    expect(findNarratives(grid)[0].paragraphs.length).toBe(4);
  });
});

describe('findNarratives with the whole text in one cell', () => {
  it('reads the title from the first line and the paragraphs from the next lines, all at that cell', () => {
    const cell = { value: '怀来县医疗保险中心预算信息公开说明\n一、部门职责\n2020年预算收入16396.58万元。' };
    const grid: Grid = { sheets: [buildSheet('S', [[null, cell], [null, { value: '九、其他' }]])] };
    const [block] = findNarratives(grid);
    expect(block.title).toBe('怀来县医疗保险中心预算信息公开说明');
    expect(block.paragraphs).toEqual([
      { text: '一、部门职责', address: { sheet: 'S', row: 0, col: 1 } },
      { text: '2020年预算收入16396.58万元。', address: { sheet: 'S', row: 0, col: 1 } },
      { text: '九、其他', address: { sheet: 'S', row: 1, col: 1 } },
    ]);
  });

  it('still takes a two-line title in one cell as the title', () => {
    const grid: Grid = { sheets: [buildSheet('S', [[{ value: '2020年怀来县医疗保险中心\n预算信息公开说明' }], [{ value: '正文' }]])] };
    const [block] = findNarratives(grid);
    expect([block.title, block.paragraphs.length]).toEqual(['2020年怀来县医疗保险中心预算信息公开说明', 1]);
  });
});
