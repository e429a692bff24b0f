// `npm run sweep`: the diagnosis sweep's figures for docs/diagnosis.md (tests/engine/diagnosis-sweep.test.ts asserts
// the thresholds). Prints, per seed workbook and variant, how many planted slips were found at their cell with the
// old value as 应为, and how many faults gave an 应为 at a correct cell; with --misses, which ones.
import { onePerSheet } from '../tests/fixtures/seeds/arrangements';
import { seed000Blocks } from '../tests/fixtures/seeds/seed000';
import { seed002Blocks } from '../tests/fixtures/seeds/seed002';
import { specToGrid } from '../tests/fixtures/workbook-spec';
import { sweep, type Variant } from '../tests/fixtures/typo-sweep';
import { seed000WithFormulaTotals } from '../tests/fixtures/seeds/formula-totals';
import { seed002WithFormulaTotals } from '../tests/fixtures/seeds/formula-totals-henan';

const books = [
  ['seed 000 (Hebei)', specToGrid(onePerSheet(seed000Blocks()).spec)],
  ['seed 002 (Henan)', specToGrid(onePerSheet(seed002Blocks()).spec)],
  // Every total a formula (saved without a value, as openpyxl writes): a slip in a typed figure is carried by Excel.
  ['seed 000, totals as formulas', specToGrid(seed000WithFormulaTotals().spec)],
  ['seed 002, totals as formulas', specToGrid(seed002WithFormulaTotals().spec)],
] as const;
const showMisses = process.argv.includes('--misses');
console.log('| workbook | variant | faults | found at the typed cell, 应为 = old value | any 应为 at a correct cell |');
console.log('|---|---|---|---|---|');
for (const [name, grid] of books) {
  // With formula totals a slip is carried by the formulas themselves: only the typed cells are planted.
  for (const v of (name.includes('formulas') ? ['alone'] : ['alone', 'carried', 'subtotal']) as Variant[]) {
    const s = sweep(grid, v);
    const pct = (n: number) => `${n} (${((100 * n) / Math.max(s.faults, 1)).toFixed(1)}%)`;
    console.log(`| ${name} | ${v} | ${s.faults} | ${pct(s.found)} | ${pct(s.wrongAdvice)} |`);
    if (showMisses) for (const o of [...s.misses, ...s.wrong]) console.log(`    ${o.found ? 'WRONG' : 'MISS'} ${o.fault.label}: ${o.findings.join(' | ')}`);
  }
}
