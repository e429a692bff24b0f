// The findings list as an .xlsx for the web page's 「导出问题清单」: one sheet 问题清单, header row frozen and filtered,
// every cell text (exceljs writes strings as shared strings, so "=…" never becomes a formula). exceljs is
// imported lazily: it loads only when the clerk exports.
import { MARK_FILL } from '../engine/mark-style';
import { FINDINGS_HEADERS } from '../host/findings-table';

const WIDTHS = [6, 8, 22, 16, 8, 60, 14, 14, 22, 10, 17];
const SEVERITY_FILL: Record<string, string> = { 错误: MARK_FILL.error, 警告: MARK_FILL.warning, 提示: MARK_FILL.info };

/** Bytes of an .xlsx holding `rows` under the standard headings. */
export async function findingsWorkbook(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...FINDINGS_HEADERS]);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(String));
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  rows.forEach((r, i) => {
    const fill = SEVERITY_FILL[r[1]];
    if (fill) ws.getCell(i + 2, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill.slice(1)}` } };
    ws.getCell(i + 2, 6).alignment = { wrapText: true, vertical: 'top' };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: FINDINGS_HEADERS.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
