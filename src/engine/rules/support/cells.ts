// Every amount cell of every recognized table, once, for the cell sanity rules.
import type { Amount, BudgetTable } from '../../tables/types';
import type { RuleContext } from '../define-rule';

export interface AmountCell {
  table: BudgetTable;
  key: string;
  amount: Amount;
}

/** Columns that hold text by design (绩效 指标值 such as 「≥90%」). */
const TEXT_COLUMNS = new Set(['indicator']);

/** Amount cells of all tables, each cell once (a physical cell shared by two lines is visited once). */
export function amountCells(ctx: RuleContext): AmountCell[] {
  const seen = new Set<string>();
  const out: AmountCell[] = [];
  for (const table of ctx.tables) {
    for (const row of table.rows) {
      for (const [key, amount] of Object.entries(row.amounts)) {
        if (TEXT_COLUMNS.has(key)) continue;
        const id = `${amount.address.sheet}!${amount.address.row}!${amount.address.col}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ table, key, amount });
      }
    }
  }
  return out;
}
