// The one file that knows where the engine's pieces live, so the pane can be tested with a fake engine
// and exceljs/docx are only loaded (dynamic import) on the browser path that needs them.
import { check } from '../engine/check';
import { createCodeBook } from '../engine/codes/code-book';
import type { ImportedCodeTable } from '../engine/codes/imported';
import type { CheckOptions } from '../engine/check';
import type { Grid, Sheet } from '../engine/grid/types';
import type { NarrativeDraft, DraftOptions } from '../engine/narrative/types';
import type { Finding, Report } from '../engine/report';
import { recognizeWorkbook } from '../engine/tables/recognize';
import type { BudgetTable } from '../engine/tables/types';

export type { ImportedCodeTable } from '../engine/codes/imported';

/** Everything the pane asks of the engine and the file converters. */
export interface EngineApi {
  check(grid: Grid, file: string, options: CheckOptions): Report;
  /** Recognized tables, for the narrative draft. */
  tables(grid: Grid): BudgetTable[];
  draft(tables: readonly BudgetTable[], options: DraftOptions): NarrativeDraft;
  paragraphs(draft: NarrativeDraft): string[];
  /** Options for check() from the imported 科目表 (empty when none). */
  checkOptions(imported: readonly ImportedCodeTable[]): CheckOptions;
  parseCodeTable(sheet: Sheet, year: number): ImportedCodeTable;
  /** zh-CN one-line description of an imported table, e.g. 「2024 年 · 科目表 · 1,203 个科目」. */
  describeCodeTable(t: ImportedCodeTable): string;
  readWorkbook(bytes: Uint8Array): Promise<Grid>;
  annotate(bytes: Uint8Array, findings: readonly Finding[]): Promise<Uint8Array>;
  toDocx(draft: NarrativeDraft): Promise<Uint8Array>;
}

function draftFallback(tables: readonly BudgetTable[]): NarrativeDraft {
  void tables;
  return { title: '信息公开情况说明', template: 'hebei', sections: [], placeholders: [] };
}

function paragraphsOf(draft: NarrativeDraft): string[] {
  const out = [draft.title];
  for (const s of draft.sections) out.push(s.heading, ...s.paragraphs);
  return out;
}

function notReady(what: string): Promise<never> {
  return Promise.reject(new Error(`${what}功能尚未完成。`));
}

/** The real engine; exceljs and docx modules are imported lazily. */
export const defaultEngine: EngineApi = {
  check: (grid, file, options) => check(grid, file, options),
  tables: (grid) => recognizeWorkbook(grid).tables,
  draft: (tables) => draftFallback(tables),
  paragraphs: paragraphsOf,
  checkOptions: (imported) => (imported.length > 0 ? { codeBook: createCodeBook(imported) } : {}),
  parseCodeTable: () => {
    throw new Error('科目表导入功能尚未完成。');
  },
  describeCodeTable: (t) => `${t.year ?? '各'}年 · ${t.source} · ${t.entries.length} 个科目`,
  readWorkbook: async (bytes) => (await import('../xlsx/read-workbook')).readWorkbook(bytes),
  annotate: async (bytes, findings) => (await import('../xlsx/annotate')).annotateWorkbook(bytes, findings),
  toDocx: () => notReady('Word 导出'),
};
