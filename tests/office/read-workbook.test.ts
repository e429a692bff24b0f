import { cellText, getCell } from '../../src/engine/grid/sheet';
import { MAX_CELLS_PER_SYNC, planChunks, readWorkbook, toRawCell } from '../../src/office/read-workbook';
import { FakeContext, fakeSheet, type FakeBook } from './fake-excel';

// Figures from seed 000 (灵寿县医疗保障局 2021 收支总表): 一般公共预算 3232.07 etc.
function budgetSheet(name: string) {
  return fakeSheet(
    name,
    [
      ['部门收支总体情况表', null, null],
      ['项目', '本年收入', '备注'],
      ['一般公共预算', { value: 3232.07, numFmt: '0.00', text: '3,232.07' }, null],
      ['合计', { value: 3232.07, formula: '=SUM(C5:C5)', numFmt: '0.00', text: '3,232.07' }, { value: '#REF!', formula: '=A1+#REF!', error: true }],
    ],
    'B3',
    { merges: ['B3:D3'] },
  );
}

function book(sheets: number): FakeBook {
  const list = Array.from({ length: sheets }, (_, i) => budgetSheet(`表${i + 1}`));
  return { sheets: list, comments: [] };
}

describe('readWorkbook', () => {
  it('places cells at their sheet positions with text, formats, formulas, errors and merges', async () => {
    const ctx = new FakeContext(book(1));
    const { grid, sheetNames } = await readWorkbook(ctx);
    expect(sheetNames).toEqual(['表1']);
    const s = grid.sheets[0];
    expect(cellText(getCell(s, 2, 1))).toBe('部门收支总体情况表');
    expect(getCell(s, 4, 2)?.text).toBe('3,232.07');
    expect(getCell(s, 4, 2)?.numFmt).toBe('0.00');
    expect(cellText(getCell(s, 5, 2))).toBe('3232.07');
    expect(getCell(s, 5, 2)?.formula).toBe('=SUM(C5:C5)');
    expect(getCell(s, 5, 3)?.value).toEqual({ kind: 'error', code: '#REF!' });
    expect(getCell(s, 0, 0)).toBeUndefined();
    expect(s.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
  });

  it('reads only visible sheets but reports every sheet name', async () => {
    const b = book(3);
    b.sheets[1].visibility = 'Hidden';
    b.sheets[2].visibility = 'VeryHidden';
    const { grid, sheetNames } = await readWorkbook(new FakeContext(b));
    expect(grid.sheets.map((s) => s.name)).toEqual(['表1']);
    expect(sheetNames).toEqual(['表1', '表2', '表3']);
  });

  it('gives an empty sheet no cells', async () => {
    const b: FakeBook = { sheets: [fakeSheet('空表', [])], comments: [] };
    const { grid } = await readWorkbook(new FakeContext(b));
    expect(grid.sheets[0].cells).toEqual([]);
  });

  it('uses the same number of syncs (3) for 1 sheet and 12 sheets', async () => {
    const one = new FakeContext(book(1));
    const twelve = new FakeContext(book(12));
    await readWorkbook(one);
    const read12 = await readWorkbook(twelve);
    expect(read12.grid.sheets).toHaveLength(12);
    expect(one.syncs).toBe(3);
    expect(twelve.syncs).toBe(one.syncs);
  });

  it('splits a sheet larger than one request into extra cell batches, keeping every row', async () => {
    const rows = Array.from({ length: 205 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const ctx = new FakeContext({ sheets: [fakeSheet('大表', rows)], comments: [] });
    const labels: string[] = [];
    const { grid } = await readWorkbook(ctx, (p) => labels.push(p.label), 1000);
    expect(ctx.syncs).toBe(2 + 3);
    expect(grid.sheets[0].cells).toHaveLength(rows.length);
    expect(cellText(getCell(grid.sheets[0], rows.length - 1, 9))).toBe(String(rows.length * 10 - 1));
    expect(labels).toContain('正在读取单元格（3/3）');
  });
});

describe('planChunks', () => {
  it('keeps small sheets in one batch and splits large ones by rows', () => {
    expect(planChunks([{ rows: 50, cols: 8 }, { rows: 30, cols: 10 }], 1000)).toEqual([
      [
        { sheet: 0, firstRow: 0, rowCount: 50, cells: 400 },
        { sheet: 1, firstRow: 0, rowCount: 30, cells: 300 },
      ],
    ]);
    const big = planChunks([{ rows: 250, cols: 10 }], 1000);
    expect(big.map((b) => b.map((c) => c.rowCount))).toEqual([[100], [100], [50]]);
  });

  it('skips sheets without a used range, and fits a typical budget workbook in one batch by default', () => {
    expect(planChunks([{ rows: 0, cols: 0 }])).toEqual([]);
    expect(planChunks(Array.from({ length: 15 }, () => ({ rows: 60, cols: 12 })))).toHaveLength(1);
    expect(MAX_CELLS_PER_SYNC).toBeLessThanOrEqual(50_000);
  });
});

describe('toRawCell', () => {
  it('drops empty cells, keeps formulas of cells showing nothing', () => {
    expect(toRawCell('', '', 'General', '', 'Empty')).toBeNull();
    expect(toRawCell('', '', 'General', '=IF(A1,"","")', 'Empty')).toEqual({ value: '', text: '', formula: '=IF(A1,"","")' });
  });
  it('marks error values and keeps non-General formats', () => {
    expect(toRawCell('#DIV/0!', '#DIV/0!', '0.00', '=1/0', 'Error')).toEqual({
      value: '#DIV/0!',
      text: '#DIV/0!',
      numFmt: '0.00',
      formula: '=1/0',
      error: '#DIV/0!',
    });
  });
});
