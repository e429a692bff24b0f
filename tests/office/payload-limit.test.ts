// Issue 13 item 5: Excel on the web refuses a request or a response over 5 MB. Reads and marks are sized by bytes,
// not by a cell count, and a sheet with more than 512 merged areas degrades instead of failing the whole read.
import { cellText, getCell } from '../../src/engine/grid/sheet';
import type { Finding } from '../../src/engine/report';
import { readWorkbook } from '../../src/office/read-workbook';
import { FakeContext, FakeExcel, fakeSheet, fillAt, type FakeBook, type FakeCell } from './fake-excel';
import { PAYLOAD_LIMIT } from './fake-wire';
import { NOTES, runtimeHost } from './runtime-host';

const NAMES = ['一般公共服务', '社会保障和就业', '卫生健康支出', '行政事业单位医疗', '医疗保障管理事务'];

function namesSheet(rows: number, cols: number, len: number): FakeBook {
  const text = (r: number, c: number) => `${NAMES[(r + c) % NAMES.length]}${r}`.padEnd(len, '费').slice(0, len);
  return { sheets: [fakeSheet('项目明细', Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => text(r, c))))], comments: [] };
}

describe('reading stays under 5 MB per sync', () => {
  it('2,000 rows x 20 short names (6.6 MB as values + text + formulas)', async () => {
    const ctx = new FakeContext(namesSheet(2000, 20, 10));
    const { grid } = await readWorkbook(ctx);
    expect(cellText(getCell(grid.sheets[0], 1999, 19))).toBe(namesSheet(2000, 20, 10).sheets[0].cells.get('1999,19')?.value);
    expect(ctx.largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it('1,000 rows x 12 绩效 texts of 60 characters (12.7 MB that way)', async () => {
    const ctx = new FakeContext(namesSheet(1000, 12, 60));
    const { grid } = await readWorkbook(ctx);
    expect(grid.sheets[0].cells).toHaveLength(1000);
    expect(ctx.largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it('a sheet with 600 merged areas is read with all of them; the other sheets are not affected', async () => {
    const b: FakeBook = {
      sheets: [
        fakeSheet('收支总表', [['部门收支总体情况表', null, null], ['项目', '本年收入', '备注']], 'A1', { merges: ['A1:C1'] }),
        fakeSheet('项目明细', Array.from({ length: 1200 }, (_, r) => ['项目', null, r]), 'A1', { merges: Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`) }),
      ],
      comments: [],
    };
    const { grid } = await readWorkbook(new FakeContext(b));
    expect(grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grid.sheets[1].merges).toHaveLength(600);
    expect(grid.sheets[1].cells).toHaveLength(1200);
  });
});

describe('marking stays under 5 MB per sync', () => {
  it('5,000 cells with three findings each (long notes) are marked and cleared', async () => {
    const rows: (number | FakeCell)[][] = Array.from({ length: 500 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const b: FakeBook = { sheets: [fakeSheet('表1', rows)], comments: [] };
    const excel = new FakeExcel(b);
    const findings: Finding[] = rows.flatMap((row, r) =>
      row.flatMap((_, c) => [0, 1, 2].map((k): Finding => ({
        rule: 'rollup/item-sum',
        severity: k === 0 ? 'error' : 'warning',
        sheet: '表1',
        cell: `${String.fromCharCode(65 + c)}${r + 1}`,
        message: `项「${NAMES[k]}」为 ${r}.00，所属明细之和为 ${r + 1}.00，相差 1.00，请核对该行的各项明细数据是否录入完整`,
        expected: `${r + 1}.00`,
        actual: `${r}.00`,
      }))),
    );
    const host = runtimeHost(excel, NOTES);
    await host.markFindings(findings);
    expect(fillAt(b, '表1', 'J500')).not.toBeNull();
    expect(excel.largestRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    await host.clearMarks();
    expect([...b.sheets[0].cells.values()].filter((c) => c.fill || c.note)).toEqual([]);
  });
});
