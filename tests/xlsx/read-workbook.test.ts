import ExcelJS from 'exceljs';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read-workbook';
import { getCell } from '../../src/engine/grid/sheet';
import { specToXlsx } from '../fixtures/workbook-spec';

async function readSpecRows(rows: Parameters<typeof specToXlsx>[0]['sheets'][0]['rows'], merges: string[] = []) {
  const bytes = await specToXlsx({ sheets: [{ name: '表1', rows, merges }] });
  return (await readWorkbook(new Uint8Array(bytes))).sheets[0];
}

describe('readWorkbook', () => {
  it('reads numbers as Decimals with their shown decimals, and formulas with cached results', async () => {
    const s = await readSpecRows([
      ['合计', 3232.07, { v: 479.32, f: 'SUM(B3:B4)' }],
      ['文本数字', '３２３２．０７', '1,234.50'],
      ['横线', '-', '—'],
      ['带单位', '3232.07元', { v: null, f: '1/0', error: '#DIV/0!' }],
    ]);
    const b1 = getCell(s, 0, 1)!;
    expect(b1.value.kind === 'number' && b1.value.num.toFixed(2)).toBe('3232.07');
    expect(b1.decimals).toBe(2);
    const c1 = getCell(s, 0, 2)!;
    expect(c1.formula).toBe('SUM(B3:B4)');
    expect(c1.value.kind === 'number' && c1.value.num.toFixed()).toBe('479.32');
    const b2 = getCell(s, 1, 1)!;
    expect(b2.value).toMatchObject({ kind: 'number', storedAsText: true });
    expect(b2.value.kind === 'number' && b2.value.num.toFixed()).toBe('3232.07');
    const c2 = getCell(s, 1, 2)!;
    expect(c2.value.kind === 'number' && c2.value.num.toFixed(2)).toBe('1234.50');
    expect(getCell(s, 2, 1)!.value.kind).toBe('dash');
    expect(getCell(s, 2, 2)!.value.kind).toBe('dash');
    expect(getCell(s, 3, 1)!.value).toEqual({ kind: 'text', text: '3232.07元' });
    expect(getCell(s, 3, 2)!.value).toEqual({ kind: 'error', code: '#DIV/0!' });
  });

  it('keeps merged ranges and skips the covered cells', async () => {
    const s = await readSpecRows([['部门预算收支总表', null, null], ['a', 'b', 'c']], ['A1:C1']);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(getCell(s, 0, 1)).toBeUndefined();
  });

  it('normalizes line breaks and spaces inside names', async () => {
    const s = await readSpecRows([['社会保障和就\n业支出', '项  目']]);
    expect(getCell(s, 0, 0)!.value).toEqual({ kind: 'text', text: '社会保障和就业支出' });
    expect(getCell(s, 0, 0)!.text).toBe('社会保障和就\n业支出');
    expect(getCell(s, 0, 1)!.value).toEqual({ kind: 'text', text: '项目' });
  });

  it('reads rich text and sheet state', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('隐藏', { state: 'hidden' });
    ws.getCell('A1').value = { richText: [{ text: '一般公共' }, { text: '预算' }] };
    const grid = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid.sheets[0].state).toBe('hidden');
    expect(getCell(grid.sheets[0], 0, 0)!.value).toEqual({ kind: 'text', text: '一般公共预算' });
  });

  const bad: [string, Uint8Array, RegExp][] = [
    ['empty file', new Uint8Array(0), /空的/],
    ['csv renamed', new TextEncoder().encode('科目编码,科目名称,合计\n208,社会保障和就业支出,60.25\n'), /纯文本/],
    ['old xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /\.xls/],
    ['random bytes', Uint8Array.from([0x00, 0x9f, 0x13, 0x77, 0x00, 0x01, 0xfe]), /无法识别/],
    ['truncated zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /损坏/],
  ];
  it.each(bad)('rejects %s with one Chinese sentence', async (_name, bytes, re) => {
    await expect(readWorkbook(bytes)).rejects.toThrow(WorkbookReadError);
    await expect(readWorkbook(bytes)).rejects.toThrow(re);
  });

  it('recognizes a password-protected workbook', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]);
    ole.set(name, 1024);
    await expect(readWorkbook(ole)).rejects.toThrow(/密码/);
  });
});
