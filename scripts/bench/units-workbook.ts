// 部门 workbooks for the benchmark as issue 14 measured them: a department publishing the full set of seed 000
// tables for each of its units (figures scaled by the unit's number, so every identity still holds). Either
// one sheet per unit (the 50- and 200-unit books) or every unit stacked on one sheet with its merges (~101k rows).
import { Decimal } from '../../src/engine/money';
import { stacked } from '../../tests/fixtures/seeds/arrangements';
import type { TableBlock } from '../../tests/fixtures/seeds/block';
import { seed000Blocks } from '../../tests/fixtures/seeds/seed000';
import type { SheetSpec, SpecCell, WorkbookSpec } from '../../tests/fixtures/workbook-spec';

function scaled(c: SpecCell, k: number): SpecCell {
  const times = (n: number) => new Decimal(String(n)).times(k).toNumber();
  if (typeof c === 'number') return times(c);
  if (c && typeof c === 'object' && typeof c.v === 'number') return { ...c, v: times(c.v) };
  return c;
}

/** A block with every amount (columns and extra header cells) multiplied by k. */
function scaleBlock(b: TableBlock, k: number): TableBlock {
  const cols = new Set(b.amountCols);
  const extra = new Set((b.amountCells ?? []).map(([r, c]) => `${r},${c}`));
  const rows = b.rows.map((row, r) =>
    row.map((c, col) => ((r >= b.headerRows && cols.has(col)) || extra.has(`${r},${col}`) ? scaled(c, k) : c)),
  );
  return { ...b, rows };
}

/**
 * The seed 000 tables of unit u (1-based): figures × u, so every unit has figures of its own, as a real 部门's units
 * do (with × (1 + u mod 7), the first measure, a 200-unit book held only ~400 distinct figures, which flatters any
 * cache of parsed values).
 */
function unitBlocks(u: number): TableBlock[] {
  return seed000Blocks().map((b) => scaleBlock(b, u));
}

function rowsOf(sheets: readonly SheetSpec[]): number {
  return sheets.reduce((n, s) => n + s.rows.length, 0);
}

/** One sheet per unit 「单位N」, its tables stacked; returns the spec and its row count. */
export function unitsWorkbook(units: number): { spec: WorkbookSpec; rows: number } {
  const sheets: SheetSpec[] = [];
  for (let u = 1; u <= units; u++) sheets.push({ ...stacked(unitBlocks(u)).spec.sheets[0], name: `单位${u}` });
  return { spec: { sheets }, rows: rowsOf(sheets) };
}

/** Every unit's tables stacked on one sheet, until it has at least `rows` rows. */
export function stackedSheetWorkbook(rows: number): { spec: WorkbookSpec; rows: number; merges: number } {
  const blocks: TableBlock[] = [];
  const perUnit = stacked(unitBlocks(1)).spec.sheets[0].rows.length;
  for (let u = 1; u <= Math.ceil(rows / perUnit); u++) blocks.push(...unitBlocks(u));
  const spec = stacked(blocks).spec;
  return { spec, rows: rowsOf(spec.sheets), merges: spec.sheets[0].merges?.length ?? 0 };
}
