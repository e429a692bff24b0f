// The reviewer's checklist as its own .xlsx (one sheet 「预算公开情况检查表」), the same bytes in Node and browsers.
import ExcelJS from 'exceljs';
import type { ChecklistItem } from '../engine/checklist/types';
import { writeChecklistSheet, type ChecklistMeta } from './checklist-sheet';

/** Build the .xlsx bytes of the checklist. */
export async function checklistToXlsx(items: readonly ChecklistItem[], meta: ChecklistMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算公开校验助手';
  writeChecklistSheet(wb.addWorksheet('预算公开情况检查表'), items, meta);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
