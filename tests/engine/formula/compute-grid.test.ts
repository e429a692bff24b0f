// computeFormulas: the pass over a whole grid — dependency order, cycles, other sheets, cached values left alone.
import { computeFormulas, inDependencyOrder } from '../../../src/engine/formula/compute-grid';
import { buildSheet } from '../../../src/engine/grid/sheet';
import type { Grid } from '../../../src/engine/grid/types';
import { book, cellAt, shown, type BookCell } from './book';

function computed(grid: Grid, refs: string[]): string[] {
  const out = computeFormulas(grid);
  return refs.map((r) => shown(cellAt(out, r)));
}

describe('computeFormulas', () => {
  it('computes formulas that use other formulas, whatever order they stand in', () => {
    const grid = book({ S: [['=A2+1'], ['=A3*2'], ['=SUM(B3:D3)', 1, 2.25, 0.5]] });
    expect(computed(grid, ['A3', 'A2', 'A1'])).toEqual(['3.75', '7.5', '8.5']);
  });

  it('computes across sheets, quoted names and any case of the name', () => {
    const grid = book({
      '预算表 (2)': [[null, 10], [null, '=B1*2']],
      汇总: [["='预算表 (2)'!B2+'预算表 (2)'!B1"], ["=SUM('预算表 (2)'!B:B)"], ['=sheet3!A1'], ["='汇总'!A1"]],
      Sheet3: [[7]],
    });
    expect(computed(grid, ['汇总!A1', '汇总!A2', '汇总!A3', '汇总!A4'])).toEqual(['30', '30', '7', '30']);
  });

  it('a cycle leaves its cells and everything using them uncomputed, and nothing else', () => {
    const grid = book({ S: [['=B1+1', '=A1+1', '=A1', '=5', '=SUM(E2:E3)'], [null, null, null, null, 1], [null, null, null, null, '=E1']] });
    expect(computed(grid, ['A1', 'B1', 'C1', 'D1', 'E1', 'E3'])).toEqual(['uncomputed', 'uncomputed', 'uncomputed', '5', 'uncomputed', 'uncomputed']);
  });

  it('a total that includes its own cell is a cycle (as Excel says)', () => {
    expect(computed(book({ S: [[1], [2], ['=SUM(A1:A3)']] }), ['A3'])).toEqual(['uncomputed']);
  });

  it('never recomputes a cached value, stale or not, and later formulas use what the cell shows', () => {
    const grid = book({ S: [[1, 2, { v: 99, f: 'A1+B1' }, '=C1+1', { v: 0, f: 'A1-1' }]] });
    const out = computeFormulas(grid);
    expect([shown(cellAt(out, 'C1')), shown(cellAt(out, 'D1')), shown(cellAt(out, 'E1'))]).toEqual(['99', '100', '0']);
    expect(cellAt(out, 'C1')?.computed).toBeUndefined();
    expect(cellAt(out, 'D1')?.computed).toBe(true);
  });

  it('a formula result reads like a typed value: number text stays text, shown with the format\'s decimals', () => {
    const grid = book({ S: [['208', 3232.07, '=A1', '=B1', '=B1/4', '="合计"'], ['=IF(B1>0,"",1)']] });
    const out = computeFormulas(grid);
    expect(cellAt(out, 'C1')?.value).toMatchObject({ kind: 'number', storedAsText: true });
    expect(cellAt(out, 'D1')).toMatchObject({ text: '3232.07', decimals: 2, formula: 'B1', computed: true });
    expect(cellAt(out, 'E1')).toMatchObject({ text: '808.02' });
    expect(shown(cellAt(out, 'E1'))).toBe('808.0175');
    expect(cellAt(out, 'F1')?.value).toEqual({ kind: 'text', text: '合计' });
    expect(cellAt(out, 'A2')).toMatchObject({ value: { kind: 'blank' }, computed: true });
    expect(cellAt(out, 'A2')?.uncomputed).toBeUndefined();
  });

  it('returns the same grid when nothing needs computing, and never changes the grid it is given', () => {
    const plain = book({ S: [[1, { v: 3, f: 'A1+2' }]] });
    expect(computeFormulas(plain)).toBe(plain);
    const grid = book({ S: [[1, '=A1+2'], ['x']], T: [[5]] });
    const out = computeFormulas(grid);
    expect(cellAt(grid, 'B1')?.uncomputed).toBe(true);
    expect(shown(cellAt(out, 'B1'))).toBe('3');
    expect(out.sheets[1]).toBe(grid.sheets[1]);
    expect(out.sheets[0].cells[1]).toBe(grid.sheets[0].cells[1]);
    expect(computeFormulas(out)).toBe(out);
  });

  it('a running total filled down 30,000 rows (a dependency chain that deep) is computed', () => {
    const rows: BookCell[][] = [[0.01, 0.01]];
    for (let r = 2; r <= 30000; r++) rows.push([0.01, `=B${r - 1}+A${r}`]);
    expect(computed(book({ S: rows }), ['B30000'])).toEqual(['300']);
  });

  it('whole-column sums over many formula rows', () => {
    const rows: BookCell[][] = [['=SUM(B:B)']];
    for (let r = 2; r <= 2000; r++) rows.push([null, `=C${r}*2`, 0.5]);
    expect(computed(book({ S: rows }), ['A1'])).toEqual(['1999']);
  });

  it('a formula cell from a host with no numFmt shows its plain digits', () => {
    const sheet = buildSheet('S', [[{ value: 1.5 }, { value: null, formula: 'A1*3' }]]);
    expect(cellAt(computeFormulas({ sheets: [sheet] }), 'B1')).toMatchObject({ text: '4.5', decimals: undefined });
  });
});

describe('inDependencyOrder', () => {
  it('visits dependencies first and flags exactly the ids on a cycle', () => {
    const deps: Record<number, number[]> = { 0: [1, 2], 1: [2], 2: [], 3: [4], 4: [3, 2], 5: [3] };
    const seen: string[] = [];
    inDependencyOrder(6, (id) => deps[id], (id, cyclic) => seen.push(`${id}${cyclic ? '*' : ''}`));
    expect(seen).toEqual(['2', '1', '0', '4*', '3*', '5']);
  });
});
