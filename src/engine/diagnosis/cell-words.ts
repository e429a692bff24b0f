// Which table, row and column a cell is, to word a finding about it: 「项 2101501 行政运行」「基本支出」.
import type { CellAddress } from '../grid/types';
import { columnName, rowSubject } from '../rules/support/tables';
import type { BudgetTable, TableRow } from '../tables/types';

/** The place of an amount cell in the recognized model. */
export interface CellPlace {
  table: BudgetTable;
  row: TableRow;
  key: string;
}

/** Looks cells up table by table, indexing a table only when a finding needs one of its cells. */
export class CellWords {
  private readonly indexes = new Map<BudgetTable, Map<string, CellPlace>>();

  constructor(private readonly tables: readonly BudgetTable[]) {}

  /** The table, row and column of a cell; undefined for a cell no table maps. */
  place(a: CellAddress): CellPlace | undefined {
    for (const t of this.tables) {
      if (t.sheet !== a.sheet || a.row < t.range.top || a.row > t.range.bottom) continue;
      const hit = this.index(t).get(`${a.row}:${a.col}`);
      if (hit) return hit;
    }
    return undefined;
  }

  /** 「项 2101501 行政运行」 and 「基本支出」 for a cell, or the A1-free fallbacks. */
  words(a: CellAddress): { subject: string; column: string } {
    const p = this.place(a);
    if (!p) return { subject: '该单元格', column: '金额' };
    return { subject: rowSubject(p.row), column: columnName(p.table, p.key) };
  }

  private index(t: BudgetTable): Map<string, CellPlace> {
    let m = this.indexes.get(t);
    if (m) return m;
    m = new Map();
    for (const row of t.rows) {
      for (const [key, amount] of Object.entries(row.amounts)) {
        const k = `${amount.address.row}:${amount.address.col}`;
        if (!m.has(k)) m.set(k, { table: t, row, key });
      }
    }
    this.indexes.set(t, m);
    return m;
  }
}
