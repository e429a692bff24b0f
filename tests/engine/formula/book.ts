// Tiny workbooks for the formula tests: a string starting with "=" is a formula saved without a cached value
// (what openpyxl writes); { v, f } is a formula with a cached value; anything else is a typed value.
import { computeFormulas } from '../../../src/engine/formula/compute-grid';
import { parseA1 } from '../../../src/engine/grid/address';
import { buildSheet } from '../../../src/engine/grid/sheet';
import type { Cell, Grid, RawCell } from '../../../src/engine/grid/types';

/** A typed value, a formula without a value ("=SUM(B1:B3)"), or a formula with a cached value. */
export type BookCell = string | number | boolean | null | { v: string | number | null; f: string };

function raw(c: BookCell): RawCell | null {
  if (c === null) return null;
  if (typeof c === 'string' && c.startsWith('=')) return { value: null, formula: c.slice(1), numFmt: '0.00' };
  if (typeof c === 'object') return { value: c.v, formula: c.f, numFmt: '0.00' };
  return { value: c, numFmt: typeof c === 'number' ? '0.00' : undefined };
}

/** A grid of the given sheets (rows of cells from A1). */
export function book(sheets: Record<string, BookCell[][]>): Grid {
  return { sheets: Object.entries(sheets).map(([name, rows]) => buildSheet(name, rows.map((r) => r.map(raw)))) };
}

/** The cell at "Sheet!A1" (or "A1" on the first sheet). */
export function cellAt(grid: Grid, ref: string): Cell | undefined {
  const bang = ref.lastIndexOf('!');
  const sheet = bang >= 0 ? grid.sheets.find((s) => s.name === ref.slice(0, bang)) : grid.sheets[0];
  const at = parseA1(bang >= 0 ? ref.slice(bang + 1) : ref);
  if (!sheet || !at) throw new Error(`no cell ${ref}`);
  return sheet.cells[at.row]?.[at.col];
}

/** What a cell shows after the pass, compactly: "3.5", "text:abc", "bool:true", "blank", "uncomputed". */
export function shown(cell: Cell | undefined): string {
  if (!cell) return 'blank';
  if (cell.uncomputed) return 'uncomputed';
  const v = cell.value;
  switch (v.kind) {
    case 'number':
      return v.storedAsText ? `text:${cell.text}` : v.num.toFixed();
    case 'text':
      return `text:${v.text}`;
    case 'bool':
      return `bool:${v.value}`;
    default:
      return v.kind;
  }
}

/** Compute one formula (saved without a value) in Z1 of a sheet holding `rows` from A1; what Z1 shows. */
export function valueOf(formula: string, rows: BookCell[][]): string {
  const first: BookCell[] = [...(rows[0] ?? [])];
  while (first.length < 25) first.push(null);
  first[25] = `=${formula}`;
  return shown(cellAt(computeFormulas(book({ S: [first, ...rows.slice(1)] })), 'Z1'));
}
