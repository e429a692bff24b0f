// .xls / .et / .ods / .xlsb bytes -> the engine's Grid through SheetJS CE, loaded only when such a file is opened.
// Cached values only: SheetJS never recalculates, so a stale cached total stays what the clerk sees.
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { buildSheet } from '../../engine/grid/sheet';
import type { Grid, RawCell, Rect, Sheet, SheetState } from '../../engine/grid/types';
import { WorkbookReadError } from '../../xlsx/sniff';

type SheetJs = typeof import('@e965/xlsx');

/** SheetJS, imported on first use (a separate chunk in the web page). */
export async function loadSheetJs(): Promise<SheetJs> {
  return import('@e965/xlsx');
}

/** SheetJS reports odd formats on the console; the clerk never sees those lines. */
function quietly<T>(run: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const mute = (): void => undefined;
  console.error = mute;
  console.warn = mute;
  console.log = mute;
  try {
    return run();
  } finally {
    Object.assign(console, saved);
  }
}

/** Parse the bytes into a SheetJS workbook: values as cached, formulas kept, number formats, no recalculation. */
export function parseSheetJs(xlsx: SheetJs, bytes: Uint8Array, dense = true): WorkBook {
  try {
    return quietly(() =>
      xlsx.read(bytes, { type: 'array', dense, cellFormula: true, cellNF: true, cellDates: true, cellStyles: true }),
    );
  } catch {
    throw new WorkbookReadError('文件已损坏或不完整，无法作为 .xls / .et / .ods 表格打开。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。');
  }
}

/** A SheetJS cell as the host-neutral raw cell (the same shapes the .xlsx reader hands over). */
function rawCell(c: CellObject | undefined): RawCell | null {
  if (!c) return null;
  const formula = c.f ? c.f : undefined;
  const numFmt = typeof c.z === 'string' && c.z !== '' ? c.z : undefined;
  switch (c.t) {
    case 'n':
      return { value: typeof c.v === 'number' ? c.v : null, formula, numFmt };
    case 's':
      return { value: typeof c.v === 'string' ? c.v : String(c.v ?? ''), formula, text: typeof c.v === 'string' ? c.v : undefined };
    case 'b':
      return { value: typeof c.v === 'boolean' ? c.v : null, formula, numFmt };
    case 'd':
      return { value: c.v instanceof Date ? c.v : null, formula, numFmt };
    case 'e':
      return { value: null, formula, error: c.w ?? '#VALUE!' };
    default:
      return formula ? { value: null, formula } : null;
  }
}

function sheetState(wb: WorkBook, index: number): SheetState {
  const hidden = wb.Workbook?.Sheets?.[index]?.Hidden;
  if (hidden === 1) return 'hidden';
  if (hidden === 2) return 'veryHidden';
  return 'visible';
}

function mergesOf(ws: WorkSheet): Rect[] {
  return (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
}

function readSheet(wb: WorkBook, name: string, index: number): Sheet {
  const ws = wb.Sheets[name];
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: (RawCell | null)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    const out: (RawCell | null)[] = [];
    for (let c = 0; c < src.length; c++) out[c] = rawCell(src[c]);
    rows[r] = out;
  }
  return buildSheet(name, rows, mergesOf(ws), sheetState(wb, index));
}

/** The Grid of a parsed workbook: every sheet, hidden rows included (their values count in every sum). */
export function gridFromSheetJs(wb: WorkBook): Grid {
  if (wb.SheetNames.length === 0) {
    throw new WorkbookReadError('工作簿中没有任何工作表。请确认选择的是部门预算公开表格文件。');
  }
  return { sheets: wb.SheetNames.map((name, i) => readSheet(wb, name, i)) };
}

/** Read .xls / .et / .ods / .xlsb bytes into a Grid; WorkbookReadError with one zh-CN sentence when it cannot. */
export async function readSheetJsWorkbook(bytes: Uint8Array): Promise<Grid> {
  return gridFromSheetJs(parseSheetJs(await loadSheetJs(), bytes));
}

/** The same workbook written as .xlsx (values, formulas, number formats, merges), for the annotated copy. */
export async function sheetJsToXlsx(bytes: Uint8Array): Promise<Uint8Array> {
  const xlsx = await loadSheetJs();
  // SheetJS writes .xlsx from its sparse sheet shape (the dense one is for reading big sheets fast).
  const wb = parseSheetJs(xlsx, bytes, false);
  const out = quietly(() => xlsx.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return new Uint8Array(out);
}
