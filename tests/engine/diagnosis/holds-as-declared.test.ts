// holdsAsDeclared lets the check skip building identities that hold exactly. It may only say "holds" when the
// identity toIdentity would build exists and evaluates ok, and it should say so for plain sums that hold in cents.
import fc from 'fast-check';
import { centsColumn, columnSumHolds, evaluateIdentity, holdsAsDeclared, splitHolds } from '../../../src/engine/diagnosis/evaluate';
import { toIdentity, type IdentitySpec, type PartSpec } from '../../../src/engine/diagnosis/identity';
import { normalizeCell } from '../../../src/engine/grid/normalize';
import type { RawCell } from '../../../src/engine/grid/types';
import { CellAmount } from '../../../src/engine/tables/amounts';
import type { Amount, BudgetTable, TableRow } from '../../../src/engine/tables/types';
import { buildTable } from '../rules/support/build-table';
import { seed000Expenditure } from '../rules/support/seed-tables';

const table = buildTable(seed000Expenditure());
const inYuan: BudgetTable = { ...table, unit: '元' };
const words = { subject: '合计', column: '合计', reference: '各项之和' };

function amount(col: number, raw: RawCell): Amount {
  const cell = normalizeCell(raw);
  return { address: { sheet: '支出总表', row: 0, col }, value: cell.value.kind === 'number' ? cell.value.num : null, cell };
}

/** A cell as clerks and exports leave them: 2-decimal figures, more decimals than shown, blanks, formulas without a value. */
const rawCell = fc.oneof(
  fc.integer({ min: -500_000, max: 500_000 }).map((c): RawCell => ({ value: c / 100, numFmt: '0.00' })),
  fc.integer({ min: -500_000, max: 500_000 }).map((c): RawCell => ({ value: c / 1000, numFmt: '0.00' })),
  fc.integer({ min: 0, max: 5_000 }).map((c): RawCell => ({ value: c })),
  fc.constant<RawCell>({ value: null }),
  fc.constant<RawCell>({ value: '-' }),
  fc.constant<RawCell>({ value: null, formula: 'SUM(A1:A2)' }),
);

const part = fc.tuple(rawCell, fc.constantFrom<'plain' | 'minus' | 'other-table' | 'yuan-table' | 'none'>('plain', 'minus', 'other-table', 'yuan-table', 'none'));

function specOf(target: RawCell | null, parts: [RawCell, string][]): IdentitySpec {
  const ps: PartSpec[] = parts.map(([raw, how], k) => {
    const a = amount(k + 1, raw);
    if (how === 'plain') return a;
    if (how === 'minus') return { amount: a, sign: -1 };
    if (how === 'other-table') return { amount: a, table };
    if (how === 'yuan-table') return { amount: a, table: inYuan };
    return undefined;
  });
  return { table, target: target ? amount(0, target) : undefined, parts: ps, words };
}

describe('holdsAsDeclared', () => {
  it('says "holds" only for identities that exist and evaluate ok', () => {
    fc.assert(
      fc.property(fc.option(rawCell, { nil: null }), fc.array(part, { maxLength: 5 }), (target, parts) => {
        const spec = specOf(target, parts);
        if (!holdsAsDeclared(spec)) return;
        const idn = toIdentity('rollup/section-sum', 'error', spec);
        expect(idn).not.toBeNull();
        expect(evaluateIdentity(idn!).status).toBe('ok');
      }),
      { numRuns: 3000 },
    );
  });

  it('says "holds" for a 2-decimal sum that adds up, with a part subtracted, and not when a cent is off', () => {
    const parts: [RawCell, string][] = [
      [{ value: 576.27, numFmt: '0.00' }, 'plain'],
      [{ value: 2655.8, numFmt: '0.00' }, 'plain'],
      [{ value: 100, numFmt: '0.00' }, 'minus'],
    ];
    expect(holdsAsDeclared(specOf({ value: 3132.07, numFmt: '0.00' }, parts))).toBe(true);
    expect(holdsAsDeclared(specOf({ value: 3132.08, numFmt: '0.00' }, parts))).toBe(false);
    // A part from a table in another unit is converted by the full evaluation, never here.
    expect(holdsAsDeclared(specOf({ value: 1, numFmt: '0.00' }, [[{ value: 10000, numFmt: '0.00' }, 'yuan-table']]))).toBe(false);
  });
});

