// Every amount cell of every recognized table, once, for the cell sanity rules.
import type { CellValue } from '../../grid/types';
import type { Amount, BudgetTable } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { CellAmount } from '../../tables/amounts';

/** One amount cell with the table and column it belongs to. */
export interface AmountCell {
  table: BudgetTable;
  key: string;
  amount: Amount;
  /** What the cell holds ('none' without a cell), read once here so rules filter without touching the cell. */
  held: HeldKind;
}

/** A cell value's kind, or 'none' when the amount has no cell. */
export type HeldKind = CellValue['kind'] | 'none';

/** Columns that hold text by design (绩效 指标值 such as 「≥90%」). */
const TEXT_COLUMNS = new Set(['indicator']);

/** Built once per recognition: four cell rules walk the same list, and 100k-row workbooks make it costly. */
const cache = new WeakMap<readonly BudgetTable[], { count: number; cells: AmountCell[] }>();

/** Amount cells of all tables, each cell once (a physical cell shared by two lines is visited once). */
export function amountCells(ctx: RuleContext): AmountCell[] {
  const hit = cache.get(ctx.tables);
  if (hit && hit.count === ctx.tables.length) return hit.cells;
  const cells = collectAmountCells(ctx.tables);
  cache.set(ctx.tables, { count: ctx.tables.length, cells });
  return cells;
}

const subsets = new WeakMap<AmountCell[], Map<string, AmountCell[]>>();

/** The amount cells holding one of `kinds`, in the order of amountCells (see amountCellsWhere). */
export function amountCellsHolding(ctx: RuleContext, kinds: readonly HeldKind[]): AmountCell[] {
  return amountCellsWhere(ctx, kinds.join('|'), (c) => kinds.includes(c.held));
}

/**
 * The amount cells that pass `keep`, in the order of amountCells, built once per recognition under `name`: each
 * cell rule looks at few cells (errors, texts, numbers) and a 100k-row workbook has over 500k amount cells.
 */
export function amountCellsWhere(ctx: RuleContext, name: string, keep: (c: AmountCell) => boolean): AmountCell[] {
  const all = amountCells(ctx);
  let lists = subsets.get(all);
  if (!lists) subsets.set(all, (lists = new Map<string, AmountCell[]>()));
  const hit = lists.get(name);
  if (hit) return hit;
  const out = all.filter(keep);
  lists.set(name, out);
  return out;
}

/** Amount cells holding a number (value set): what the negative and decimals rules look at. */
export function amountCellsWithValue(ctx: RuleContext): AmountCell[] {
  return amountCellsWhere(ctx, 'value', (c) => c.amount.value !== null);
}

/** Bits of a row mask: columns A..AD fit in a small integer, wider columns go to a set of names. */
const MASK_COLUMNS = 30;

/** Cells already listed, without one set entry per cell: a bit mask of columns per sheet row (500k cells). */
class SeenCells {
  private readonly masks = new Map<string, number[]>();
  private readonly wide = new Set<string>();
  /** The sheet asked last and its masks: cells come table by table, so nearly every call is for the same sheet. */
  private lastSheet: string | null = null;
  private lastRows: number[] = [];

  /** True when the cell was not seen before (and is now). */
  add(sheet: string, row: number, col: number): boolean {
    if (col >= MASK_COLUMNS) {
      const name = `${sheet}!${row}!${col}`;
      if (this.wide.has(name)) return false;
      this.wide.add(name);
      return true;
    }
    let rows = this.lastRows;
    if (sheet !== this.lastSheet) {
      const known = this.masks.get(sheet);
      rows = known ?? [];
      if (!known) this.masks.set(sheet, rows);
      this.lastSheet = sheet;
      this.lastRows = rows;
    }
    const mask = rows[row] ?? 0;
    const bit = 1 << col;
    if ((mask & bit) !== 0) return false;
    rows[row] = mask | bit;
    return true;
  }
}

/**
 * What an amount's cell holds. A value is set exactly when the cell holds a number (tables/types.ts Amount), so
 * number cells are known without reading the cell: on 600k amounts those reads are mostly cache misses.
 */
function heldBy(amount: Amount): HeldKind {
  if (amount.value !== null) return 'number';
  return amount.cell ? amount.cell.value.kind : 'none';
}

function collectAmountCells(tables: readonly BudgetTable[]): AmountCell[] {
  const seen = new SeenCells();
  const out: AmountCell[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const amounts = row.amounts;
      // for…in visits own keys in the order Object.entries gives, without an array of pairs per row.
      for (const key in amounts) {
        if (TEXT_COLUMNS.has(key)) continue;
        const amount = amounts[key];
        // A CellAmount holds its position itself: no address object is built for cells no finding names.
        const { sheet, row: r, col } = amount instanceof CellAmount ? amount : amount.address;
        if (!seen.add(sheet, r, col)) continue;
        out.push({ table, key, amount, held: heldBy(amount) });
      }
    }
  }
  return out;
}
