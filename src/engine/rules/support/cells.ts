// Every amount cell of every recognized table, once, for the cell sanity rules.
import type { Amount, BudgetTable } from '../../tables/types';
import type { RuleContext } from '../define-rule';

/** One amount cell with the table and column it belongs to. */
export interface AmountCell {
  table: BudgetTable;
  key: string;
  amount: Amount;
}

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

function collectAmountCells(tables: readonly BudgetTable[]): AmountCell[] {
  const seen = new Map<string, Set<number | string>>();
  const out: AmountCell[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      for (const [key, amount] of Object.entries(row.amounts)) {
        if (TEXT_COLUMNS.has(key)) continue;
        const { sheet, row: r, col } = amount.address;
        const onSheet = seen.get(sheet) ?? new Set<number | string>();
        seen.set(sheet, onSheet);
        // Excel has 16384 columns: row * 16384 + col names a cell uniquely (and stays an exact integer).
        const id = col < 16384 ? r * 16384 + col : `${r}!${col}`;
        if (onSheet.has(id)) continue;
        onSheet.add(id);
        out.push({ table, key, amount });
      }
    }
  }
  return out;
}
