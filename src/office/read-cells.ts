// Reading the cells of the visible sheets in batches sized by bytes. Only values and number formats come for every
// cell; formulas only from the areas that hold formulas; the displayed text only for columns holding numbers (a
// string's text is the string), one batch later. How many bytes a sheet's cells take is learned from each batch, and
// a batch Excel refuses as too large is retried with half the rows.
import { HostError } from '../host/workbook-host';
import type { RawCell, Rect } from '../engine/grid/types';
import type { ExcelContextLike, RangeLike } from './excel-api';
import { needsText, toRawCell } from './raw-cell';
import type { SheetLayout } from './read-layout';
import { BATCH_BUDGET, isPayloadError, wireBytes } from './wire-size';

/** Bytes per cell assumed before a sheet's first batch has been measured (values + number format). */
export const FIRST_GUESS_BYTES_PER_CELL = 60;
/** Bytes assumed per displayed number text. */
const TEXT_BYTES_PER_CELL = 16;

interface Chunk {
  sheet: number;
  firstRow: number;
  rowCount: number;
}

interface QueuedChunk extends Chunk {
  values: RangeLike;
  formulas: { rect: Rect; range: RangeLike }[];
}

/** Displayed text to load for a block of number columns (absolute sheet positions). */
interface TextLoad {
  sheet: number;
  firstRow: number;
  rowCount: number;
  left: number;
  width: number;
}

/** Progress of the cell batches, for the status line. */
export type CellProgress = (done: number, total: number) => void;

function overlap(a: Rect, top: number, bottom: number): Rect | null {
  const t = Math.max(a.top, top);
  const b = Math.min(a.bottom, bottom);
  return t <= b ? { top: t, left: a.left, bottom: b, right: a.right } : null;
}

/** Raw cells of every layout (rows[sheet][row][col] at absolute sheet positions). */
export async function readCells(context: ExcelContextLike, layouts: readonly SheetLayout[], onProgress: CellProgress, budget = BATCH_BUDGET): Promise<RawCell[][][]> {
  const rows: RawCell[][][] = layouts.map(() => []);
  const perCell = layouts.map(() => 0);
  let guess = FIRST_GUESS_BYTES_PER_CELL;
  const next = layouts.map(() => 0);
  const total = layouts.reduce((n, l) => n + (l.used ? l.used.bottom - l.used.top + 1 : 0), 0);
  let done = 0;
  let texts: TextLoad[] = [];
  for (;;) {
    const chunks = planBatch(layouts, next, perCell, guess, budget - texts.reduce((n, t) => n + t.rowCount * t.width * TEXT_BYTES_PER_CELL, 0));
    if (chunks.length === 0 && texts.length === 0) break;
    onProgress(done, total);
    const queued = chunks.map((c) => queueChunk(layouts[c.sheet], c));
    const textsNow = texts.map((t) => ({ t, range: queueText(layouts[t.sheet], t) }));
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      const stuck = chunks.length > 0 ? chunks.every((c) => c.rowCount === 1) && texts.length === 0 : texts.every((t) => t.rowCount === 1);
      if (stuck) throw tooLarge(layouts[chunks[0]?.sheet ?? texts[0].sheet].name);
      for (const c of chunks) perCell[c.sheet] = budget / Math.max(1, Math.floor(c.rowCount / 2)) / columns(layouts[c.sheet]);
      if (chunks.length === 0) texts = splitTexts(texts);
      continue;
    }
    placeTexts(rows, textsNow);
    texts = [];
    for (const q of queued) {
      const layout = layouts[q.sheet];
      const measured = place(rows[q.sheet], layout, q);
      perCell[q.sheet] = Math.max(20, (measured / (q.rowCount * columns(layout))) * 1.25);
      guess = Math.max(guess, perCell[q.sheet]);
      texts.push(...numericRuns(layout, q));
      next[q.sheet] += q.rowCount;
      done += q.rowCount;
    }
  }
  onProgress(total, total);
  return rows;
}

function columns(l: SheetLayout): number {
  return l.used ? l.used.right - l.used.left + 1 : 0;
}

function tooLarge(sheet: string): HostError {
  return new HostError(`工作表「${sheet}」的一行内容过多，Excel 无法一次读取。请检查该表是否有超长文字，删减后再校验。`);
}

