// The formula pass never throws and never loses a cell: random formula text (valid, broken, hostile) over random
// cells and sheets. Every value-less formula ends computed or flagged uncomputed; cached cells are untouched.
// Seeded and bounded, like the other fuzz tests.
import fc from 'fast-check';
import { computeFormulas } from '../../src/engine/formula/compute-grid';
import { buildSheet } from '../../src/engine/grid/sheet';
import type { Grid, RawCell } from '../../src/engine/grid/types';

const SHEETS = ['S', '预算表 (2)', "it's"];

const pieces = fc.constantFrom(
  'SUM(', 'SUMIF(', 'ROUND(', 'ROUNDUP(', 'ROUNDDOWN(', 'IF(', 'VLOOKUP(', 'sum(', ')', '(', ',', '+', '-', '*', '/', '%',
  '^', '&', '=', '<>', '<', '>=', ':', ' ', '!', '$', '"', '""', '"2*"', '">0"', '#REF!', '#DIV/0!', 'TRUE', '{1,2}',
  'A1', 'B2', 'C3', 'A1:C3', 'A:A', '1:2', '$B$2', "'预算表 (2)'!A1", "'it''s'!B2", 'S!A1:A3', '[1]S!A1', '无此表!A1',
  '0', '1', '0.1', '1E308', '-1e-308', '123456789012345678901234567890', '名称', '\u0000', '\uD800', '～',
);

const formulaArb = fc.array(pieces, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

const cellArb: fc.Arbitrary<RawCell | null> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true }).map((v) => ({ value: v })),
  fc.constantFrom('208', '合计', '-', '', '1,234.5', '３．５').map((v) => ({ value: v })),
  formulaArb.map((f) => ({ value: null, formula: f })),
  formulaArb.map((f) => ({ value: 7, formula: f })),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .array(fc.array(fc.array(cellArb, { maxLength: 4 }), { maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .map((sheets) => ({ sheets: sheets.map((rows, i) => buildSheet(SHEETS[i], rows)) }));

describe('formula pass on random formulas', () => {
  it('never throws; every value-less formula is computed or uncomputed; cached values stay', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const out = computeFormulas(grid);
        grid.sheets.forEach((sheet, s) =>
          sheet.cells.forEach((row, r) =>
            row.forEach((before, c) => {
              const after = out.sheets[s].cells[r][c];
              if (!before) return expect(after).toBeUndefined();
              expect(after?.formula).toBe(before.formula);
              if (!before.uncomputed) return expect(after).toBe(before);
              expect(after?.uncomputed === true || after?.computed === true).toBe(true);
            }),
          ),
        );
        expect(computeFormulas(out)).toBe(out);
      }),
      { seed: 20261128, numRuns: 800 },
    );
  });
});
