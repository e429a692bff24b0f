// The 「预算公开情况检查表」 as a worksheet in a reviewer's layout: title, 被检查单位 and 预算年度, one row per item
// (序号 | 检查项目 | 检查结果 | 依据 | 说明), a 检查人 / 复核人 line. Used by the .xlsx export and the annotated copy.
import type ExcelJS from 'exceljs';
import { answerText, type ChecklistItem } from '../engine/checklist/types';

/** Who and what was checked, printed above the items. */
export interface ChecklistMeta {
  entity: string | null;
  year: number | null;
  file: string;
  /** 检查日期 as printed (「2026年3月5日」). */
  date: string;
}

const HEADERS = ['序号', '检查项目', '检查结果', '依据（单元格）', '说明'];
const WIDTHS = [6, 40, 10, 36, 50];
const FILLS: Record<string, string> = { 是: 'FFE2EFDA', 否: 'FFFCE4D6', 不适用: 'FFEDEDED' };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' },
};

/** Evidence as text: 「信息公开情况说明!A25、政府采购!A1」. */
export function evidenceText(item: ChecklistItem): string {
  return item.evidence.map((e) => `${e.sheet}!${e.cell}`).join('、');
}

/** Fill `ws` with the checklist; every value is a plain string or number (never a formula). */
export function writeChecklistSheet(ws: ExcelJS.Worksheet, items: readonly ChecklistItem[], meta: ChecklistMeta): void {
  ws.mergeCells(1, 1, 1, HEADERS.length);
  const title = ws.getCell(1, 1);
  title.value = '预算公开情况检查表';
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  ws.getCell(2, 1).value = `被检查单位：${meta.entity ?? '未识别'}　　预算年度：${meta.year ?? '未识别'}　　文件：${meta.file}　　检查日期：${meta.date}`;
  ws.mergeCells(2, 1, 2, HEADERS.length);
  const header = ws.getRow(4);
  HEADERS.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle' };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    c.border = THIN;
  });
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  items.forEach((it, i) => {
    const row = ws.getRow(5 + i);
    const answer = answerText(it.ok);
    [i + 1, it.item, answer, evidenceText(it), it.note].forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: c !== 0, horizontal: c === 0 || c === 2 ? 'center' : 'left' };
    });
    row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[answer] } };
  });
  const no = items.filter((it) => it.ok === false).length;
  const end = 5 + items.length + 1;
  ws.getCell(end, 1).value = `共 ${items.length} 项，其中“否” ${no} 项。本表由预算公开校验助手根据工作簿生成，请检查人逐项复核。`;
  ws.mergeCells(end, 1, end, HEADERS.length);
  ws.getCell(end + 2, 2).value = '检查人：';
  ws.getCell(end + 2, 4).value = '复核人：';
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' };
  (ws as unknown as { views: object[] }).views = [{ state: 'frozen', ySplit: 4, xSplit: 0 }];
}
