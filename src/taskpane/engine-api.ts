// The one file that knows where the engine's pieces live, so the pane can be tested with a fake engine
// and exceljs/docx are only loaded (dynamic import) on the browser path that needs them.
import { check, checkRecognized } from '../engine/check';
import { createCodeBook } from '../engine/codes/code-book';
import { computeFormulas } from '../engine/formula/compute-grid';
import { draftNarrative, draftToParagraphs, draftToText } from '../engine/narrative/draft';
import type { ImportedCodeTable } from '../engine/codes/imported';
import type { CheckOptions } from '../engine/check';
import type { Grid, Sheet } from '../engine/grid/types';
import type { NarrativeDraft, DraftOptions } from '../engine/narrative/types';
import type { Finding, Report } from '../engine/report';
import { checklistOfGrid } from '../engine/checklist/build';
import type { ChecklistItem } from '../engine/checklist/types';
import type { ChecklistMeta } from '../export/checklist-sheet';
import type { AnnotateExtras } from '../xlsx/annotate';
import { recognizeWorkbook } from '../engine/tables/recognize';
import type { BudgetTable } from '../engine/tables/types';
import { parseCodeSheet } from './code-sheet';

export type { ImportedCodeTable } from '../engine/codes/imported';

/** Everything the pane asks of the engine and the file converters. */
export interface EngineApi {
  check(grid: Grid, file: string, options: CheckOptions): Report;
  /** The report and the tables recognized for it, so drafting never recognizes again. */
  checkWithTables(grid: Grid, file: string, options: CheckOptions): { report: Report; tables: BudgetTable[] };
  draft(tables: readonly BudgetTable[], options: DraftOptions): NarrativeDraft;
  paragraphs(draft: NarrativeDraft): string[];
  /** Plain text for the clipboard (a blank line between sections). */
  text(draft: NarrativeDraft): string;
  /** Options for check() from the imported 科目表 (empty when none). */
  checkOptions(imported: readonly ImportedCodeTable[]): CheckOptions;
  parseCodeTable(sheet: Sheet, year: number): ImportedCodeTable;
  /** zh-CN one-line description of an imported table, e.g. 「2024 年 · 科目表 · 1,203 个科目」. */
  describeCodeTable(t: ImportedCodeTable): string;
  readWorkbook(bytes: Uint8Array): Promise<Grid>;
  annotate(bytes: Uint8Array, findings: readonly Finding[], extras?: AnnotateExtras): Promise<Uint8Array>;
  toDocx(draft: NarrativeDraft): Promise<Uint8Array>;
  /** The reviewer's 预算公开情况检查表 of a checked workbook. */
  checklist(grid: Grid, findings: readonly Finding[]): ChecklistItem[];
  /** The checklist as the reviewer's .xlsx. */
  checklistXlsx(items: readonly ChecklistItem[], meta: ChecklistMeta): Promise<Uint8Array>;
}

/** The real engine; exceljs and docx modules are imported lazily. */
export const defaultEngine: EngineApi = {
  check: (grid, file, options) => check(grid, file, options),
  checkWithTables: (grid, file, options) => {
    // Formulas saved without a value get their value first, as check() does; the tables serve the draft too.
    const computed = computeFormulas(grid);
    const recognition = recognizeWorkbook(computed);
    return { report: checkRecognized(computed, recognition, file, options), tables: recognition.tables };
  },
  draft: (tables, options) => draftNarrative(tables, options),
  paragraphs: draftToParagraphs,
  text: draftToText,
  checkOptions: (imported) => (imported.length > 0 ? { codeBook: createCodeBook(imported) } : {}),
  parseCodeTable: parseCodeSheet,
  describeCodeTable: (t) => `${t.year ?? '各'}年 · ${t.source} · ${t.entries.length} 个科目`,
  // Any file a clerk picks (.xlsx, .xls/.et, .ods, a PDF): the format is read from the bytes (documents.ts).
  readWorkbook: async (bytes) => (await import('./documents')).readAnyDocument(bytes),
  annotate: async (bytes, findings, extras) =>
    (await import('../xlsx/annotate')).annotateWorkbook(await (await import('./documents')).annotatableBytes(bytes), findings, extras),
  toDocx: async (draft) => (await import('../export/docx')).draftToDocx(draft),
  checklist: (grid, findings) => checklistOfGrid(grid, findings),
  checklistXlsx: async (items, meta) => (await import('../export/checklist-xlsx')).checklistToXlsx(items, meta),
};
