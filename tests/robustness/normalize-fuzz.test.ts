// Cells are normalized once at the edge (grid/normalize.ts); whatever a host hands over, normalization gives a
// well-formed Cell and never throws. Seeded property tests over raw cells and arbitrary text.
import fc from 'fast-check';
import { classifyText, normalizeCell } from '../../src/engine/grid/normalize';
import type { Cell, CellValue } from '../../src/engine/grid/types';
import { rawCellArb, textArb } from './arbitraries';

const KINDS = new Set<CellValue['kind']>(['blank', 'number', 'dash', 'text', 'bool', 'error']);

/** What is wrong with a normalized value ('' when nothing). */
function valueProblem(v: CellValue): string {
  if (!KINDS.has(v.kind)) return `unknown kind ${v.kind}`;
  if (v.kind === 'number' && !v.num.isFinite()) return `non-finite number ${v.num.toString()}`;
  if (v.kind === 'text' && typeof v.text !== 'string') return 'text without a string';
  return '';
}

function cellProblem(c: Cell): string {
  if (typeof c.text !== 'string') return 'text is not a string';
  if (c.decimals !== undefined && !(Number.isInteger(c.decimals) && c.decimals >= 0)) return `bad decimals ${c.decimals}`;
  return valueProblem(c.value);
}

describe('normalization fuzz', () => {
  it('normalizeCell gives a well-formed cell for any raw cell', () => {
    fc.assert(
      fc.property(rawCellArb, (raw) => {
        if (raw === null) return;
        expect(cellProblem(normalizeCell(raw))).toBe('');
      }),
      { seed: 808, numRuns: 3000 },
    );
  });

  it('classifyText gives a well-formed value for any text, numbers only when finite', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite', maxLength: 200 })), (text) => {
        expect(valueProblem(classifyText(text))).toBe('');
      }),
      { seed: 809, numRuns: 3000 },
    );
  });

  it('an invalid date (corrupt serial) becomes a blank cell instead of throwing', () => {
    expect(normalizeCell({ value: new Date(Number.NaN) }).value).toEqual({ kind: 'blank' });
    expect(normalizeCell({ value: new Date(Number.NaN), text: '####' }).text).toBe('####');
  });

  it('non-finite numbers become #NUM! errors, and 1e309 typed as text is not a number', () => {
    expect(normalizeCell({ value: Number.POSITIVE_INFINITY }).value).toEqual({ kind: 'error', code: '#NUM!' });
    expect(normalizeCell({ value: Number.NaN }).value.kind).toBe('error');
    expect(valueProblem(classifyText('1e309'))).toBe('');
  });
});
