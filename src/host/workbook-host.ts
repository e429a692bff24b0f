// What every host of the engine offers the task pane and the ribbon commands: the open workbook in Excel (office-js)
// or a file picked in a browser. Both src/office and src/taskpane import it; neither imports the other's internals.
import type { Grid } from '../engine/grid/types';
import type { Finding } from '../engine/report';

/** How far a read has come, for a progress bar. */
export interface ReadProgress {
  /** 0..1 */
  fraction: number;
  /** zh-CN status line, e.g. 「正在读取工作表 3/12」 */
  label: string;
}

/** What marking did, so the clerk is told about every cell that could not be marked as asked. */
export interface MarkOutcome {
  /** Cells that got our fill and/or note. */
  cells: number;
  /** Findings that point at no existing cell (sheet gone, not A1). */
  skipped: number;
  /** Sheets left unmarked because they are protected. */
  protectedSheets: string[];
  /** Cells with a gradient fill: left as they are (Excel cannot write a gradient back), marked by note only. */
  gradient: number;
  /** Cells that could not take our note (the clerk's own note or comment is there, or Excel refused it). */
  unannotated: number;
  /** Cells not marked because there were more than the add-in marks at once. */
  overLimit: number;
}

/** What clearing did. */
export interface ClearOutcome {
  /** Cells given back their fill and freed of our note. */
  cells: number;
  /** Sheets whose marks stay because they are protected (cleared once protection is removed). */
  protectedSheets: string[];
  /** Remembered marks whose sheet no longer exists (deleted, or renamed and the file reopened since). */
  missing: number;
}

export interface WorkbookHost {
  kind: 'excel' | 'browser';
  /** Display name of the workbook (file name in the browser). */
  name(): string;
  /** Read every visible sheet into a Grid. */
  readGrid(onProgress?: (p: ReadProgress) => void): Promise<Grid>;
  /** Fill and annotate the cells of these findings, after restoring any earlier marks. */
  markFindings(findings: readonly Finding[]): Promise<MarkOutcome | void>;
  /** Restore original fills and remove only the notes this add-in added. */
  clearMarks(): Promise<ClearOutcome | void>;
  /** Activate the sheet and select the cell (A1) of a finding. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Per-workbook settings (the workbook's own settings in Excel; localStorage in the browser). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting<T>(key: string, value: T): Promise<void>;
  /** Write paragraphs as text (never formulas) into a new sheet 信息公开情况说明, one per row, wrapped. */
  insertNarrativeSheet(paragraphs: readonly string[]): Promise<string>;
  /** Excel only: write the findings list as text into a new sheet 问题清单; returns its name. */
  insertFindingsSheet?(header: readonly string[], rows: readonly (readonly string[])[]): Promise<string>;
}

/** Thrown by hosts with a message the clerk can read (zh-CN), e.g. Excel too old. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}
