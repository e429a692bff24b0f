// Building and reading sheets: the only helpers that index Sheet.cells directly.
import { normalizeCell } from './normalize';
import type { Cell, Grid, RawCell, Rect, Sheet, SheetState } from './types';

/** Build a Sheet from raw rows as a host reads them (row-major, 0-based). */
export function buildSheet(
  name: string,
  rows: readonly (readonly (RawCell | null | undefined)[] | undefined)[],
  merges: Rect[] = [],
  state: SheetState = 'visible',
): Sheet {
  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r];
    const out: (Cell | undefined)[] = [];
    if (src) {
      for (let c = 0; c < src.length; c++) {
        const raw = src[c];
        if (raw && !(raw.value === null || raw.value === undefined || raw.value === '') ) out[c] = normalizeCell(raw);
        else if (raw && (raw.formula || raw.error)) out[c] = normalizeCell(raw);
      }
    }
    cells[r] = out;
  }
  return { name, cells, merges, state };
}

/** Build a sheet from plain values (tests, fixtures, simple hosts). */
export function sheetFromValues(
  name: string,
  values: readonly (readonly (string | number | null | undefined)[])[],
  merges: Rect[] = [],
): Sheet {
  return buildSheet(
    name,
    values.map((row) => row.map((v) => (v === null || v === undefined ? null : { value: v }))),
    merges,
  );
}

export function getCell(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}

/** Number of rows that may hold cells. */
export function rowCount(sheet: Sheet): number {
  return sheet.cells.length;
}

/** Widest row length. */
export function colCount(sheet: Sheet): number {
  let n = 0;
  for (const row of sheet.cells) if (row && row.length > n) n = row.length;
  return n;
}

/** The normalized text of a cell: text values as-is, numbers as their decimal text, else "". */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.value.kind) {
    case 'text':
      return cell.value.text;
    case 'number':
      return cell.value.num.toFixed();
    case 'dash':
      return '-';
    default:
      return '';
  }
}

/** True when the cell holds nothing a reader would see. */
export function isBlank(cell: Cell | undefined): boolean {
  return !cell || cell.value.kind === 'blank';
}

/** Merges by the rows they span, built once per sheet: recognition asks for the merges of every header cell. */
interface MergeIndex {
  merges: readonly Rect[];
  count: number;
  byRow: Map<number, Rect[]>;
  /** Merges taller than TALL rows, checked on every row (a sheet has a handful at most). */
  tall: Rect[];
}

const TALL = 256;
const MERGE_INDEX = new WeakMap<Sheet, MergeIndex>();

function mergeIndex(sheet: Sheet): MergeIndex {
  const cached = MERGE_INDEX.get(sheet);
  if (cached && cached.merges === sheet.merges && cached.count === sheet.merges.length) return cached;
  const index: MergeIndex = { merges: sheet.merges, count: sheet.merges.length, byRow: new Map(), tall: [] };
  for (const m of sheet.merges) {
    if (m.bottom - m.top >= TALL) {
      index.tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = index.byRow.get(r);
      if (list) list.push(m);
      else index.byRow.set(r, [m]);
    }
  }
  MERGE_INDEX.set(sheet, index);
  return index;
}

/** The merges that span this row, in the sheet's order. */
export function mergesOnRow(sheet: Sheet, row: number): readonly Rect[] {
  if (sheet.merges.length === 0) return [];
  const index = mergeIndex(sheet);
  const own = index.byRow.get(row) ?? [];
  if (index.tall.length === 0) return own;
  const tall = index.tall.filter((m) => row >= m.top && row <= m.bottom);
  if (tall.length === 0) return own;
  const set = new Set([...own, ...tall]);
  return sheet.merges.filter((m) => set.has(m));
}

/** The merge rectangle whose top-left is this cell, if any. */
export function mergeAt(sheet: Sheet, row: number, col: number): Rect | undefined {
  return mergesOnRow(sheet, row).find((m) => m.top === row && m.left === col);
}

/** The merge rectangle covering this cell, if any. */
export function mergeCovering(sheet: Sheet, row: number, col: number): Rect | undefined {
  return mergesOnRow(sheet, row).find((m) => col >= m.left && col <= m.right);
}

/** Sheets by name, per sheet list (rules look a sheet up for every row they report on; a book may have 200). */
const BY_NAME = new WeakMap<readonly Sheet[], { length: number; byName: Map<string, Sheet> }>();

export function findSheet(grid: Grid, name: string): Sheet | undefined {
  let index = BY_NAME.get(grid.sheets);
  // Built again when sheets were added to the list since; the first sheet of a name wins, as find() gives.
  if (!index || index.length !== grid.sheets.length) {
    const byName = new Map<string, Sheet>();
    for (const s of grid.sheets) if (!byName.has(s.name)) byName.set(s.name, s);
    index = { length: grid.sheets.length, byName };
    BY_NAME.set(grid.sheets, index);
  }
  return index.byName.get(name);
}
