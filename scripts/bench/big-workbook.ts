// Big workbooks for the benchmark: seed 000 consolidated over many units. Every amount is scaled by the number
// of units and each 项 row is repeated once per unit (the unit's own figure), so 合计/类/款 still equal the sum of
// their 项 rows, codes stay valid and cross-table equalities still hold: a large, correct workbook.
import { Decimal } from '../../src/engine/money';
import type { TableKind } from '../../src/engine/tables/types';
import { seq, type TableBlock } from '../../tests/fixtures/seeds/block';
import { onePerSheet } from '../../tests/fixtures/seeds/arrangements';
import { seed000Blocks } from '../../tests/fixtures/seeds/seed000';
import type { SpecCell, WorkbookSpec } from '../../tests/fixtures/workbook-spec';

/** Coded functional tables whose 项 rows are repeated per unit. */
const CONSOLIDATED: ReadonlySet<TableKind> = new Set(['income-summary', 'expenditure-summary', 'general-budget-expenditure']);

function times(c: SpecCell, units: number): SpecCell {
  const scale = (n: number) => new Decimal(String(n)).times(units).toNumber();
  if (typeof c === 'number') return scale(c);
  if (c && typeof c === 'object' && typeof c.v === 'number') return { ...c, v: scale(c.v) };
  return c;
}

function scaleRow(row: SpecCell[], cols: ReadonlySet<number>, units: number): SpecCell[] {
  return row.map((c, col) => (cols.has(col) ? times(c, units) : c));
}

function isItemRow(row: SpecCell[]): boolean {
  return typeof row[1] === 'string' && /^\d{7}$/.test(row[1]);
}

/** The block with amounts × units; in consolidated kinds each 项 row appears `units` times at its unscaled figure. */
export function consolidate(b: TableBlock, units: number): TableBlock {
  const cols = new Set(b.amountCols);
  const dataEnd = b.rows.length - b.noteRows;
  const extra = new Map<number, Set<number>>();
  for (const [r, c] of b.amountCells ?? []) extra.set(r, (extra.get(r) ?? new Set()).add(c));
  const head = b.rows.slice(0, b.headerRows).map((row, r) => scaleRow(row, extra.get(r) ?? new Set(), units));
  const body: SpecCell[][] = [];
  for (const row of b.rows.slice(b.headerRows, dataEnd)) {
    if (CONSOLIDATED.has(b.kind) && isItemRow(row)) for (let u = 0; u < units; u++) body.push([...row]);
    else body.push(scaleRow(row, cols, units));
  }
  const numbered = b.rows[b.headerRows]?.[0] !== null && typeof b.rows[b.headerRows]?.[0] === 'object';
  const renumbered = numbered ? body.map((row, i) => [seq(i + 1), ...row.slice(1)]) : body;
  return { ...b, rows: [...head, ...renumbered, ...b.rows.slice(dataEnd)] };
}

/** Data rows (rows under the header, notes excluded) over all tables of the blocks. */
export function dataRows(blocks: readonly TableBlock[]): number {
  return blocks.reduce((n, b) => n + b.rows.length - b.headerRows - b.noteRows, 0);
}

/** Units needed so the consolidated seed 000 workbook has about `rows` data rows in all. */
export function unitsFor(rows: number): number {
  const base = seed000Blocks();
  const one = dataRows(base.map((b) => consolidate(b, 1)));
  const two = dataRows(base.map((b) => consolidate(b, 2)));
  return Math.max(1, Math.round((rows - one) / (two - one)) + 1);
}

/** Seed 000, one table per sheet, consolidated over `units` units; returns the spec and its data-row count. */
export function consolidatedWorkbook(units: number): { spec: WorkbookSpec; rows: number } {
  const blocks = seed000Blocks().map((b) => consolidate(b, units));
  return { spec: onePerSheet(blocks).spec, rows: dataRows(blocks) };
}
