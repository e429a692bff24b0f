// A number cell carries its cents and decimal places, worked out once where the value is made (normalize.ts
// numberValue); exactCents and CellAmount read them instead of asking decimal.js on every amount. They must give
// exactly what decimal.js gives from the Money itself, on every kind of number a workbook holds.
import fc from 'fast-check';
import { computedCell, normalizeCell } from '../../../src/engine/grid/normalize';
import type { Cell, RawCell } from '../../../src/engine/grid/types';
import { centsOf, money } from '../../../src/engine/money';
import { CellAmount, exactCents } from '../../../src/engine/tables/amounts';
import type { Amount } from '../../../src/engine/tables/types';

/** The answer from the Money alone: the cell's value stripped of what the reader worked out. */
function fromMoney(cell: Cell): number | null {
  const v = cell.value.kind === 'number' ? cell.value.num : null;
  if (!v) return 0;
  const places = cell.decimals;
  return places === undefined || places >= v.decimalPlaces() ? centsOf(v) : null;
}

function amountOf(cell: Cell): Amount {
  return { address: { sheet: 'S', row: 0, col: 0 }, value: cell.value.kind === 'number' ? cell.value.num : null, cell };
}

const FORMATS = [undefined, 'General', '0', '0.0', '0.00', '#,##0.00_ ', '0.000', '0.00%'];

/** Numbers as files store them: whole yuan, cents, more decimals than shown, huge, tiny, typed as text. */
const raw = fc.oneof(
  fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...FORMATS)).map(
    ([n, places, numFmt]): RawCell => ({ value: n / 10 ** places, numFmt }),
  ),
  fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...FORMATS)).map(([value, numFmt]): RawCell => ({ value, numFmt })),
  fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.constantFrom('', '.5', '.25', '.125', ',000.10')).map(
    ([n, tail]): RawCell => ({ value: `${n.toLocaleString('en-US')}${tail}` }),
  ),
  fc.constantFrom<RawCell>({ value: 1e15 }, { value: 1e10 + 0.01 }, { value: -0 }, { value: 5e-324 }, { value: '１２３．４５' }),
);

describe('cents worked out once per number', () => {
  it('exactCents from the cell equals exactCents from its Money, for every number a file holds', () => {
    fc.assert(
      fc.property(raw, (r) => {
        const cell = normalizeCell(r);
        expect(exactCents(amountOf(cell))).toBe(fromMoney(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it('a value without worked-out cents (built elsewhere) is read from its Money', () => {
    const cell: Cell = { value: { kind: 'number', num: money('12.345'), storedAsText: false }, text: '12.35', decimals: 3 };
    expect(exactCents(amountOf(cell))).toBeNull();
    expect(exactCents(amountOf({ ...cell, decimals: 2 }))).toBeNull();
    const whole: Cell = { value: { kind: 'number', num: money('12.34'), storedAsText: false }, text: '12.34', decimals: 2 };
    expect(exactCents(amountOf(whole))).toBe(1234);
  });

  it('a derived value (a rate shown in percent) is not taken for the cell’s own number', () => {
    const cell = normalizeCell({ value: -0.2087, numFmt: '0.00%' });
    const rate: Amount = { address: { sheet: 'S', row: 0, col: 0 }, value: money('-20.87'), cell };
    // The cell holds -0.2087 (4 places, more than the 2 shown); the amount is -20.87: 2 places, -2087 cents.
    expect(exactCents(rate)).toBe(-2087);
  });

  it('a computed formula result and a number typed as text carry the same cents as a stored number', () => {
    const pending = normalizeCell({ value: null, formula: 'A1/4', numFmt: '0.00' });
    expect(computedCell(pending, { kind: 'number', num: money('808.02') }).value).toMatchObject({ cents: 80802, places: 2 });
    expect(normalizeCell({ value: '1,234.50' }).value).toMatchObject({ cents: 123450, places: 1 });
    expect(normalizeCell({ value: 1234.5 }).value).toMatchObject({ cents: 123450, places: 1 });
    expect(normalizeCell({ value: 0.001 }).value).toMatchObject({ cents: null, places: 3 });
  });

  it('plainCents: a formula the file holds no value for is unknown (null), a blank is 0', () => {
    const uncomputed = normalizeCell({ value: null, formula: 'SUM(B2:B9)' });
    expect(new CellAmount('S', 0, 0, null, uncomputed).plainCents).toBeNull();
    expect(new CellAmount('S', 0, 0, null, uncomputed).cents).toBe(0);
    expect(new CellAmount('S', 0, 0, null, normalizeCell({ value: null })).plainCents).toBe(0);
    expect(new CellAmount('S', 0, 0, null, undefined).plainCents).toBe(0);
    const n = normalizeCell({ value: 12.5, numFmt: '0.00' });
    expect(new CellAmount('S', 0, 0, n.value.kind === 'number' ? n.value.num : null, n).plainCents).toBe(1250);
  });
});
