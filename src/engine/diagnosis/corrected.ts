// The recognized tables as they read once the diagnosed mistakes are put right: what the narrative rules compare the
// 说明 with. Only the rows holding a corrected cell are copied; the tables themselves are never changed.
import type { Money } from '../money';
import type { Recognition } from '../tables/recognize';
import type { Amount, BudgetTable, TableRow } from '../tables/types';
import { cellKey } from './system';

function correctedRow(row: TableRow, corrections: ReadonlyMap<string, Money>): TableRow {
  let amounts: Record<string, Amount> | null = null;
  for (const [k, a] of Object.entries(row.amounts)) {
    const v = corrections.get(cellKey(a.address));
    if (v === undefined) continue;
    amounts ??= { ...row.amounts };
    amounts[k] = { address: a.address, value: v, cell: a.cell };
  }
  return amounts ? { ...row, amounts } : row;
}

function correctedTable(t: BudgetTable, corrections: ReadonlyMap<string, Money>): BudgetTable {
  const rows = t.rows.map((r) => correctedRow(r, corrections));
  return rows.some((r, i) => r !== t.rows[i]) ? { ...t, rows } : t;
}

/** The recognition with corrected figures (the same object when nothing is corrected). */
export function withCorrections(recognition: Recognition, corrections: ReadonlyMap<string, Money>): Recognition {
  if (corrections.size === 0) return recognition;
  return { ...recognition, tables: recognition.tables.map((t) => correctedTable(t, corrections)) };
}
