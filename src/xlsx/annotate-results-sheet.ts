// The 「校验结果」 sheet of the annotated copy: every finding in one list, each with a link to its cell.
import type ExcelJS from 'exceljs';
import { parseA1 } from '../engine/grid/address';
import { MARK_FILL, severityLabel } from '../engine/mark-style';
import { ruleName } from '../engine/messages/rule-names';
import { summarize, type Finding } from '../engine/report';

/** Name of the results sheet; a numbered variant is used when the workbook already has one. */
export const RESULTS_SHEET_NAME = '校验结果';

const HEADERS = ['序号', '严重程度', '工作表', '单元格', '说明', '应为', '实为', '规则'];
const WIDTHS = [6, 10, 18, 10, 60, 14, 14, 26];
const HEADER_ROW = 2;
const LINK_COL = 4;

/** A sheet name as a formula/link reference: always quoted, inner quotes doubled ('It''s'). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The in-workbook link target of a cell, e.g. #'收支总表'!B7. */
export function cellLinkTarget(sheet: string, cell: string): string {
  return `#${quoteSheetName(sheet)}!${cell.replace(/\$/g, '').toUpperCase()}`;
}

/** 校验结果, or 校验结果(2), (3)… when taken (sheet names compare case-insensitively in Excel). */
export function uniqueSheetName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(RESULTS_SHEET_NAME)) return RESULTS_SHEET_NAME;
  for (let i = 2; ; i++) {
    const name = `${RESULTS_SHEET_NAME}(${i})`;
    if (!lower.has(name)) return name;
  }
}

/** The one-line summary at the top of the sheet. */
export function infoLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return '校验完成，未发现问题。';
  const s = summarize(findings);
  return `共 ${findings.length} 条校验结果：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条。点击「单元格」列可跳转到对应单元格。`;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

function writeHeader(ws: ExcelJS.Worksheet, findings: readonly Finding[]): void {
  const info = ws.getCell(1, 1);
  info.value = infoLine(findings);
  info.font = { bold: true };
  const header = ws.getRow(HEADER_ROW);
  HEADERS.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = solid('#D9D9D9');
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** Whether a finding's location exists in the workbook, so a link to it would work. */
export type LinkCheck = (sheet: string, cell: string) => boolean;

function writeFinding(ws: ExcelJS.Worksheet, f: Finding, n: number, canLink: LinkCheck): void {
  const row = ws.getRow(HEADER_ROW + n);
  // The 规则 column names the rule in Chinese (never its English id).
  const texts = [severityLabel(f.severity), f.sheet, f.cell, f.message, f.expected ?? '', f.actual ?? '', ruleName(f.rule)];
  row.getCell(1).value = n;
  texts.forEach((t, i) => {
    // Plain strings only: exceljs stores them as shared strings, so "=…" stays text, never a formula.
    row.getCell(i + 2).value = String(t);
  });
  row.getCell(2).fill = solid(MARK_FILL[f.severity]);
  const link = row.getCell(LINK_COL);
  if (parseA1(f.cell) && canLink(f.sheet, f.cell)) {
    link.value = { text: f.cell, hyperlink: cellLinkTarget(f.sheet, f.cell), tooltip: `跳转到 ${f.sheet}!${f.cell}` };
    link.font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  for (let c = 1; c <= HEADERS.length; c++) {
    const cell = row.getCell(c);
    cell.alignment = { vertical: 'top', wrapText: c === 5 || c === 3 || c === 8 };
  }
}

function setViews(ws: ExcelJS.Worksheet, views: object[]): void {
  (ws as unknown as { views: object[] }).views = views;
}

function orderOf(ws: ExcelJS.Worksheet): { orderNo: number } {
  return ws as unknown as { orderNo: number };
}

/**
 * Add the results sheet as the first, active tab; returns it. Links are written as exceljs hyperlinks and
 * made in-workbook links afterwards by `finishPackage` (exceljs writes them as external ones).
 */
export function addResultsSheet(wb: ExcelJS.Workbook, findings: readonly Finding[], canLink: LinkCheck): ExcelJS.Worksheet {
  const others = wb.worksheets;
  const ws = wb.addWorksheet(uniqueSheetName(others.map((s) => s.name)));
  // exceljs orders sheets by an untyped orderNo; one below the smallest puts ours first.
  const first = others.reduce((m, s) => Math.min(m, orderOf(s).orderNo), 0);
  orderOf(ws).orderNo = first - 1;
  writeHeader(ws, findings);
  // Printed (or exported to PDF) on A4 landscape, one page wide, header row repeated on every page.
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
  findings.forEach((f, i) => writeFinding(ws, f, i + 1, canLink));
  if (findings.length > 0) {
    ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + findings.length, column: HEADERS.length } };
  }
  // tabSelected is written by exceljs but missing from its types; one selected tab avoids grouped sheets.
  for (const s of others) setViews(s, (s.views ?? []).map((v) => ({ ...v, tabSelected: false })));
  setViews(ws, [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, activeCell: 'A3', tabSelected: true }]);
  const view = wb.views?.[0] ?? { x: 0, y: 0, width: 20000, height: 12000, visibility: 'visible' };
  wb.views = [{ ...view, firstSheet: 0, activeTab: 0 }];
  return ws;
}