/** A recognized cell (CellAmount, which keeps its cents) or null for a column the row lacks. */
function cellAmount(row: number, col: number, raw: RawCell | null): Amount | undefined {
  if (raw === null) return undefined;
  const cell = normalizeCell(raw);
  return new CellAmount('支出总表', row, col, cell.value.kind === 'number' ? cell.value.num : null, cell);
}

function rowOf(r: number, amounts: Record<string, Amount | undefined>): TableRow {
  const own: Record<string, Amount> = {};
  for (const [k, a] of Object.entries(amounts)) if (a) own[k] = a;
  return { row: r, code: null, level: 'item', name: '', amounts: own };
}

const maybeCell = fc.option(rawCell, { nil: null });

/** A roll-up asked of the cents column, as declareRollups asks it: target row 0, the kids below it. */
function rowsSumHolds(target: Amount | undefined, kids: TableRow[], key: string): boolean {
  const rows = [rowOf(0, { [key]: target }), ...kids];
  return columnSumHolds(centsColumn(rows, key), 0, kids.map((_, k) => k + 1));
}

/** A row split asked of the cents columns, as declareRowSplits asks it. */
function keysSumHolds(row: TableRow, target: string, keys: string[]): boolean {
  return splitHolds(centsColumn([row], target), keys.map((k) => centsColumn([row], k)), 0);
}

describe('columnSumHolds and splitHolds on cents columns (asked before a declaration is built)', () => {
  it('answer as holdsAsDeclared on the declaration they stand for', () => {
    fc.assert(
      fc.property(maybeCell, fc.array(maybeCell, { maxLength: 6 }), (target, parts) => {
        const kids = parts.map((raw, k) => rowOf(k + 1, { total: cellAmount(k + 1, 2, raw) }));
        const t = cellAmount(0, 2, target);
        const spec: IdentitySpec = { table, target: t, parts: kids.map((r) => r.amounts.total), words };
        expect(rowsSumHolds(t, kids, 'total')).toBe(holdsAsDeclared(spec));
        const keys = parts.map((_, k) => `p${k}`);
        const cells: Record<string, Amount | undefined> = { total: t };
        parts.forEach((raw, k) => (cells[keys[k]] = cellAmount(0, k + 3, raw)));
        const row = rowOf(0, cells);
        const splitSpec: IdentitySpec = { table, target: row.amounts.total, parts: keys.map((k) => row.amounts[k]), words };
        expect(keysSumHolds(row, 'total', keys)).toBe(holdsAsDeclared(splitSpec));
      }),
      { numRuns: 3000 },
    );
  });

  it('hold for a roll-up that adds up in cents, not one cent off, not through a formula without a value', () => {
    const kids = [576.27, 2655.8].map((v, k) => rowOf(k + 1, { total: cellAmount(k + 1, 2, { value: v, numFmt: '0.00' }) }));
    expect(rowsSumHolds(cellAmount(0, 2, { value: 3232.07, numFmt: '0.00' }), kids, 'total')).toBe(true);
    expect(rowsSumHolds(cellAmount(0, 2, { value: 3232.08, numFmt: '0.00' }), kids, 'total')).toBe(false);
    const pending = [...kids, rowOf(3, { total: cellAmount(3, 2, { value: null, formula: 'SUM(C1:C2)' }) })];
    expect(rowsSumHolds(cellAmount(0, 2, { value: 3232.07, numFmt: '0.00' }), pending, 'total')).toBe(false);
    // No part at all: nothing to hold (the declaration would be built and judged).
    expect(rowsSumHolds(cellAmount(0, 2, { value: 0, numFmt: '0.00' }), [rowOf(1, {})], 'total')).toBe(false);
  });
});
