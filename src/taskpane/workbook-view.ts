// What the pane asks about a checked workbook besides its report, answered where the Grid lives: in a Web Worker
// for the web page, on the pane's own thread in Excel. The tables recognized for the check are reused (the draft
// never recognizes them again).
import { columnLetter, parseA1 } from '../engine/grid/address';
import { findSheet, getCell } from '../engine/grid/sheet';
import type { Grid, Sheet } from '../engine/grid/types';
import type { DraftOptions, NarrativeDraft } from '../engine/narrative/types';
import type { ChecklistItem } from '../engine/checklist/types';
import type { Finding, Report } from '../engine/report';
import type { BudgetTable } from '../engine/tables/types';

/** A few rows and columns around a finding's cell, as display text (plain data: it crosses to the page). */
export interface PreviewWindow {
  sheet: string;
  cell: string;
  rows: number[];
  cols: number[];
  /** Column letters of `cols`. */
  letters: string[];
  /** texts[i][j]: the text of rows[i], cols[j]. */
  texts: string[][];
  target: { row: number; col: number };
}

/** The checked workbook, as the pane sees it. */
export interface WorkbookView {
  preview(sheet: string, cell: string): Promise<PreviewWindow | null>;
  draft(options: DraftOptions): Promise<NarrativeDraft>;
  /** The reviewer's checklist for these findings (it reads the cells). */
  checklist(findings: readonly Finding[]): Promise<ChecklistItem[]>;
}

/** A check's result: the report and the view for everything else. */
export interface Checked {
  report: Report;
  view: WorkbookView;
}

/** The row's label: the last text cell left of the neighbours (the 科目名称 beside a code and a 序号). */
function labelCol(sheet: Sheet, row: number, col: number): number {
  for (let c = col - 2; c >= 0; c--) if (getCell(sheet, row, c)?.value.kind === 'text') return c;
  return 0;
}

/** Rows around the cell and the label, left and right columns; null when the cell cannot be found. */
export function previewWindow(grid: Grid, sheetName: string, cell: string): PreviewWindow | null {
  const sheet = findSheet(grid, sheetName);
  const pos = parseA1(cell);
  if (!sheet || !pos) return null;
  const rows = [pos.row - 1, pos.row, pos.row + 1].filter((r) => r >= 0);
  const cols = [...new Set([labelCol(sheet, pos.row, pos.col), pos.col - 1, pos.col, pos.col + 1].filter((c) => c >= 0))].sort((a, b) => a - b);
  const texts = rows.map((r) => cols.map((c) => getCell(sheet, r, c)?.text ?? ''));
  return { sheet: sheetName, cell, rows, cols, letters: cols.map(columnLetter), texts, target: pos };
}

/** The view over a Grid held on this thread. */
export function localView(
  grid: Grid,
  tables: readonly BudgetTable[],
  draft: (tables: readonly BudgetTable[], options: DraftOptions) => NarrativeDraft,
  checklist: (grid: Grid, findings: readonly Finding[]) => ChecklistItem[],
): WorkbookView {
  return {
    checklist: async (findings) => checklist(grid, findings),
    preview: async (sheet, cell) => previewWindow(grid, sheet, cell),
    // The grid stays here (the page sends options without it): the draft reads cells such as the 说明 sheet.
    draft: async (options) => draft(tables, { ...options, grid }),
  };
}
