// The diagnosis sweep (tests/fixtures/typo-sweep.ts) over the field layouts of issue 17 in 万元: per-unit tables,
// names only, 小计 blocks, comparison columns, notes in the body, stored decimals. Every third fault of each variant
// (alone, carried into row totals, across a subtotal row), to keep the suite quick; `npx tsx
// tests/fixtures/field/diagnosis-sweep.ts` runs them all (figures in docs/diagnosis.md).
import { sweptCases } from '../../fixtures/field/diagnosis-sweep';
import { sweep, type SweepSummary } from '../../fixtures/typo-sweep';
import { specToGrid } from '../../fixtures/workbook-spec';

describe('diagnosis sweep over the field layouts', () => {
  const results: [string, SweepSummary][] = [];
  beforeAll(() => {
    for (const c of sweptCases()) {
      const grid = specToGrid(c.spec);
      for (const v of ['alone', 'carried', 'subtotal'] as const) results.push([`${c.name} ${v}`, sweep(grid, v, 3)]);
    }
  });

  // These books are re-layouts of seed 000, so the Hebei 基本支出表's ties (a sibling 款 whose correction is one slip
  // too, and no other table breaking 经济分类 down) weigh more in this sample than in the seed sweep.
  it('finds at least 96% of the slips at the typed cell with the old value as 应为', () => {
    const faults = results.reduce((n, [, s]) => n + s.faults, 0);
    const found = results.reduce((n, [, s]) => n + s.found, 0);
    expect(faults).toBeGreaterThan(1000);
    expect(found / faults).toBeGreaterThanOrEqual(0.96);
  });

  it('never gives an 应为 at a correct cell', () => {
    expect(results.filter(([, s]) => s.wrongAdvice > 0).map(([n, s]) => `${n}: ${s.wrong.map((o) => o.fault.label).join(', ')}`)).toEqual([]);
  });

  it('says it cannot tell, with no 应为, for every slip it does not locate', () => {
    expect(results.flatMap(([, s]) => s.misses.filter((o) => !o.undecided).map((o) => o.fault.label))).toEqual([]);
  });
});
