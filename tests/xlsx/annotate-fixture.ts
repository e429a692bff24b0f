// A small workbook for the annotated-copy tests, built in code from seed 000's 收支总表 figures
// (灵寿县医疗保障局 2021): merges, number formats, formulas with cached results, a clerk's own note.
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/engine/report';
import { specToWorkbook, type WorkbookSpec } from '../fixtures/workbook-spec';

/** Sheet names chosen to need quoting in links: a space and an apostrophe. */
export const SUMMARY = '收支 总表';
export const OTHER = "Tom's 表";

export const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: SUMMARY,
      merges: ['A1:E1', 'B3:C3', 'D3:E3'],
      rows: [
        ['部门预算收支总表'],
        ['473灵寿县医疗保障局', null, '预算年度：2021', null, '单位：万元'],
        ['序号', '收入', null, '支出', null],
        [null, '项  目', '预算数', '项  目', '预算数'],
        [{ v: 1, fmt: 'General' }, '一、一般公共预算拨款收入', 3232.07, '八、社会保障和就业支出', 60.25],
        [{ v: 2, fmt: 'General' }, null, null, '十、卫生健康支出', 3133.12],
        [{ v: 3, fmt: 'General' }, null, null, '二十、住房保障支出', { v: 38.7, fmt: '#,##0.00_ ' }],
        [null, '收入总计', { v: 3232.07, f: 'C5' }, '支出总计', { v: 3232.07, f: 'SUM(E5:E7)' }],
      ],
    },
    {
      name: OTHER,
      rows: [
        ['项目', '金额'],
        ['办公费', '60.25'],
        ['合计', { v: 60.25, f: 'VALUE(B2)' }],
      ],
    },
  ],
};

/** The clerk's own note on Tom's 表!A2, in rich text with a bold author run as Excel writes it. */
export const USER_NOTE: ExcelJS.Comment = {
  texts: [{ text: '张会计:', font: { bold: true } }, { text: '\n此项请核对' }],
};

/** The fixture as .xlsx bytes. */
export async function fixtureBytes(): Promise<Uint8Array> {
  const wb = specToWorkbook(SPEC);
  wb.getWorksheet(OTHER)!.getCell('A2').note = USER_NOTE;
  wb.getWorksheet(OTHER)!.getCell('B1').note = '原有批注';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function finding(p: Partial<Finding> & Pick<Finding, 'sheet' | 'cell' | 'message'>): Finding {
  return { rule: 'test/rule', severity: 'error', ...p };
}

/** Findings a checker might report on the fixture, including awkward ones. */
export const FINDINGS: Finding[] = [
  finding({ sheet: SUMMARY, cell: 'E8', message: '支出总计与各项之和不符', expected: '3232.07', actual: '3232.08', rule: 'rollup/total-sum' }),
  finding({ sheet: SUMMARY, cell: 'E8', severity: 'warning', message: '合计行为公式，请确认已重新计算' }),
  finding({ sheet: SUMMARY, cell: 'E5', severity: 'warning', message: '社会保障和就业支出较上年变化较大' }),
  finding({ sheet: SUMMARY, cell: 'C3', severity: 'info', message: '表头为合并单元格' }),
  finding({ sheet: OTHER, cell: 'A2', message: '=SUM(A1:A3) 看起来像公式', expected: '=1+1', actual: '@x' }),
  finding({ sheet: OTHER, cell: 'B2', severity: 'info', message: '+1 以文本形式存储的数字' }),
  finding({ sheet: OTHER, cell: 'B1', severity: 'warning', message: '-2 表头' }),
  finding({ sheet: '不存在的表', cell: 'A1', severity: 'warning', message: '找不到该工作表' }),
];

/** Load .xlsx bytes with exceljs. */
export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await wb.xlsx.load(copy.buffer);
  return wb;
}

/** The ARGB form exceljs reads back for a MARK_FILL colour ("#F4A6A6" -> "FFF4A6A6"). */
export const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** The solid fill colour of a cell, if any. */
export function fillOf(ws: ExcelJS.Worksheet, a1: string): string | undefined {
  const fill = ws.getCell(a1).fill as ExcelJS.FillPattern | undefined;
  return fill && fill.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

/** The plain text of a cell's note ('' when none). */
export function noteOf(ws: ExcelJS.Worksheet, a1: string): string {
  const note = ws.getCell(a1).note as string | ExcelJS.Comment | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}
