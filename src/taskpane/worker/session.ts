// One opened workbook where the engine runs (the worker, or the page itself when no worker can start): the Grid
// and the tables recognized by the check are kept here and answer the page's later questions.
import { checkRecognizedSteps } from '../../engine/check';
import { checklistOfGrid } from '../../engine/checklist/build';
import type { ChecklistItem } from '../../engine/checklist/types';
import type { AnnotateExtras } from '../../xlsx/annotate';
import { createCodeBook } from '../../engine/codes/code-book';
import type { ImportedCodeTable } from '../../engine/codes/imported';
import type { Grid } from '../../engine/grid/types';
import { computeFormulas } from '../../engine/formula/compute-grid';
import { draftNarrative } from '../../engine/narrative/draft';
import type { DraftOptions, NarrativeDraft } from '../../engine/narrative/types';
import type { Finding, Report } from '../../engine/report';
import { recognizeWorkbookSteps } from '../../engine/tables/recognize';
import type { Steps } from '../../engine/steps';
import type { BudgetTable } from '../../engine/tables/types';
import { readWorkbookSteps, type ReadOptions } from '../../xlsx/read-workbook';
import { limitsForHeap } from '../../xlsx/zip-limits';
import type { ReadProgress } from '../host';
import { S } from '../strings';
import { codeOptions, codeTableOf, previewWindow, type PreviewWindow } from '../workbook-view';
import { annotatableBytes, checkWordNarrative, readDocumentInfo, type WordFinding } from '../documents';
import { detectFormat, type FileFormat } from '../../readers/format';
import { spotOf } from '../../readers/pdf/locate';
import type { PdfSpot } from '../../readers/pdf/text-types';

/** Let the thread breathe between steps (the page's own thread in the fallback; a no-op cost in a worker). */
export type Yield = () => Promise<void>;

/** Work this long, then give the thread back: far below the 200 ms a page may be busy without feeling stuck. */
export const SLICE_MS = 40;

/**
 * Run steps (engine/steps.ts), pausing whenever a slice of work has run: on the page's own thread no task is much
 * longer than the longest single step (one sheet read or recognized, one rule), and a workbook with many small
 * steps does not pay a pause for each.
 */
export async function runSteps<T>(steps: Steps<T>, pause: Yield, now: () => number = () => performance.now()): Promise<T> {
  let since = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - since >= SLICE_MS) {
      await pause();
      since = now();
    }
  }
}

/** The JavaScript heap this page may use, when the browser says (Chrome); else the reader's default limits. */
function heapLimit(): number | undefined {
  const perf = globalThis.performance as (Performance & { memory?: { jsHeapSizeLimit?: number } }) | undefined;
  return perf?.memory?.jsHeapSizeLimit;
}

/**
 * Read the picked file: an .xlsx sheet by sheet, yielding between sheets; any other format (SheetJS, PDF) through
 * the readers in one go, as they have no steps.
 */
async function readAny(
  bytes: Uint8Array,
  onProgress: (p: ReadProgress) => void,
  pause: Yield,
): Promise<{ grid: Grid; format: FileFormat; spots?: ReadonlyMap<string, PdfSpot> }> {
  const format = detectFormat(bytes);
  if (format !== 'xlsx') {
    const { grid, info } = await readDocumentInfo(bytes);
    return { grid, format: info.format, spots: info.spots };
  }
  const options: ReadOptions = {
    limits: limitsForHeap(heapLimit()),
    onSheet: (done, total, sheet) => onProgress({ fraction: (READ_SHARE * done) / total, label: `正在读取工作表「${sheet}」（${done}/${total}）…` }),
  };
  return { grid: await runSteps(readWorkbookSteps(bytes, options), pause), format };
}

/** Reading takes the first 70% of the bar, sheet by sheet; checking the rest. */
const READ_SHARE = 0.7;

/** An opened, checked workbook. */
export class WorkbookSession {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly grid: Grid,
    private readonly tables: readonly BudgetTable[],
    /** What the file was: .xlsx, .xls/.et/.ods/.xlsb (SheetJS) or a PDF. */
    readonly format: FileFormat,
    /** PDF only: where each cell of the rebuilt grid is printed. */
    private readonly spots?: ReadonlyMap<string, PdfSpot>,
  ) {}

  /** Read and check; the report plus the session that answers drafts, previews and the annotated copy. */
  static async open(
    bytes: Uint8Array,
    name: string,
    imported: readonly ImportedCodeTable[],
    onProgress: (p: ReadProgress) => void,
    pause: Yield,
  ): Promise<{ session: WorkbookSession; report: Report }> {
    onProgress({ fraction: 0.02, label: S.readingWorkbook });
    const read = await readAny(bytes, onProgress, pause);
    // Formulas saved without a value get the value Excel would show, as check() does.
    const grid = computeFormulas(read.grid);
    onProgress({ fraction: READ_SHARE + 0.05, label: S.runningRules });
    await pause();
    const recognition = await runSteps(recognizeWorkbookSteps(grid), pause);
    onProgress({ fraction: READ_SHARE + 0.15, label: S.runningRules });
    await pause();
    const codeOptions = imported.length > 0 ? { codeBook: createCodeBook(imported) } : {};
    const report = await runSteps(checkRecognizedSteps(grid, recognition, name, codeOptions), pause);
    onProgress({ fraction: 1, label: S.runningRules });
    return { session: new WorkbookSession(bytes, grid, recognition.tables, read.format, read.spots), report };
  }

  /** Where a cell is printed, when the file was a PDF. */
  pdfSpot(sheet: string, cell: string): PdfSpot | null {
    return this.spots ? spotOf(this.spots, sheet, cell) ?? null : null;
  }

  /** A Word 说明 checked against this workbook's tables. */
  checkWord(name: string, bytes: Uint8Array, imported: readonly ImportedCodeTable[]): Promise<WordFinding[]> {
    return checkWordNarrative(this.grid, name, bytes, codeOptions(imported));
  }

  /** The draft from the tables the check recognized. */
  draft(options: DraftOptions): NarrativeDraft {
    return draftNarrative(this.tables, { ...options, grid: this.grid });
  }

  /** Cells around a finding's cell. */
  preview(sheet: string, cell: string): PreviewWindow | null {
    return previewWindow(this.grid, sheet, cell);
  }

  /** The reviewer's checklist for these findings. */
  checklist(findings: readonly Finding[]): ChecklistItem[] {
    return checklistOfGrid(this.grid, findings);
  }

  /** The sheets' names, for the 科目表 picker. */
  sheetNames(): string[] {
    return this.grid.sheets.map((s) => s.name);
  }

  /** A sheet of this workbook read as the 科目表 of `year`. */
  codeTable(sheet: string, year: number): ImportedCodeTable {
    return codeTableOf(this.grid, sheet, year);
  }

  /** The annotated copy of the original bytes (exceljs, loaded here on first use). */
  async annotate(findings: readonly Finding[], extras?: AnnotateExtras): Promise<Uint8Array> {
    // An .xls / .et / .ods is converted to .xlsx first; the copy is always an .xlsx.
    return (await import('../../xlsx/annotate')).annotateWorkbook(await annotatableBytes(this.bytes), findings, extras);
  }
}
