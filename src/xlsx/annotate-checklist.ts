// The 「检查表」 sheet of the annotated copy: the reviewer's checklist next to the 校验结果 (its own small module so
// the annotated copy's other parts stay as they are).
import type ExcelJS from 'exceljs';
import type { ChecklistItem } from '../engine/checklist/types';
import { writeChecklistSheet, type ChecklistMeta } from '../export/checklist-sheet';

/** Name of the checklist sheet; a numbered variant when the workbook already has one. */
export const CHECKLIST_SHEET_NAME = '检查表';

function uniqueName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(CHECKLIST_SHEET_NAME)) return CHECKLIST_SHEET_NAME;
  for (let i = 2; ; i++) if (!lower.has(`${CHECKLIST_SHEET_NAME}(${i})`)) return `${CHECKLIST_SHEET_NAME}(${i})`;
}

/** Add the checklist as the last sheet; returns it. */
export function addChecklistSheet(wb: ExcelJS.Workbook, items: readonly ChecklistItem[], meta: ChecklistMeta): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(uniqueName(wb.worksheets.map((s) => s.name)));
  writeChecklistSheet(ws, items, meta);
  return ws;
}
