// Given the cells a diagnosis proposes to change, the correction each must take so that every identity touching
// them holds: proposed by Gaussian elimination in floating point, then rounded to whole scaled units and verified
// exactly in integers. The floats only propose; nothing is accepted unless the integer check passes.
import type { Scaled, System } from './system';

/** The outcome of solving for a set of cells. */
export type Solution =
  | { ok: true; delta: Map<number, number> }
  | { ok: false; /** the touched equation that stays most violated, to branch on */ worst: number | null };

/** Equations (indices) that contain at least one of `cells`. */
export function touched(sys: System, cells: readonly number[]): number[] {
  const out = new Set<number>();
  for (const c of cells) for (const e of sys.cells[c].ids) out.add(e);
  return [...out];
}

function eliminate(rows: number[][], k: number): number[] | null {
  const m = rows.length;
  const a = rows.map((r) => r.slice());
  const pivotRow: number[] = [];
  let r = 0;
  for (let col = 0; col < k; col++) {
    let best = -1;
    for (let i = r; i < m; i++) if (a[i][col] !== 0 && (best < 0 || Math.abs(a[i][col]) > Math.abs(a[best][col]))) best = i;
    if (best < 0) return null; // a free direction: a smaller set of cells would do
    [a[r], a[best]] = [a[best], a[r]];
    for (let i = 0; i < m; i++) {
      if (i === r || a[i][col] === 0) continue;
      const f = a[i][col] / a[r][col];
      for (let j = col; j <= k; j++) a[i][j] -= f * a[r][j];
    }
    pivotRow[col] = r;
    r++;
  }
  return pivotRow.map((row, col) => a[row][k] / a[row][col]);
}

/** The integer corrections of `cells` that make every equation in `eqs` hold, or the equation to branch on. */
export function solveFor(sys: System, scaled: Scaled, cells: readonly number[], eqs: readonly number[]): Solution {
  const pos = new Map(cells.map((c, j) => [c, j]));
  const rows = eqs.map((e) => {
    const row = new Array<number>(cells.length + 1).fill(0);
    const eq = sys.equations[e];
    const { coefs, residual } = scaled.row(e);
    eq.cells.forEach((c, k) => {
      const j = pos.get(c);
      if (j !== undefined) row[j] += coefs[k];
    });
    row[cells.length] = -residual;
    return row;
  });
  const proposal = eliminate(rows, cells.length);
  if (!proposal) return { ok: false, worst: null };
  const delta = new Map<number, number>();
  cells.forEach((c, j) => delta.set(c, Math.round(proposal[j])));
  let worst: number | null = null;
  let worstErr = 0;
  for (let i = 0; i < eqs.length; i++) {
    const { residual, tolerance } = scaled.row(eqs[i]);
    let err = residual;
    for (let j = 0; j < cells.length; j++) err += rows[i][j] * (delta.get(cells[j]) ?? 0);
    const excess = Math.abs(err) / Math.max(tolerance, 1e-12);
    if (!Number.isSafeInteger(err) || Math.abs(err) >= tolerance) {
      if (excess > worstErr) {
        worstErr = excess;
        worst = eqs[i];
      }
    }
  }
  if (worst !== null) return { ok: false, worst };
  for (const [c, d] of delta) {
    if (d === 0) return { ok: false, worst: null };
    // Budget amounts are never negative: a correction that would make one so is no explanation.
    const v = scaled.value(c);
    if (v >= 0 && v + d < 0) return { ok: false, worst: null };
  }
  return { ok: true, delta };
}
