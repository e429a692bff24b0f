// Whether a table figure is borne out by anything else in the workbook. When the 说明 and the table disagree, the
// table is taken as right only if its figure is checked: changing it (with every formula that reads it following)
// would break some identity (a typed total, another table that repeats it). A typed line whose only total is a
// formula that adds it up is checked by nothing: either side may hold the slip, so no 应为 is given.
import type { CellAddress, Grid } from '../grid/types';
import { factorOf, signOf, type Identity } from './identity';
import { FormulaLinks } from './formulas';
import { cellKey } from './system';

/** Most typed cells looked at behind one formula (a grand total reads hundreds; any unchecked one decides). */
const MAX_SOURCES = 400;
/** Most formulas one change is followed through. */
const MAX_REACH = 5000;

export class Corroboration {
  private readonly links: FormulaLinks;
  /** By cell key: the linear formulas that read the cell, with the coefficient they read it with. */
  private readers: Map<string, { address: CellAddress; coef: number }[]> | null = null;
  /** By cell key: indices of the identities the cell takes part in. */
  private readonly byCell = new Map<string, number[]>();

  constructor(private readonly grid: Grid, private readonly identities: readonly Identity[]) {
    this.links = new FormulaLinks(grid);
    identities.forEach((idn, i) => {
      for (const a of [idn.target, ...idn.parts]) {
        const k = cellKey(a.address);
        const list = this.byCell.get(k);
        if (!list) this.byCell.set(k, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }

  /**
   * True when the figure at the address (a typed cell, or a formula through the typed cells it reads) could be
   * different without any identity of the workbook noticing.
   */
  unchecked(address: CellAddress): boolean {
    return this.sources(address).some((s) => !this.checks(s));
  }

  /** The typed cells behind a cell: itself when typed, else what its linear formula reads, transitively. */
  private sources(address: CellAddress): CellAddress[] {
    const out: CellAddress[] = [];
    const seen = new Set<string>();
    const stack = [address];
    while (stack.length > 0 && out.length < MAX_SOURCES) {
      const a = stack.pop() as CellAddress;
      const k = cellKey(a);
      if (seen.has(k)) continue;
      seen.add(k);
      if (!this.links.cell(a)?.formula) {
        out.push(a);
        continue;
      }
      const lin = this.links.linearOf(a);
      // A formula the diagnosis cannot read (IF, VLOOKUP): what it reads is not followed.
      if (lin) for (const t of lin.terms) stack.push(t.address);
    }
    return out;
  }

  /** Whether changing one typed cell, formulas following, breaks some identity. */
  private checks(source: CellAddress): boolean {
    const rate = this.follow(source);
    const touched = new Set<number>();
    for (const k of rate.keys()) for (const i of this.byCell.get(k) ?? []) touched.add(i);
    for (const i of touched) {
      const idn = this.identities[i];
      let s = rate.get(cellKey(idn.target.address)) ?? 0;
      idn.parts.forEach((p, j) => {
        s -= signOf(idn, j) * factorOf(idn, j) * (rate.get(cellKey(p.address)) ?? 0);
      });
      if (Math.abs(s) > 1e-9) return true;
    }
    return false;
  }

  /** How much each cell moves per unit change of the source, through every linear formula that reads it. */
  private follow(source: CellAddress): Map<string, number> {
    const readers = this.readerIndex();
    const rate = new Map<string, number>([[cellKey(source), 1]]);
    // Formulas form no cycle here (a circular one is not computed, so not linear); settle in reading order.
    const order: CellAddress[] = [];
    const seen = new Set<string>([cellKey(source)]);
    const queue = [source];
    while (queue.length > 0 && order.length < MAX_REACH) {
      const a = queue.shift() as CellAddress;
      for (const r of readers.get(cellKey(a)) ?? []) {
        const k = cellKey(r.address);
        if (seen.has(k)) continue;
        seen.add(k);
        order.push(r.address);
        queue.push(r.address);
      }
    }
    // A formula's rate is the sum over what it reads; repeat until stable (a handful of passes for a total chain).
    for (let pass = 0; pass < 64; pass++) {
      let changed = false;
      for (const a of order) {
        const lin = this.links.linearOf(a);
        if (!lin) continue;
        let v = 0;
        for (const t of lin.terms) v += t.coef * (rate.get(cellKey(t.address)) ?? 0);
        const k = cellKey(a);
        if (Math.abs((rate.get(k) ?? 0) - v) > 1e-12) {
          rate.set(k, v);
          changed = true;
        }
      }
      if (!changed) break;
    }
    return rate;
  }

  /** Which linear formulas read each cell: built once, on first need. */
  private readerIndex(): Map<string, { address: CellAddress; coef: number }[]> {
    if (this.readers) return this.readers;
    const readers = new Map<string, { address: CellAddress; coef: number }[]>();
    for (const sheet of this.grid.sheets) {
      sheet.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell?.formula) return;
          const address = { sheet: sheet.name, row: r, col: c };
          const lin = this.links.linearOf(address);
          if (!lin) return;
          for (const t of lin.terms) {
            const k = cellKey(t.address);
            const list = readers.get(k);
            if (list) list.push({ address, coef: t.coef });
            else readers.set(k, [{ address, coef: t.coef }]);
          }
        }),
      );
    }
    this.readers = readers;
    return readers;
  }
}
