// Amount cells of a row, keyed by column: the only place a table cell becomes a Money.
import { getCell } from '../grid/sheet';
import type { Sheet } from '../grid/types';
import { DESCRIPTIVE_KEYS } from './columns';
import type { Amount, TableColumn } from './types';

/** Amount columns of a header, with duplicate keys made unique (key, key#2, …). */
export function amountColumns(
  columns: readonly { col: number; key: string | null; path: string[] }[],
  side?: 'income' | 'expenditure',
): TableColumn[] {
  const seen = new Map<string, number>();
  const out: TableColumn[] = [];
  for (const c of columns) {
    if (!c.key || DESCRIPTIVE_KEYS.has(c.key)) continue;
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    const col: TableColumn = { key: n === 1 ? c.key : `${c.key}#${n}`, label: c.path.join('/'), col: c.col };
    if (side) col.side = side;
    out.push(col);
  }
  return out;
}

/** The Amount of every amount column in one row. */
export function readAmounts(sheet: Sheet, row: number, columns: readonly TableColumn[]): Record<string, Amount> {
  const out: Record<string, Amount> = {};
  for (const c of columns) {
    const cell = getCell(sheet, row, c.col);
    const value = cell && cell.value.kind === 'number' ? cell.value.num : null;
    out[c.key] = { address: { sheet: sheet.name, row, col: c.col }, value, cell };
  }
  return out;
}

/** After mapping: a lone 总计 column is the table's 合计. */
export function promoteGrandTotal<T extends { key: string | null }>(columns: T[]): T[] {
  const hasTotal = columns.some((c) => c.key === 'total');
  if (hasTotal) return columns;
  return columns.map((c) => (c.key === 'grandTotal' ? { ...c, key: 'total' } : c));
}
