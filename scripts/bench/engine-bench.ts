// Engine benchmark: check(grid) on the seed 000 workbook and on consolidated workbooks of growing size. The
// Grid is built before timing (that is the host's job); only recognition + rules + report are timed.
import { check, type CheckOptions } from '../../src/engine/check';
import type { Grid } from '../../src/engine/grid/types';
import { specToGrid } from '../../tests/fixtures/workbook-spec';
import { seed000Workbook } from '../../tests/fixtures/seeds/workbooks';
import { consolidatedWorkbook, unitsFor } from './big-workbook';
import { bestOf, collectGarbage, type Timing } from './measure';

/** One engine measurement. */
export interface EngineRow {
  label: string;
  dataRows: number;
  cells: number;
  findings: number;
  timing: Timing;
}

function cellCount(grid: Grid): number {
  let n = 0;
  for (const s of grid.sheets) for (const row of s.cells) if (row) for (const c of row) if (c) n++;
  return n;
}

async function measure(label: string, grid: Grid, dataRows: number, runs: number, options: CheckOptions = {}): Promise<EngineRow> {
  collectGarbage();
  const { timing, result } = await bestOf(runs, () => check(grid, 'bench.xlsx', options));
  return { label, dataRows, cells: cellCount(grid), findings: result.findings.length, timing };
}

/** Time check() on the seed workbook and on consolidated workbooks of about `sizes` data rows. */
export async function engineBench(sizes: readonly number[], log: (s: string) => void): Promise<EngineRow[]> {
  const seed = seed000Workbook().spec;
  // Warm up the JIT and the code book on the seed workbook, as a host would after its first check.
  for (let i = 0; i < 3; i++) check(specToGrid(seed), 'warm.xlsx');
  const rows: EngineRow[] = [];
  const seedRows = consolidatedWorkbook(1).rows;
  rows.push(await measure('seed 000 (as published)', specToGrid(seed), seedRows, 10));
  log(`engine: seed ${rows[0].timing.cpuMs.toFixed(0)} ms`);
  for (const n of sizes) {
    const { spec, rows: dataRows } = consolidatedWorkbook(unitsFor(n));
    const grid = specToGrid(spec);
    const row = await measure(`consolidated, ~${n.toLocaleString('en-US')} rows`, grid, dataRows, n >= 100_000 ? 2 : 3);
    log(`engine: ${n} rows ${row.timing.cpuMs.toFixed(0)} ms cpu, ${row.timing.wallMs.toFixed(0)} ms wall`);
    rows.push(row);
    if (n !== sizes[sizes.length - 1]) continue;
    // The repeated 项 codes make codes/order warn once per row: the same workbook without that rule shows the
    // cost of checking apart from the cost of reporting ~1 finding per row.
    rows.push(await measure(`${row.label}, codes/order off`, grid, dataRows, n >= 100_000 ? 2 : 3, { disabledRules: ['codes/order'] }));
  }
  return rows;
}
