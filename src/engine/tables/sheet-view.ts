// Read-only helpers over one sheet for recognizers: normalized text by position, non-empty cells of a row.
import { cellText, getCell, mergeCovering } from '../grid/sheet';
import type { Cell, Sheet } from '../grid/types';

export interface RowCell {
  readonly col: number;
  readonly text: string;
  readonly cell: Cell;
}

/** A RowCell whose text is built on first read: data rows are judged by kind and never need their numbers' texts. */
class LazyRowCell implements RowCell {
  private built: string | undefined;
  constructor(
    readonly col: number,
    readonly cell: Cell,
  ) {}

  get text(): string {
    if (this.built === undefined) this.built = cellText(this.cell);
    return this.built;
  }
}

/** Normalized text at a position ('' for blank). */
export function textAt(sheet: Sheet, row: number, col: number): string {
  return cellText(getCell(sheet, row, col));
}

/** Text at a position, or the text of the merge covering it (header cells spanning rows or columns). */
export function textWithMerge(sheet: Sheet, row: number, col: number): string {
  const own = textAt(sheet, row, col);
  if (own !== '') return own;
  const m = mergeCovering(sheet, row, col);
  return m ? textAt(sheet, m.top, m.left) : '';
}

/**
 * The rows read while one sheet is recognized (withRowMemo): titles, headers, meta lines and notes are looked at by
 * several steps (a 200-unit book: 64k reads of 31k rows). Kept for that sheet only, then dropped.
 */
let memo: { sheet: Sheet; rows: (readonly RowCell[] | undefined)[] } | null = null;

/** Run `f` (synchronous) with rowCells of `sheet` read once per row. */
export function withRowMemo<T>(sheet: Sheet, f: () => T): T {
  const outer = memo;
  memo = { sheet, rows: [] };
  try {
    return f();
  } finally {
    memo = outer;
  }
}

/** Non-empty cells of a row, left to right (shared while a sheet is recognized: read only). */
export function rowCells(sheet: Sheet, row: number): readonly RowCell[] {
  if (memo === null || memo.sheet !== sheet) return readRowCells(sheet, row);
  return (memo.rows[row] ??= readRowCells(sheet, row));
}

function readRowCells(sheet: Sheet, row: number): RowCell[] {
  const cells = sheet.cells[row];
  const out: RowCell[] = [];
  if (!cells) return out;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value.kind === 'blank') continue;
    out.push(new LazyRowCell(c, cell));
  }
  return out;
}

/** True when the cell holds a number. */
export function isNumberCell(cell: Cell | undefined): boolean {
  return !!cell && cell.value.kind === 'number';
}
