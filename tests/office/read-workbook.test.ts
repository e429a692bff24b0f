import { cellText, getCell } from '../../src/engine/grid/sheet';
import { readWorkbook, toRawCell } from '../../src/office/read-workbook';
import { FakeContext, fakeSheet, type FakeBook } from './fake-excel';
import { wireBytes } from './fake-wire';
import { fail } from './fake-model';
import { FakeRange } from './fake-range';

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

  it('uses the same number of syncs (4: sheets, layout, values, number texts) for 1 sheet and 12 sheets', async () => {
    const one = new FakeContext(book(1));
    const twelve = new FakeContext(book(12));
    await readWorkbook(one);
    const read12 = await readWorkbook(twelve);
    expect(read12.grid.sheets).toHaveLength(12);
    expect(one.syncs).toBe(4);
    expect(twelve.syncs).toBe(one.syncs);
  });

  it('splits a sheet larger than one batch into row blocks, keeping every row and every number text', async () => {
    const rows = Array.from({ length: 205 }, (_, r) => Array.from({ length: 10 }, (_, c) => ({ value: r * 10 + c, text: `${r * 10 + c}.00`, numFmt: '0.00' })));
    const ctx = new FakeContext({ sheets: [fakeSheet('大表', rows)], comments: [] });
    const labels: string[] = [];
    const { grid } = await readWorkbook(ctx, (p) => labels.push(p.label), { budget: 60_000 });
    expect(ctx.syncs).toBeGreaterThan(4);
    expect(grid.sheets[0].cells).toHaveLength(rows.length);
    expect(getCell(grid.sheets[0], rows.length - 1, 9)?.text).toBe(`${rows.length * 10 - 1}.00`);
    expect(labels).toContain('正在读取单元格（100/205 行）');
  });

  it('brings each string back once: no text or formulas for text cells, formulas only where there are some', async () => {
    const long = '项目绩效目标：提高医疗保障服务水平，确保参保群众待遇按时足额发放';
    const rows = Array.from({ length: 300 }, (_, r) => [long, `${long}${r}`, r, r === 299 ? { value: 44850, formula: '=SUM(C1:C299)' } : r]);
    const ctx = new FakeContext({ sheets: [fakeSheet('绩效目标表', rows)], comments: [] });
    const { grid } = await readWorkbook(ctx);
    expect(getCell(grid.sheets[0], 299, 3)?.formula).toBe('=SUM(C1:C299)');
    expect(getCell(grid.sheets[0], 5, 1)?.text).toBe(`${long}5`);
    const strings = wireBytes(rows.map((r) => [r[0], r[1]]));
    expect(ctx.largestResponse).toBeLessThan(strings * 1.3);
  });

  it('reads formulas with the values on a sheet whose formula areas Excel cannot list', async () => {
    const ctx = new FakeContext(book(2));
    const real = FakeRange.prototype.getSpecialCellsOrNullObject;
    const spy = jest.spyOn(FakeRange.prototype, 'getSpecialCellsOrNullObject').mockImplementation(function (this: FakeRange, type) {
      if (this.sheetName !== '表2') return real.call(this, type);
      const failing = real.call(this, type);
      failing.load = () => ctx.action(0, () => fail('GeneralException', 'too many formula areas'));
      return failing;
    });
    try {
      const { grid } = await readWorkbook(ctx);
      expect(getCell(grid.sheets[0], 5, 2)?.formula).toBe('=SUM(C5:C5)');
      expect(getCell(grid.sheets[1], 5, 2)?.formula).toBe('=SUM(C5:C5)');
      expect(grid.sheets[1].merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('toRawCell', () => {
  it('drops empty cells, keeps formulas of cells showing nothing', () => {
    expect(toRawCell('', 'General', '')).toBeNull();
    expect(toRawCell('', 'General', '=IF(A1,"","")')).toEqual({ value: '', formula: '=IF(A1,"","")' });
  });
  it('tells error values from their code, keeps non-General formats and the displayed text of numbers', () => {
    expect(toRawCell('#DIV/0!', '0.00', '=1/0')).toEqual({ value: '#DIV/0!', numFmt: '0.00', formula: '=1/0', error: '#DIV/0!' });
    expect(toRawCell('#需核对', 'General', undefined)).toEqual({ value: '#需核对' });
    expect(toRawCell(3232.07, '#,##0.00', undefined, '3,232.07')).toEqual({ value: 3232.07, numFmt: '#,##0.00', text: '3,232.07' });
  });
});
