// The formula cells saved without a value, found once, and an index that answers "which of them lie in this area"
// without scanning them all (a workbook of openpyxl output may hold tens of thousands).
import type { Cell, Grid } from '../grid/types';
import type { Area } from './evaluate';

/** One formula cell that needs a value from this pass. */
export interface PendingCell {
  sheet: number;
  row: number;
  col: number;
  cell: Cell;
  formula: string;
}

/** Column stride of a cell key: Excel has 16,384 columns, so row * stride + col is unique per sheet. */
const STRIDE = 16384;

/** Every formula cell without a cached value, sheet by sheet, row by row; [] in the common case. */
export function findPending(grid: Grid): PendingCell[] {
  const out: PendingCell[] = [];
  grid.sheets.forEach((sheet, s) => {
    const rows = sheet.cells;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell !== undefined && cell.formula !== undefined && cell.uncomputed === true) {
          out.push({ sheet: s, row: r, col: c, cell, formula: cell.formula });
        }
      }
    }
  });
  return out;
}

/** Pending cells by position: id of a cell, and the ids inside an area. */
export class PendingIndex {
  private readonly ids: Map<number, number>[] = [];
  /** Per sheet: column -> rows of pending cells (ascending) and their ids. */
  private readonly columns: Map<number, { rows: number[]; ids: number[] }>[] = [];

  constructor(cells: readonly PendingCell[], sheetCount: number) {
    for (let s = 0; s < sheetCount; s++) {
      this.ids.push(new Map());
      this.columns.push(new Map());
    }
    // findPending lists cells row by row, so each column's rows arrive in ascending order.
    cells.forEach((p, id) => {
      this.ids[p.sheet].set(p.row * STRIDE + p.col, id);
      const cols = this.columns[p.sheet];
      let col = cols.get(p.col);
      if (!col) cols.set(p.col, (col = { rows: [], ids: [] }));
      col.rows.push(p.row);
      col.ids.push(id);
    });
  }

  /** The id of the pending cell at this position, or undefined. */
  idAt(sheet: number, row: number, col: number): number | undefined {
    return this.ids[sheet]?.get(row * STRIDE + col);
  }

  /** Ids of the pending cells inside an area. */
  idsIn(area: Area, out: number[]): void {
    const cols = this.columns[area.sheet];
    if (!cols || cols.size === 0) return;
    for (const [col, list] of cols) {
      if (col < area.left || col > area.right) continue;
      for (let i = lowerBound(list.rows, area.top); i < list.rows.length && list.rows[i] <= area.bottom; i++) {
        out.push(list.ids[i]);
      }
    }
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
