// Reading the open workbook into the engine's Grid with a fixed number of context.sync() calls: one for the
// sheet list, one for every visible sheet's used-range size and merged areas, one for all the cells. The
// cell batch is split only when it would pass the 5 MB request limit of Excel on the web.
import { parseRangeA1, rectToA1 } from '../engine/grid/address';
import { buildSheet } from '../engine/grid/sheet';
import type { Grid, RawCell, Rect } from '../engine/grid/types';
import { HostError, type ReadProgress } from '../taskpane/host';
import type { ExcelContextLike, RangeAreasLike, RangeLike, WorksheetLike } from './excel-api';

/**
 * Cells per sync. Five properties per cell (values, text, numberFormat, formulas, valueTypes) at a generous
 * ~100 bytes per cell keeps a batch near 4 MB, under the 5 MB limit, so ordinary budget workbooks (a few
 * thousand cells) always read in one cell batch.
 */
export const MAX_CELLS_PER_SYNC = 40_000;

/** A workbook read: the Grid of visible sheets plus every sheet name (hidden ones too) for later batches. */
export interface WorkbookRead {
  grid: Grid;
  sheetNames: string[];
}

interface SheetPlan {
  ws: WorksheetLike;
  used: RangeLike;
  merged: RangeAreasLike;
}

/** One block of whole rows of a sheet's used range. */
export interface RowChunk {
  sheet: number;
  firstRow: number;
  rowCount: number;
  cells: number;
}

/** Every sheet's name (one sync); used when a batch must know which sheets still exist. */
export async function loadSheetNames(context: ExcelContextLike): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** Split used ranges into row blocks and group them into batches of at most `limit` cells. */
export function planChunks(sizes: readonly { rows: number; cols: number }[], limit = MAX_CELLS_PER_SYNC): RowChunk[][] {
  const batches: RowChunk[][] = [];
  let current: RowChunk[] = [];
  let inBatch = 0;
  sizes.forEach(({ rows, cols }, sheet) => {
    const step = Math.max(1, Math.floor(limit / Math.max(1, cols)));
    for (let first = 0; first < rows; first += step) {
      const rowCount = Math.min(step, rows - first);
      const cells = rowCount * cols;
      if (inBatch + cells > limit && current.length > 0) {
        batches.push(current);
        current = [];
        inBatch = 0;
      }
      current.push({ sheet, firstRow: first, rowCount, cells });
      inBatch += cells;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Read every visible sheet (values, displayed text, number formats, formulas, merged areas) into a Grid. */
export async function readWorkbook(
  context: ExcelContextLike,
  onProgress: (p: ReadProgress) => void = () => undefined,
  cellsPerSync = MAX_CELLS_PER_SYNC,
): Promise<WorkbookRead> {
  onProgress({ fraction: 0, label: '正在读取工作表列表' });
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const visible = sheets.items.filter((s) => s.visibility === 'Visible');

  onProgress({ fraction: 0.2, label: `正在读取 ${visible.length} 张工作表的范围` });
  const plans: SheetPlan[] = visible.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('areas/items/address');
    return { ws, used, merged };
  });
  await context.sync();

  const sizes = plans.map((p) => (p.used.isNullObject ? { rows: 0, cols: 0 } : { rows: p.used.rowCount, cols: p.used.columnCount }));
  refuseHugeSheets(plans, sizes);
  const batches = planChunks(sizes, cellsPerSync);
  const rows: RawCell[][][] = plans.map(() => []);
  for (let b = 0; b < batches.length; b++) {
    onProgress({ fraction: 0.3 + (0.7 * b) / batches.length, label: `正在读取单元格（${b + 1}/${batches.length}）` });
    const loaded = batches[b].map((chunk) => ({ chunk, range: queueChunk(plans[chunk.sheet], chunk) }));
    await context.sync();
    for (const { chunk, range } of loaded) placeChunk(rows[chunk.sheet], plans[chunk.sheet].used, chunk, range);
  }
  onProgress({ fraction: 1, label: '读取完成' });
  const grid: Grid = {
    sheets: plans.map((p, i) => buildSheet(p.ws.name, rows[i], mergeRects(p.merged), 'visible')),
  };
  return { grid, sheetNames };
}

/**
 * Most cells a sheet's used range may span: 3 million (75 cell batches) is far beyond any 部门预算 table. A
 * larger used range nearly always comes from a stray value in a far corner (XFD1048576), and reading it would
 * take hundreds of thousands of syncs: say where it is instead.
 */
export const MAX_USED_CELLS = 3_000_000;

function refuseHugeSheets(plans: readonly SheetPlan[], sizes: readonly { rows: number; cols: number }[]): void {
  sizes.forEach(({ rows, cols }, i) => {
    if (rows * cols <= MAX_USED_CELLS) return;
    const { used, ws } = plans[i];
    const end = rectToA1({ top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + rows - 1, right: used.columnIndex + cols - 1 });
    throw new HostError(
      `工作表「${ws.name}」的已用范围是 ${end}（${rows} 行 × ${cols} 列），大得无法读取，通常是远处的单元格误填了内容。` +
        '请按 Ctrl+End 找到最后一个单元格，删除多余的行和列后保存，再重新校验。',
    );
  });
}

function queueChunk(plan: SheetPlan, chunk: RowChunk): RangeLike {
  const { used } = plan;
  const range = plan.ws.getRangeByIndexes(used.rowIndex + chunk.firstRow, used.columnIndex, chunk.rowCount, used.columnCount);
  range.load('values,text,numberFormat,formulas,valueTypes');
  return range;
}

/** Put a chunk's cells at their absolute sheet positions (row 0 = sheet row 1), as buildSheet expects. */
function placeChunk(target: RawCell[][], used: RangeLike, chunk: RowChunk, range: RangeLike): void {
  for (let r = 0; r < chunk.rowCount; r++) {
    const row: RawCell[] = [];
    for (let c = 0; c < used.columnCount; c++) {
      const raw = toRawCell(range.values[r]?.[c], range.text[r]?.[c], range.numberFormat[r]?.[c], range.formulas[r]?.[c], range.valueTypes[r]?.[c]);
      if (raw) row[used.columnIndex + c] = raw;
    }
    target[used.rowIndex + chunk.firstRow + r] = row;
  }
}

/** One cell as Excel reports it -> the engine's RawCell; null for an empty cell without formula. */
export function toRawCell(value: unknown, text: unknown, numFmt: unknown, formula: unknown, type: unknown): RawCell | null {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((type === 'Empty' || value === '' || value === null || value === undefined) && !hasFormula) return null;
  const raw: RawCell = {
    value: typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : null,
  };
  if (typeof text === 'string') raw.text = text;
  if (typeof numFmt === 'string' && numFmt !== 'General') raw.numFmt = numFmt;
  if (hasFormula) raw.formula = formula as string;
  if (type === 'Error' && typeof value === 'string') raw.error = value;
  return raw;
}

/** "'Sheet 1'!A1:H1" -> Rect, dropping the sheet part. */
export function addressToRect(address: string): Rect | null {
  const bang = address.lastIndexOf('!');
  return parseRangeA1(bang >= 0 ? address.slice(bang + 1) : address);
}

function mergeRects(merged: RangeAreasLike): Rect[] {
  if (merged.isNullObject) return [];
  const rects: Rect[] = [];
  for (const area of merged.areas.items) {
    const rect = addressToRect(area.address);
    if (rect) rects.push(rect);
  }
  return rects;
}
