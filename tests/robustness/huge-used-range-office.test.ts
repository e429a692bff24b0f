// A sheet whose used range reaches the last cell (a stray value in XFD1048576) must not make the add-in read
// 17 billion cells in hundreds of thousands of syncs: the read stops at once with a sentence saying where.
// (A small stub context: the in-memory fake materializes every range it loads, which a 17-billion-cell range
// cannot be.)
import type { ExcelContextLike, RangeLike, WorksheetLike } from '../../src/office/excel-api';
import { MAX_USED_CELLS, readWorkbook } from '../../src/office/read-workbook';
import { HostError } from '../../src/host/workbook-host';

function stubContext(sheets: { name: string; rows: number; cols: number }[]): ExcelContextLike & { syncs: number; cellLoads: number } {
  const ctx = {
    syncs: 0,
    cellLoads: 0,
    sync: async () => {
      ctx.syncs++;
    },
    workbook: {
      comments: {} as ExcelContextLike['workbook']['comments'],
      settings: {} as ExcelContextLike['workbook']['settings'],
      worksheets: {
        load: () => undefined,
        items: sheets.map((s) => sheet(s)),
      } as unknown as ExcelContextLike['workbook']['worksheets'],
    },
  };
  function sheet(s: { name: string; rows: number; cols: number }): WorksheetLike {
    const used = { isNullObject: false, rowIndex: 0, columnIndex: 0, rowCount: s.rows, columnCount: s.cols, load: () => undefined };
    const merged = { isNullObject: true, areas: { items: [] }, load: () => undefined };
    const wholeSheet = { getMergedAreasOrNullObject: () => merged, getSpecialCellsOrNullObject: () => merged };
    const cells = () => {
      ctx.cellLoads++;
      return { load: () => undefined, values: [], text: [], numberFormat: [], formulas: [], valueTypes: [] } as unknown as RangeLike;
    };
    return {
      name: s.name,
      visibility: 'Visible',
      getUsedRangeOrNullObject: () => used as unknown as RangeLike,
      getRange: () => wholeSheet as unknown as RangeLike,
      getRangeByIndexes: cells,
    } as unknown as WorksheetLike;
  }
  return ctx;
}

describe('Office read of a sheet claiming a 1,048,576-row used range', () => {
  it('refuses after two syncs, before loading any cell, with a Chinese sentence naming the sheet and range', async () => {
    const ctx = stubContext([{ name: '支出总表', rows: 40, cols: 9 }, { name: '表3', rows: 1048576, cols: 16384 }]);
    const read = readWorkbook(ctx);
    await expect(read).rejects.toBeInstanceOf(HostError);
    await expect(read).rejects.toThrow(/工作表「表3」的已用范围是 A1:XFD1048576（1048576 行 × 16384 列）.*Ctrl\+End/);
    expect(ctx.syncs).toBe(2);
    expect(ctx.cellLoads).toBe(0);
  });

  it('still reads a big but plausible sheet (up to MAX_USED_CELLS cells)', async () => {
    const ctx = stubContext([{ name: '支出总表', rows: MAX_USED_CELLS / 30, cols: 30 }]);
    await expect(readWorkbook(ctx)).resolves.toBeDefined();
    expect(ctx.cellLoads).toBeGreaterThan(0);
  });
});
