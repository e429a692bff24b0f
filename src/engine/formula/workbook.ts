// The Grid as the evaluator reads it: references resolved by sheet name, cells read with the values this pass
// has computed so far in place of the missing ones.
import { colCount } from '../grid/sheet';
import type { Grid } from '../grid/types';
import type { RefArea } from './ast';
import type { Area, Workbook } from './evaluate';
import type { PendingIndex } from './pending';
import { scalarOfCell, UNCOMPUTED, type Scalar } from './values';

/** Excel's last row and column (0-based): the far ends of B:B and 3:3. */
const LAST_ROW = 1048575;
const LAST_COL = 16383;

/** A Workbook over a Grid whose pending formula values come from `results` (undefined until computed). */
export class GridWorkbook implements Workbook {
  private readonly byName = new Map<string, number>();
  private readonly byFoldedName = new Map<string, number>();
  private readonly widths: number[];

  constructor(
    private readonly grid: Grid,
    private readonly pending: PendingIndex,
    private readonly results: (Scalar | undefined)[],
  ) {
    grid.sheets.forEach((s, i) => {
      this.byName.set(s.name, i);
      // Excel matches sheet names without regard to case.
      if (!this.byFoldedName.has(s.name.toUpperCase())) this.byFoldedName.set(s.name.toUpperCase(), i);
    });
    this.widths = grid.sheets.map((s) => colCount(s));
  }

  resolve(ref: RefArea, home: number): Area | null {
    let sheet = home;
    if (ref.sheet !== null) {
      const found = this.byName.get(ref.sheet) ?? this.byFoldedName.get(ref.sheet.toUpperCase());
      if (found === undefined) return null;
      sheet = found;
    }
    return {
      sheet,
      top: ref.top ?? 0,
      left: ref.left ?? 0,
      bottom: ref.bottom ?? LAST_ROW,
      right: ref.right ?? LAST_COL,
    };
  }

  cell(sheet: number, row: number, col: number): Scalar {
    const cell = this.grid.sheets[sheet]?.cells[row]?.[col];
    if (cell?.uncomputed) {
      const id = this.pending.idAt(sheet, row, col);
      return (id !== undefined ? this.results[id] : undefined) ?? UNCOMPUTED;
    }
    return scalarOfCell(cell);
  }

  eachCell(area: Area, visit: (value: Scalar, row: number, col: number) => Scalar | null): Scalar | null {
    const rows = this.grid.sheets[area.sheet]?.cells ?? [];
    const lastRow = Math.min(area.bottom, rows.length - 1);
    for (let r = area.top; r <= lastRow; r++) {
      const row = rows[r];
      if (!row) continue;
      const lastCol = Math.min(area.right, row.length - 1);
      for (let c = area.left; c <= lastCol; c++) {
        if (row[c] === undefined) continue;
        const stop = visit(this.cell(area.sheet, r, c), r, c);
        if (stop) return stop;
      }
    }
    return null;
  }

  bounds(sheet: number): { rows: number; cols: number } {
    return { rows: this.grid.sheets[sheet]?.cells.length ?? 0, cols: this.widths[sheet] ?? 0 };
  }
}
