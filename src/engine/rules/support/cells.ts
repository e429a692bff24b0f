// Every amount cell of every recognized table, once, for the cell sanity rules.
import type { CellValue } from '../../grid/types';
import type { Amount, BudgetTable } from '../../tables/types';
import type { RuleContext } from '../define-rule';

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

function collectAmountCells(tables: readonly BudgetTable[]): AmountCell[] {
  const seen = new Map<string, Set<number | string>>();
  const out: AmountCell[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const amounts = row.amounts;
      // for…in visits own keys in the order Object.entries gives, without an array of pairs per row.
      for (const key in amounts) {
        if (TEXT_COLUMNS.has(key)) continue;
        const amount = amounts[key];
        const { sheet, row: r, col } = amount.address;
        let onSheet = seen.get(sheet);
        if (!onSheet) seen.set(sheet, (onSheet = new Set<number | string>()));
        // Excel has 16384 columns: row * 16384 + col names a cell uniquely (and stays an exact integer).
        const id = col < 16384 ? r * 16384 + col : `${r}!${col}`;
        if (onSheet.has(id)) continue;
        onSheet.add(id);
        out.push({ table, key, amount, held: amount.cell?.value.kind ?? 'none' });
      }
    }
  }
  return out;
}
