// The web page's findings list (.xlsx): headings, one text row per finding, judgments, nothing a formula.
import ExcelJS from 'exceljs';
import { findingsRows } from '../../src/host/findings-table';
import { findingsWorkbook } from '../../src/taskpane/findings-export';
import { FINDINGS, report } from './fakes';

describe('findingsWorkbook', () => {
  it('writes 问题清单 with the headings, every finding as text, rule names in Chinese and the judgments', async () => {
    const r = report([...FINDINGS, { ...FINDINGS[3], cell: 'B9', message: '=HYPERLINK("http://x")' }]);
    const rows = findingsRows(r, { 'cross/total-equals|收支总表!B3|收入总计与支出总计不相等': { judgment: 'not-a-problem', at: '2026-03-01T08:00:00.000Z' } });
    const wb = new ExcelJS.Workbook();
    const bytes = await findingsWorkbook(rows);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('问题清单');
    if (!ws) throw new Error('no sheet 问题清单');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '严重程度', '表格', '工作表', '单元格', '说明', '应为', '实为', '规则', '复核结论', '复核时间']);
    expect(ws.rowCount).toBe(6);
    const b3 = ws.getRow(4);
    expect([b3.getCell(2).value, b3.getCell(3).value, b3.getCell(5).value, b3.getCell(9).value, b3.getCell(10).value]).toEqual(['错误', '收支总表', 'B3', '其他校验', '不是问题']);
    expect(String(b3.getCell(11).value)).toMatch(/^2026-03-01 \d\d:00$/);
    expect(ws.getRow(2).getCell(9).value).toBe('款 = 所属各项之和');
    const injected = ws.getRow(6).getCell(6);
    expect(injected.value).toBe('=HYPERLINK("http://x")');
    expect(injected.formula).toBeUndefined();
  });
});
