// Grid -> Grid: every formula saved without a cached value gets the value Excel would show, computed in dependency
// order; what cannot be computed keeps `uncomputed` so no check trusts its blank. Cached values are never touched.
import { computedCell, type ComputedValue } from '../grid/normalize';
import type { Cell, Grid, Sheet } from '../grid/types';
import type { Expr, Parsed } from './ast';
import { evaluateFormula, type Area } from './evaluate';
import { parseFormula } from './parse';
import { findPending, PendingIndex, type PendingCell } from './pending';
import { UNCOMPUTED, type Scalar } from './values';
import { GridWorkbook } from './workbook';

/** Grids this pass produced: handing one back in costs nothing. */
const COMPUTED = new WeakSet<Grid>();

/**
 * The grid with formula values filled in where the file held none. Returns the same grid when there is nothing to
 * compute (the common case, one scan of the cells); never changes the grid it is given.
 */
export function computeFormulas(grid: Grid): Grid {
  if (COMPUTED.has(grid)) return grid;
  const pending = findPending(grid);
  if (pending.length === 0) return grid;
  const index = new PendingIndex(pending, grid.sheets.length);
  const results: (Scalar | undefined)[] = new Array(pending.length);
  const book = new GridWorkbook(grid, index, results);
  const parsed = parseAll(pending);
  const dependencies = (id: number): number[] => {
    const p = parsed[id];
    const out: number[] = [];
    if (p.ok) for (const area of areasOf(p.expr, book, pending[id].sheet)) index.idsIn(area, out);
    return out;
  };
  const evaluateOne = (id: number): Scalar => {
    const p = parsed[id];
    return p.ok ? evaluateFormula(p.expr, { book, home: pending[id].sheet }) : UNCOMPUTED;
  };
  inDependencyOrder(pending.length, dependencies, (id, cyclic) => {
    results[id] = cyclic ? UNCOMPUTED : evaluateOne(id);
  });
  const out = withResults(grid, pending, results);
  COMPUTED.add(out);
  return out;
}

function parseAll(pending: readonly PendingCell[]): Parsed[] {
  // Formulas filled down a column differ in their row numbers, but copies do repeat (same text, same tree).
  const seen = new Map<string, Parsed>();
  return pending.map((p) => {
    let hit = seen.get(p.formula);
    if (!hit) seen.set(p.formula, (hit = parseFormula(p.formula)));
    return hit;
  });
}

/** Every area an expression reads, on whichever branch (IF's branches and SUMIF's ranges included). */
function areasOf(expr: Expr, book: GridWorkbook, home: number): Area[] {
  const out: Area[] = [];
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'ref': {
        const area = book.resolve(e.area, home);
        if (area) out.push(area);
        return;
      }
      case 'call':
        e.args.forEach(walk);
        return;
      case 'unary':
        walk(e.arg);
        return;
      case 'binary':
        walk(e.left);
        walk(e.right);
        return;
      default:
        return;
    }
  };
  walk(expr);
  return out;
}

const NEW = 0;
const OPEN = 1;
const DONE = 2;

/**
 * Visit ids so that each comes after the ids it depends on, without recursion (a running total filled down 100k
 * rows is a chain that deep). Ids on a cycle are visited with `cyclic` set: Excel cannot compute them either.
 */
export function inDependencyOrder(
  count: number,
  dependencies: (id: number) => number[],
  visit: (id: number, cyclic: boolean) => void,
): void {
  const state = new Uint8Array(count);
  const cyclic = new Uint8Array(count);
  const position = new Int32Array(count).fill(-1);
  for (let start = 0; start < count; start++) {
    if (state[start] !== NEW) continue;
    const stack: { id: number; deps: number[]; next: number }[] = [];
    const open = (id: number) => {
      state[id] = OPEN;
      position[id] = stack.length;
      stack.push({ id, deps: dependencies(id), next: 0 });
    };
    open(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < top.deps.length) {
        const dep = top.deps[top.next++];
        if (state[dep] === NEW) open(dep);
        else if (state[dep] === OPEN) for (let i = position[dep]; i < stack.length; i++) cyclic[stack[i].id] = 1;
        continue;
      }
      stack.pop();
      state[top.id] = DONE;
      position[top.id] = -1;
      visit(top.id, cyclic[top.id] === 1);
    }
  }
}

/** A copy of the grid with the computed cells replaced; sheets and rows without any stay shared. */
function withResults(grid: Grid, pending: readonly PendingCell[], results: readonly (Scalar | undefined)[]): Grid {
  const sheets: Sheet[] = grid.sheets.slice();
  const copied = new Set<Sheet>();
  const copiedRows = new Set<(Cell | undefined)[]>();
  pending.forEach((p, id) => {
    const value = shownValue(results[id]);
    if (!value) return;
    let sheet = sheets[p.sheet];
    if (!copied.has(sheet)) {
      sheet = { ...sheet, cells: sheet.cells.slice() };
      sheets[p.sheet] = sheet;
      copied.add(sheet);
    }
    let row = sheet.cells[p.row];
    if (!copiedRows.has(row)) {
      row = row.slice();
      sheet.cells[p.row] = row;
      copiedRows.add(row);
    }
    row[p.col] = computedCell(p.cell, value);
  });
  return { ...grid, sheets };
}

/** The value a computed cell shows; null for an error or an uncomputed result (the cell stays uncomputed). */
function shownValue(s: Scalar | undefined): ComputedValue | null {
  if (!s) return null;
  switch (s.t) {
    case 'num':
      return { kind: 'number', num: s.v };
    case 'text':
      return { kind: 'text', text: s.v };
    case 'bool':
      return { kind: 'bool', value: s.v };
    default:
      return null;
  }
}
