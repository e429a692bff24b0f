// Rows made of header labels (used to spot a header repeated in the middle of a split table).
import { columnKey, isHeaderWord } from './columns';
import type { RowCell } from './sheet-view';

/** True when the row's cells read as header labels rather than data: no numbers, and header words or keys. */
export function isHeaderWordRow(cells: readonly RowCell[]): boolean {
  if (cells.some((c) => c.cell.value.kind === 'number')) return false;
  const words = cells.filter((c) => isHeaderWord(c.text)).length;
  const keys = cells.filter((c) => columnKey([c.text]) !== null).length;
  return words >= 1 || keys >= 2;
}
