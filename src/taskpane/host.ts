// What the task pane needs from wherever the workbook lives (Excel via office-js, or a file in a browser).
// The UI receives one of these as a prop and never calls Excel.run itself.
import type { ImportedCodeTable } from '../engine/codes/imported';
import type { Grid } from '../engine/grid/types';
import type { Finding } from '../engine/report';
import type { Checked } from './workbook-view';

export interface ReadProgress {
  /** 0..1 */
  fraction: number;
  /** zh-CN status line, e.g. 「正在读取工作表 3/12」 */
  label: string;
}

export interface WorkbookHost {
  kind: 'excel' | 'browser';
  /** Display name of the workbook (file name in the browser). */
  name(): string;
  /** Read every visible sheet into a Grid. */
  readGrid(onProgress?: (p: ReadProgress) => void): Promise<Grid>;
  /**
   * Read and check where the workbook lives (the web page's Web Worker) instead of on the pane's thread; the
   * pane then never holds the Grid. Rejects with CheckCancelled when `signal` aborts.
   */
  checkWorkbook?(imported: readonly ImportedCodeTable[], onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<Checked>;
  /** Fill and annotate the cells of these findings, after restoring any earlier marks. */
  markFindings(findings: readonly Finding[]): Promise<void>;
  /** Restore original fills and remove only the notes this add-in added. */
  clearMarks(): Promise<void>;
  /** Activate the sheet and select the cell (A1) of a finding. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Per-workbook settings (Office document settings; localStorage in the browser). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting<T>(key: string, value: T): Promise<void>;
  /** Write paragraphs as text (never formulas) into a new sheet 信息公开情况说明, one per row, wrapped. */
  insertNarrativeSheet(paragraphs: readonly string[]): Promise<string>;
}

/** Thrown by hosts with a message the clerk can read (zh-CN), e.g. Excel too old. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}

/** A check stopped by the clerk (the 「取消」 button). */
export class CheckCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CheckCancelled';
  }
}
