// The pane's view of its host: the shared WorkbookHost (src/host, which the Office layer implements) plus what only
// the web page offers — reading and checking in its Web Worker, so the pane never holds the Grid.
import type { ImportedCodeTable } from '../engine/codes/imported';
import type { WorkbookHost as SharedHost, ReadProgress } from '../host/workbook-host';
import type { Checked } from './workbook-view';

export { HostError, type ClearOutcome, type MarkOutcome, type ReadProgress } from '../host/workbook-host';

/** What the task pane needs from wherever the workbook lives (Excel via office-js, or a file in a browser). */
export interface WorkbookHost extends SharedHost {
  /**
   * Read and check where the workbook lives (the web page's Web Worker) instead of on the pane's thread; the
   * pane then never holds the Grid. Rejects with CheckCancelled when `signal` aborts.
   */
  checkWorkbook?(imported: readonly ImportedCodeTable[], onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<Checked>;
}

/** A check stopped by the clerk (the 「取消」 button). */
export class CheckCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CheckCancelled';
  }
}
