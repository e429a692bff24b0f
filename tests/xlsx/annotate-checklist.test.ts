// The annotated copy's 「检查表」 sheet, and the reviewer's .xlsx export of the same checklist.
import ExcelJS from 'exceljs';
import type { ChecklistItem } from '../../src/engine/checklist/types';
import { checklistToXlsx } from '../../src/export/checklist-xlsx';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { FINDINGS, fixtureBytes, SUMMARY } from './annotate-fixture';

const ITEMS: ChecklistItem[] = [
  { item: '9张部门预算公开表格是否齐全', ok: true, evidence: [{ sheet: SUMMARY, cell: 'A1' }], note: '9张表格均已找到。' },
  { item: '政府采购预算是否公开', ok: false, evidence: [{ sheet: '说明', cell: 'A9' }, { sheet: '政府采购', cell: 'A1' }], note: '情况说明中没有写政府采购预算金额。' },
  { item: '政府采购预算是否区分货物、工程、服务', ok: null, evidence: [], note: '=SUM(1,2) 政府采购预算为零，不涉及。' },
];
const META = { entity: '灵寿县医疗保障局', year: 2021, file: '预算.xlsx', date: '2026年3月5日' };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  return [1, 2, 3, 4, 5].map((c) => ws.getCell(row, c).value);
}

describe('the checklist sheet of the annotated copy', () => {
  it('is added last as 「检查表」, one row per item, the clerk\'s sheets untouched', async () => {
    const input = await fixtureBytes();
    const wb = await load(await annotateWorkbook(input, FINDINGS, { checklist: { items: ITEMS, meta: META } }));
    const before = await load(input);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['校验结果', ...before.worksheets.map((w) => w.name), '检查表']);
    const ws = wb.getWorksheet('检查表')!;
    expect(ws.getCell('A1').value).toBe('预算公开情况检查表');
    expect(String(ws.getCell('A2').value)).toContain('被检查单位：灵寿县医疗保障局');
    expect(rowValues(ws, 4)).toEqual(['序号', '检查项目', '检查结果', '依据（单元格）', '说明']);
    expect(rowValues(ws, 5)).toEqual([1, '9张部门预算公开表格是否齐全', '是', `${SUMMARY}!A1`, '9张表格均已找到。']);
    expect(rowValues(ws, 6)).toEqual([2, '政府采购预算是否公开', '否', '说明!A9、政府采购!A1', '情况说明中没有写政府采购预算金额。']);
    expect(rowValues(ws, 7).slice(2)).toEqual(['不适用', '', '=SUM(1,2) 政府采购预算为零，不涉及。']);
    expect(ws.getCell('E7').formula).toBeUndefined();
    expect((ws.getCell('C6').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFCE4D6');
  });

  it('takes another name when the workbook already has a 检查表, and is absent without a checklist', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('检查表').getCell('A1').value = '原有内容';
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const out = await load(await annotateWorkbook(bytes, [], { checklist: { items: ITEMS, meta: META } }));
    expect(out.worksheets.map((w) => w.name)).toEqual(['校验结果', '检查表', '检查表(2)']);
    expect(out.getWorksheet('检查表')!.getCell('A1').value).toBe('原有内容');
    const plain = await load(await annotateWorkbook(bytes, []));
    expect(plain.worksheets.map((w) => w.name)).toEqual(['校验结果', '检查表']);
  });
});

describe('checklistToXlsx: the reviewer\'s layout', () => {
  it('one sheet: title, who and when, the items with 是/否/不适用 and evidence, a count and the signature line', async () => {
    const ws = (await load(await checklistToXlsx(ITEMS, META))).worksheets[0];
    expect(ws.name).toBe('预算公开情况检查表');
    expect(ws.getCell('A1').value).toBe('预算公开情况检查表');
    expect(ws.getCell('A2').value).toBe('被检查单位：灵寿县医疗保障局　　预算年度：2021　　文件：预算.xlsx　　检查日期：2026年3月5日');
    expect([5, 6, 7].map((r) => ws.getCell(r, 3).value)).toEqual(['是', '否', '不适用']);
    expect(ws.getCell('A9').value).toBe('共 3 项，其中“否” 1 项。本表由预算公开校验助手根据工作簿生成，请检查人逐项复核。');
    expect([ws.getCell('B11').value, ws.getCell('D11').value]).toEqual(['检查人：', '复核人：']);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });
});
