// A 科目表 written as a real .xlsx (exceljs, built in code) and read back the way the CLI and the page read files.
import { parseCodeWorkbook } from '../../../src/engine/codes/import';
import { readWorkbook } from '../../../src/xlsx/read-workbook';
import { specToXlsx, type WorkbookSpec } from '../../fixtures/workbook-spec';

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: '功能分类（编码+名称）',
      numFmt: '0',
      rows: [
        ['2024年政府收支分类科目'],
        ['科目编码', '科目名称'],
        [210, '卫生健康支出'],
        [21015, '医疗保障管理事务'],
        [{ v: 2101501, fmt: '0.000000E+00' }, '行政运行'],
        ['2101550', '事业运行'],
      ],
    },
    {
      name: '功能分类（类款项）',
      numFmt: '0',
      rows: [
        ['类', '款', '项', '科目名称'],
        [221, null, null, '住房保障支出'],
        [null, 2, null, '住房改革支出'],
        [null, null, 1, '住房公积金'],
        [null, '02', '02', '提租补贴'],
      ],
    },
  ],
};

describe('an official 科目表 read from .xlsx', () => {
  it('keeps codes stored as numbers, in scientific format, as text, and split', async () => {
    const grid = await readWorkbook(new Uint8Array(await specToXlsx(SPEC)));
    const tables = parseCodeWorkbook(grid);
    expect(tables.map((t) => [t.year, t.entries.map((e) => `${e.code} ${e.name}`)])).toEqual([
      [2024, ['210 卫生健康支出', '21015 医疗保障管理事务', '2101501 行政运行', '2101550 事业运行']],
      [null, ['221 住房保障支出', '22102 住房改革支出', '2210201 住房公积金', '2210202 提租补贴']],
    ]);
  });
});
