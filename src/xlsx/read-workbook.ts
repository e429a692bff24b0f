// .xlsx bytes -> the engine's Grid: the zip's directory checked against the limits, then the workbook, shared
// strings, styles and each worksheet streamed through the XML scanner straight into normalized cells.
import type { Cell, Grid, Rect, Sheet } from '../engine/grid/types';
import { drain, type Steps } from '../engine/steps';
import { readBook, scanPart, type BookInfo, type BookSheet } from './ooxml-book';
import { SheetReader, type RawSheet, type SheetContext } from './ooxml-sheet';
import { sharedStringsHandler, stylesHandler, type CellStyle } from './ooxml-strings';
import { sniffPackage, sniffWorkbook, WorkbookReadError } from './sniff';
import { inflateEntry, readZipDirectory, type RawInflater, type ZipDirectory } from './zip';
import { CellBudget, checkZipLimits, DEFAULT_LIMITS, tooLarge, tooManyCells, type ReadLimits } from './zip-limits';

export { WorkbookReadError } from './sniff';

/** Progress while reading: sheets done of all, for a progress bar. */
export type ReadProgressFn = (done: number, total: number, sheet: string) => void;

/** Options of readWorkbook: the limits (tests lower them) and a progress callback. */
export interface ReadOptions {
  limits?: ReadLimits;
  onSheet?: ReadProgressFn;
  /** The host's native raw-deflate decoder (the CLI passes Node's zlib); fflate otherwise. */
  inflateRaw?: RawInflater;
}

/** Read an .xlsx into a Grid; throws WorkbookReadError with one zh-CN sentence when it cannot. */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<Grid> {
  return readWorkbookSync(bytes, options);
}

/** The same, synchronously (the reader never waits on anything). */
export function readWorkbookSync(bytes: Uint8Array, options: ReadOptions = {}): Grid {
  return drain(readWorkbookSteps(bytes, options));
}

/**
 * The reader as steps: it pauses after the package is checked and after each sheet, so a page without a worker
 * can yield to the browser between sheets. Returns the Grid.
 */
export function* readWorkbookSteps(bytes: Uint8Array, options: ReadOptions = {}): Steps<Grid> {
  sniffWorkbook(bytes);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const dir = readZipDirectory(bytes);
  sniffPackage(dir);
  checkZipLimits(dir, limits);
  const native = options.inflateRaw;
  const book = readBook(bytes, dir, native);
  if (!book || book.sheets.length === 0) {
    throw new WorkbookReadError('工作簿中没有任何工作表。请确认选择的是部门预算公开表格文件。');
  }
  refuseTooManyCells(bytes, dir, book, limits.maxCells, native);
  const budget = new CellBudget(limits.maxCells);
  const ctx: SheetContext = { ...tables(bytes, dir, book, native), date1904: book.date1904, onCell: () => budget.take() };
  yield;
  const sheets: Sheet[] = [];
  for (let i = 0; i < book.sheets.length; i++) {
    const s = book.sheets[i];
    sheets.push(readSheet(bytes, dir, s, ctx, native));
    options.onSheet?.(i + 1, book.sheets.length, s.name);
    yield;
  }
  return { sheets };
}

/** The shortest XML a cell with a value can take (`<c><v>1</v></c>`). */
const MIN_CELL_BYTES = 15;

/**
 * When the sheets' XML is large enough to hold more cells than allowed, count the cells (closing `</c>` tags)
 * in a quick pass before building any: a bomb of millions of cells is refused in seconds, with no memory spent.
 * Ordinary workbooks are far below the bound and skip this pass.
 */
function refuseTooManyCells(bytes: Uint8Array, dir: ZipDirectory, book: BookInfo, maxCells: number, native?: RawInflater): void {
  const entries = book.sheets.map((s) => (s.part ? dir.get(s.part) : undefined)).filter((e) => e !== undefined);
  const xmlBytes = entries.reduce((n, e) => n + e.size, 0);
  if (xmlBytes / MIN_CELL_BYTES <= maxCells) return;
  let cells = 0;
  for (const e of entries) {
    // Bytes, not text: `/c>` or `:c>` (a prefixed </x:c>), the two bytes before carried across chunks.
    let prev2 = 0;
    let prev1 = 0;
    inflateEntry(bytes, e, (chunk) => {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 62 && prev1 === 99 && (prev2 === 47 || prev2 === 58)) cells++;
        prev2 = prev1;
        prev1 = b;
      }
      if (cells > maxCells) throw tooManyCells(maxCells);
    }, native);
  }
}

function tables(bytes: Uint8Array, dir: ZipDirectory, book: BookInfo, native?: RawInflater): { strings: string[]; styles: CellStyle[] } {
  const strings: string[] = [];
  const styles: CellStyle[] = [];
  if (book.sharedStrings) scanPart(bytes, dir, book.sharedStrings, sharedStringsHandler(strings), native);
  if (book.styles) scanPart(bytes, dir, book.styles, stylesHandler(styles), native);
  return { strings, styles };
}

function readSheet(bytes: Uint8Array, dir: ZipDirectory, s: BookSheet, ctx: SheetContext, native?: RawInflater): Sheet {
  const reader = new SheetReader(ctx);
  if (s.part) scanPart(bytes, dir, s.part, reader.handler, native);
  return toSheet(s, reader.result());
}

/** A merge's covered cells cost one step each to clear; past this a sheet's merges are hostile, not a table's. */
const MERGE_WORK = 50_000_000;

/** Cells under a merge other than its top-left are not shown by Excel: drop them, as the add-in never sees them. */
function dropCovered(rows: Cell[][], merges: readonly Rect[]): void {
  let work = 0;
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= last; r++) {
      const row = rows[r];
      if (!row) continue;
      const end = Math.min(m.right, row.length - 1);
      work += end - m.left + 1;
      if (work > MERGE_WORK) throw tooLarge('合并单元格过多');
      for (let c = m.left; c <= end; c++) if (row[c] && (r !== m.top || c !== m.left)) delete row[c];
    }
  }
}

function toSheet(s: BookSheet, raw: RawSheet): Sheet {
  dropCovered(raw.rows, raw.merges);
  const cells: (Cell | undefined)[][] = raw.rows;
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  const sheet: Sheet = { name: s.name, cells, merges: raw.merges, state: s.state };
  if (raw.hiddenRows.length > 0) sheet.hiddenRows = raw.hiddenRows;
  if (raw.hiddenCols.length > 0) sheet.hiddenCols = raw.hiddenCols;
  return sheet;
}
