// Shared checks for the formula fixture tests: findings as short strings, and which cells stayed uncomputed.
import { computeFormulas } from '../../../src/engine/formula/compute-grid';
import { toA1 } from '../../../src/engine/grid/address';
import type { Grid } from '../../../src/engine/grid/types';
import type { Finding, Report } from '../../../src/engine/report';

/** "rule sheet!cell" of every error. */
export function errors(r: Report): string[] {
  return r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

/** "sheet!A1" of every cell the formula pass left uncomputed. */
export function uncomputedCells(grid: Grid): Set<string> {
  const out = new Set<string>();
  for (const sheet of computeFormulas(grid).sheets) {
    sheet.cells.forEach((row, r) => row?.forEach((c, col) => c?.uncomputed && out.add(`${sheet.name}!${toA1(r, col)}`)));
  }
  return out;
}

/** True when the finding is at, or names as related, a cell whose formula has no value. */
export function touchesUncomputed(f: Finding, uncomputed: Set<string>): boolean {
  return [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])].some((c) => uncomputed.has(`${c.sheet}!${c.cell}`));
}