/** Row blocks for one batch: whole rows of the sheets in order, within the byte budget (at least one row). */
function planBatch(layouts: readonly SheetLayout[], next: number[], perCell: number[], guess: number, budget: number): Chunk[] {
  const chunks: Chunk[] = [];
  let spare = budget;
  layouts.forEach((l, sheet) => {
    if (!l.used) return;
    const rowsLeft = l.used.bottom - l.used.top + 1 - next[sheet];
    if (rowsLeft <= 0) return;
    const rowBytes = columns(l) * (perCell[sheet] || guess);
    const fit = Math.floor(spare / rowBytes);
    if (fit < 1 && chunks.length > 0) return;
    const rowCount = Math.min(rowsLeft, Math.max(1, fit));
    chunks.push({ sheet, firstRow: next[sheet], rowCount });
    spare -= rowCount * rowBytes;
  });
  return chunks;
}

function queueChunk(l: SheetLayout, c: Chunk): QueuedChunk {
  const used = l.used as Rect;
  const top = used.top + c.firstRow;
  const values = l.ws.getRangeByIndexes(top, used.left, c.rowCount, columns(l));
  values.load(l.formulas === 'unknown' ? 'values,numberFormat,formulas' : 'values,numberFormat');
  const formulas: QueuedChunk['formulas'] = [];
  if (l.formulas !== 'unknown') {
    for (const area of l.formulas) {
      const rect = overlap(area, top, top + c.rowCount - 1);
      if (!rect) continue;
      const range = l.ws.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
      range.load('formulas');
      formulas.push({ rect, range });
    }
  }
  return { ...c, values, formulas };
}

/** Put a chunk's cells at their sheet positions; returns the bytes Excel sent for it. */
function place(target: RawCell[][], l: SheetLayout, q: QueuedChunk): number {
  const used = l.used as Rect;
  const formulaAt = new Map<string, unknown>();
  for (const { rect, range } of q.formulas) {
    range.formulas.forEach((row, i) => row.forEach((f, j) => formulaAt.set(`${rect.top + i},${rect.left + j}`, f)));
  }
  const { values, numberFormat } = q.values;
  const inline = l.formulas === 'unknown' ? q.values.formulas : null;
  for (let r = 0; r < q.rowCount; r++) {
    const sheetRow = used.top + q.firstRow + r;
    const row: RawCell[] = target[sheetRow] ?? [];
    const line = values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const col = used.left + c;
      const formula = inline ? inline[r]?.[c] : formulaAt.get(`${sheetRow},${col}`);
      const raw = toRawCell(line[c], numberFormat[r]?.[c], formula);
      if (raw) row[col] = raw;
    }
    target[sheetRow] = row;
  }
  return wireBytes(values) + wireBytes(numberFormat) + (inline ? wireBytes(inline) : 0) + q.formulas.reduce((n, f) => n + wireBytes(f.range.formulas), 0);
}

/** Column runs of the chunk that hold numbers or booleans: their displayed text is loaded in the next batch. */
function numericRuns(l: SheetLayout, q: QueuedChunk): TextLoad[] {
  const used = l.used as Rect;
  const cols = q.values.values[0]?.length ?? 0;
  const numeric = Array.from({ length: cols }, (_, c) => q.values.values.some((row) => needsText(row[c])));
  const runs: TextLoad[] = [];
  for (let c = 0; c < cols; c++) {
    if (!numeric[c]) continue;
    let end = c;
    while (end + 1 < cols && numeric[end + 1]) end++;
    runs.push({ sheet: q.sheet, firstRow: used.top + q.firstRow, rowCount: q.rowCount, left: used.left + c, width: end - c + 1 });
    c = end;
  }
  return runs;
}

function queueText(l: SheetLayout, t: TextLoad): RangeLike {
  const range = l.ws.getRangeByIndexes(t.firstRow, t.left, t.rowCount, t.width);
  range.load('text');
  return range;
}

/** Text loads in smaller pieces after Excel refused them as too large. */
function splitTexts(texts: readonly TextLoad[]): TextLoad[] {
  return texts.flatMap((t) => {
    if (t.rowCount === 1) return [t];
    const half = Math.floor(t.rowCount / 2);
    return [
      { ...t, rowCount: half },
      { ...t, firstRow: t.firstRow + half, rowCount: t.rowCount - half },
    ];
  });
}

function placeTexts(rows: RawCell[][][], loads: readonly { t: TextLoad; range: RangeLike }[]): void {
  for (const { t, range } of loads) {
    range.text.forEach((line, i) => line.forEach((text, j) => {
      const raw = rows[t.sheet][t.firstRow + i]?.[t.left + j];
      if (raw && needsText(raw.value)) raw.text = text;
    }));
  }
}
