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
import type { ImportedCodeTable } from '../engine/codes/imported';
import { createCodeBook } from '../engine/codes/code-book';
import type { FileFormat } from '../readers/format';
import type { PdfSpot } from '../readers/pdf/text-types';
import { parseCodeSheet } from './code-sheet';
import { UserError } from './errors';
import { checkWordNarrative, documentInfo, pdfSpotOf, type WordFinding } from './documents';

/** A few rows and columns around a finding's cell, as display text (plain data: it crosses to the page). */
export interface PreviewWindow {
  sheet: string;
  cell: string;
  rows: number[];
  cols: number[];
  /** Column letters of `cols`. */
  letters: string[];
  /** Each column's heading in the table (the text above the numbers), '' when none. */
  headings: string[];
  /** The column holding the row's label (科目名称), shown wider. */
  label: number;
  /** texts[i][j]: the text of rows[i], cols[j]. */
  texts: string[][];
  target: { row: number; col: number };
}

/** The checked workbook, as the pane sees it. */
export interface WorkbookView {
  /** What the file was (xlsx for Excel's own workbook): a PDF shows its page, and gives no annotated copy. */
  format: FileFormat;
  preview(sheet: string, cell: string): Promise<PreviewWindow | null>;
  /** Where a cell is printed, when the file was a PDF. */
  pdfSpot(sheet: string, cell: string): Promise<PdfSpot | null>;
  /** A Word 说明 checked against this workbook's tables: the findings on its paragraphs. */
  checkWord(name: string, bytes: Uint8Array, imported: readonly ImportedCodeTable[]): Promise<WordFinding[]>;
  draft(options: DraftOptions): Promise<NarrativeDraft>;
  /** The reviewer's checklist for these findings (it reads the cells). */
  checklist(findings: readonly Finding[]): Promise<ChecklistItem[]>;
  /** The sheets' names, for the 科目表 tab's sheet picker. */
  sheetNames(): Promise<string[]>;
  /** A sheet of this workbook read as the 科目表 of `year` (a UserError when it holds none). */
  codeTable(sheet: string, year: number): Promise<ImportedCodeTable>;
}

/** A check's result: the report and the view for everything else. */
export interface Checked {
  report: Report;
  view: WorkbookView;
}

function isLabel(sheet: Sheet, row: number, col: number): boolean {
  const cell = getCell(sheet, row, col);
  return cell?.value.kind === 'text' && !/^\s*\d+\s*$/.test(cell.text);
}

/** The row's label: the nearest text left of the cell (序号/栏次 digits skipped). */
function labelCol(sheet: Sheet, row: number, col: number): number {
  for (let c = col - 1; c >= 0; c--) if (isLabel(sheet, row, c)) return c;
  return 0;
}

/** The table's header row for a column: the nearest row above `row` where that column holds text (within 30). */
function headerRow(sheet: Sheet, row: number, col: number): number | null {
  for (let r = row - 1; r >= 0 && r >= row - 30; r--) if (getCell(sheet, r, col)?.value.kind === 'text') return r;
  return null;
}

/** A column's heading in the header row (or up to two rows above it, for two-level headers); '' when none. */
export function columnHeading(sheet: Sheet, header: number | null, col: number): string {
  if (header === null) return '';
  for (let r = header; r >= 0 && r >= header - 2; r--) {
    const cell = getCell(sheet, r, col);
    if (cell?.value.kind === 'text') return cell.text.replace(/\s+/g, '');
  }
  return '';
}

/** Rows around the cell, and the label, left and right columns with their headings; null when there is no cell. */
export function previewWindow(grid: Grid, sheetName: string, cell: string): PreviewWindow | null {
  const sheet = findSheet(grid, sheetName);
  const pos = parseA1(cell);
  if (!sheet || !pos) return null;
  const rows = [pos.row - 1, pos.row, pos.row + 1].filter((r) => r >= 0);
  const label = labelCol(sheet, pos.row, pos.col);
  const cols = [...new Set([label, pos.col - 1, pos.col, pos.col + 1].filter((c) => c >= 0))].sort((a, b) => a - b);
  const header = headerRow(sheet, pos.row, pos.col);
  const texts = rows.map((r) => cols.map((c) => getCell(sheet, r, c)?.text ?? ''));
  const headings = cols.map((c) => columnHeading(sheet, header, c));
  return { sheet: sheetName, cell, rows, cols, letters: cols.map(columnLetter), headings, label, texts, target: pos };
}

/** The check options an imported 科目表 gives. */
export function codeOptions(imported: readonly ImportedCodeTable[]): { codeBook?: ReturnType<typeof createCodeBook> } {
  return imported.length > 0 ? { codeBook: createCodeBook(imported) } : {};
}

/** A sheet of the grid read as a 科目表 (a UserError when it holds none, or is gone). */
export function codeTableOf(grid: Grid, sheetName: string, year: number): ImportedCodeTable {
  const sheet = findSheet(grid, sheetName);
  if (!sheet) throw new UserError(`没有找到工作表「${sheetName}」。请重新选择科目表所在的工作表。`);
  return parseCodeSheet(sheet, year);
}

/** The view over a Grid held on this thread. */
export function localView(
  grid: Grid,
  tables: readonly BudgetTable[],
  draft: (tables: readonly BudgetTable[], options: DraftOptions) => NarrativeDraft,
  checklist: (grid: Grid, findings: readonly Finding[]) => ChecklistItem[],
): WorkbookView {
  return {
    format: documentInfo(grid)?.format ?? 'xlsx',
    checklist: async (findings) => checklist(grid, findings),
    preview: async (sheet, cell) => previewWindow(grid, sheet, cell),
    pdfSpot: async (sheet, cell) => pdfSpotOf(grid, sheet, cell) ?? null,
    checkWord: (name, bytes, imported) => checkWordNarrative(grid, name, bytes, codeOptions(imported)),
    // The grid stays here (the page sends options without it): the draft reads cells such as the 说明 sheet.
    draft: async (options) => draft(tables, { ...options, grid }),
    sheetNames: async () => grid.sheets.map((s) => s.name),
    codeTable: async (sheet, year) => codeTableOf(grid, sheet, year),
  };
}
