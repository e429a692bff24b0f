// The diagnosis sweep: a single typing slip planted in every amount of the seed workbooks (Hebei 000, Henan 002),
// (a) alone, (b) carried into its row's totals as a formula would carry it, (c) in a subtotal row across all its
// columns. At least 98% must be reported at the typed cell with the old value as 应为, fewer than 1 fault in 50 may
// give an 应为 at a correct cell, and every fault not located must say that it cannot tell (no 应为), never be
// silent. Figures: docs/diagnosis.md (`npm run sweep`).
import { check } from '../../src/engine/check';
import { onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { seed002Blocks } from '../fixtures/seeds/seed002';
import { specToGrid } from '../fixtures/workbook-spec';
import { applyFault, plantFaults, plantTypo, sweep, type Fault, type SweepSummary } from '../fixtures/typo-sweep';
import { money } from '../../src/engine/money';
import { seed000WithFormulaTotals } from '../fixtures/seeds/formula-totals';
import { seed002WithFormulaTotals } from '../fixtures/seeds/formula-totals-henan';
import { typoKind } from '../../src/engine/diagnosis/typos';

const BOOKS = [
  ['seed 000 (Hebei)', specToGrid(onePerSheet(seed000Blocks()).spec)],
  ['seed 002 (Henan)', specToGrid(onePerSheet(seed002Blocks()).spec)],
] as const;
const VARIANTS = ['alone', 'carried', 'subtotal'] as const;

describe('planted slips are single typing errors', () => {
  it.each(['479.32', '95.46', '0.93', '2655.80', '3.00', '64.00'])('%s: every seed gives a slip the diagnosis recognizes', (v) => {
    for (let seed = 0; seed < 10; seed++) {
      const typed = plantTypo(money(v), seed);
      expect(typed).not.toBeNull();
      expect(typoKind(typed!, money(v))).not.toBeNull();
    }
  });
});

describe('diagnosis sweep', () => {
  const results: [string, string, SweepSummary][] = [];
  for (const [name, grid] of BOOKS) for (const v of VARIANTS) results.push([name, v, sweep(grid, v)]);

  it('plants faults of every variant in both workbooks', () => {
    for (const [name, v, s] of results) expect([name, v, s.faults > 30]).toEqual([name, v, true]);
  });

  it('reports at least 98% of the slips at the typed cell with the old value as 应为', () => {
    const faults = results.reduce((n, [, , s]) => n + s.faults, 0);
    const found = results.reduce((n, [, , s]) => n + s.found, 0);
    expect(found / faults).toBeGreaterThanOrEqual(0.98);
    // No variant falls far behind (a regression in one shape would hide in the total).
    for (const [name, v, s] of results) expect([name, v, s.found / s.faults >= 0.9]).toEqual([name, v, true]);
  });

  it('gives an 应为 at a correct cell for fewer than 1 fault in 50', () => {
    const faults = results.reduce((n, [, , s]) => n + s.faults, 0);
    const wrong = results.reduce((n, [, , s]) => n + s.wrongAdvice, 0);
    expect(wrong / faults).toBeLessThan(1 / 50);
  });

  it('says it cannot tell, with no 应为, for every slip it does not locate', () => {
    const silent = results.flatMap(([, , s]) => s.misses).filter((o) => !o.undecided);
    expect(silent.map((o) => o.fault.label)).toEqual([]);
  });
});

describe('diagnosis sweep on workbooks whose totals are formulas', () => {
  // Only typed figures are planted; Excel carries each slip into every total that reads it.
  const books = [
    ['seed 000', specToGrid(seed000WithFormulaTotals().spec)],
    ['seed 002', specToGrid(seed002WithFormulaTotals().spec)],
  ] as const;
  const results = books.map(([name, grid]) => [name, sweep(grid, 'alone')] as const);
  // What the clean books already say (seed 002 keeps its published text's two warnings): not an answer to a slip.
  const base = new Map(
    books.map(([name, grid]) => {
      const said = check(grid, 'clean.xlsx').findings.filter((f) => f.severity !== 'info');
      return [name, new Set(said.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? '-'}`))];
    }),
  );

  it('never gives an 应为 at a correct cell (a formula, or a 说明 that may be the right one)', () => {
    for (const [name, s] of results) expect([name, s.faults > 50, s.wrongAdvice]).toEqual([name, true, 0]);
  });

  it('finds more than half at the typed cell, and is never silent about the rest', () => {
    for (const [name, s] of results) {
      expect([name, s.found / s.faults > 0.5]).toEqual([name, true]);
      const silent = s.misses.filter((o) => o.findings.every((f) => base.get(name)?.has(f))).map((o) => o.fault.label);
      // Known gap: Henan's 「其中：财政拨款」 column (H of the 收支总表s) is compared with nothing once its total is a
      // formula; row/of-which-within catches a 其中 grown above its 小计, not one that shrank (docs/diagnosis.md).
      expect([name, silent.filter((l) => !/^(Sheet1|收支)!\d+:8 /.test(l))]).toEqual([name, []]);
      expect(silent.length).toBeLessThanOrEqual(name === 'seed 002' ? 4 : 0);
    }
  });
});

describe('two slips in different tables are both found', () => {
  it('seed 000: one in the 支出总表, one in the 基本支出表', () => {
    const grid = BOOKS[0][1];
    const pick = (sheet: string) => plantFaults(grid, 'alone').find((f) => f.changes[0].at.sheet === sheet && f.changes[0].from.greaterThan(10)) as Fault;
    const a = pick('表3');
    const b = pick('基本支出表');
    const both: Fault = { variant: 'alone', label: 'two', changes: [...a.changes, ...b.changes] };
    const errors = check(applyFault(grid, both), 'two.xlsx').findings.filter((f) => f.severity === 'error');
    for (const c of both.changes) {
      expect(errors.some((f) => f.sheet === c.at.sheet && f.expected === c.from.toFixed(2))).toBe(true);
    }
  });
});
