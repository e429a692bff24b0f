// The annotated copy: the clerk's workbook with the add-in's fills and notes, plus a first sheet listing every
// finding. Pure of fs so the CLI and the web page's download share it.
import ExcelJS from 'exceljs';
import { parseA1 } from '../engine/grid/address';
import { MARK_FILL, noteText, worstSeverity } from '../engine/mark-style';
import type { Finding } from '../engine/report';
import { mergeNote, noteToText } from './annotate-note';
import { boxKey, noteBox, type NoteBox } from './annotate-note-size';
import { addResultsSheet } from './annotate-results-sheet';
import { addChecklistSheet } from './annotate-checklist';
import type { ChecklistItem } from '../engine/checklist/types';
import type { ChecklistMeta } from '../export/checklist-sheet';
import { finishPackage } from './annotate-zip';

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/** The exceljs cell a finding marks: the top-left of a merged area, so the fill and note show; null if absent. */
function targetCell(wb: ExcelJS.Workbook, sheet: string, a1: string): ExcelJS.Cell | null {
  const ws = wb.getWorksheet(sheet);
  const pos = parseA1(a1);
  if (!ws || ws.name !== sheet || !pos) return null;
  return ws.getCell(pos.row + 1, pos.col + 1).master;
}

/** Findings per marked cell, merged areas folded onto their top-left cell, report order kept. */
function groupByTarget(wb: ExcelJS.Workbook, findings: readonly Finding[]): Map<ExcelJS.Cell, Finding[]> {
  const groups = new Map<ExcelJS.Cell, Finding[]>();
  for (const f of findings) {
    const cell = targetCell(wb, f.sheet, f.cell);
    if (!cell) continue;
    const list = groups.get(cell);
    if (list) list.push(f);
    else groups.set(cell, [f]);
  }
  return groups;
}

/** Fill and note one cell. A fresh style object: exceljs shares one style object among cells after load. */
function markCell(cell: ExcelJS.Cell, findings: readonly Finding[]): void {
  const hex = MARK_FILL[worstSeverity(findings)].replace('#', '').toUpperCase();
  const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } };
  cell.style = { ...cell.style, fill };
  cell.note = mergeNote(cell.note, noteText(findings));
}

/** Note boxes sized to the notes of the marked cells, per exceljs sheet id. */
function noteBoxes(marked: Iterable<ExcelJS.Cell>): Map<number, Map<string, NoteBox>> {
  const bySheet = new Map<number, Map<string, NoteBox>>();
  for (const cell of marked) {
    const id = cell.worksheet.id;
    const boxes = bySheet.get(id) ?? new Map<string, NoteBox>();
    boxes.set(boxKey(Number(cell.row) - 1, Number(cell.col) - 1), noteBox(noteToText(cell.note)));
    bySheet.set(id, boxes);
  }
  return bySheet;
}

/** Optional extras of the annotated copy: the reviewer's checklist as a last sheet 「检查表」. */
export interface AnnotateExtras {
  checklist?: { items: readonly ChecklistItem[]; meta: ChecklistMeta };
}

/** Write an annotated copy of `input`; never changes values, formulas, number formats or merges. */
export async function annotateWorkbook(input: Uint8Array, findings: readonly Finding[], extras: AnnotateExtras = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(toArrayBuffer(input));
  const groups = groupByTarget(wb, findings);
  for (const [cell, list] of groups) markCell(cell, list);
  // Excel cannot jump to a hidden sheet, so those findings are listed without a link.
  const canLink = (sheet: string, a1: string): boolean => {
    const ws = wb.getWorksheet(sheet);
    return ws?.name === sheet && ws.state !== 'hidden' && ws.state !== 'veryHidden' && parseA1(a1) !== null;
  };
  const results = addResultsSheet(wb, findings, canLink);
  const checklist = extras.checklist ? addChecklistSheet(wb, extras.checklist.items, extras.checklist.meta) : null;
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const sheetIds = new Map(wb.worksheets.filter((ws) => ws !== results && ws !== checklist).map((ws) => [ws.name, ws.id]));
  return finishPackage(written, { input, sheetIds, linkSheetId: results.id, noteBoxes: noteBoxes(groups.keys()) });
}
