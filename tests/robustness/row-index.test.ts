// The indexed lookups that keep rules linear on big tables (tables/tree.ts, support/row-index.ts) must answer exactly
// what full scans answer, on any mix of codes, levels and sides: compared against those scans, seeded.
import fc from 'fast-check';
import { codedChildren } from '../../src/engine/rules/support/identities';
import { attachTree } from '../../src/engine/tables/tree';
import { codedRow } from '../../src/engine/rules/support/cross';
import type { BudgetTable, RowLevel, TableRow } from '../../src/engine/tables/types';

const LEVELS: RowLevel[] = ['total', 'class', 'section', 'item', 'detail', 'line'];
const BELOW: Partial<Record<RowLevel, RowLevel[]>> = {
  total: ['class', 'section', 'item'],
  class: ['section', 'item'],
  section: ['item'],
  item: ['detail'],
};

/** The scan childrenOf did before the index: every row of the tree, filtered. */
function childrenByScan(t: BudgetTable, parent: TableRow): TableRow[] {
  const rows = t.rows.filter((r) => r.side === undefined);
  const under = (r: TableRow) => {
    if (parent.level === 'total') return true;
    if (!parent.code || !r.code) return false;
    return r.level === 'detail' ? r.code === parent.code : r.code.startsWith(parent.code);
  };
  for (const level of BELOW[parent.level] ?? []) {
    const kids = rows.filter((r) => r !== parent && r.level === level && under(r));
    if (kids.length > 0) return kids;
  }
  return [];
}

function codedRowByScan(t: BudgetTable, code: string, level?: RowLevel): TableRow | undefined {
  return t.rows.find((r) => r.code === code && r.side === undefined && r.level !== 'detail' && (!level || r.level === level));
}

const codeArb = fc.oneof(
  fc.constantFrom(null, '', '208', '20805', '2080502', '210', '21015', '2101501', '2101550', '301', '30101'),
  fc.stringMatching(/^2[01]\d{0,6}$/),
  fc.string({ minLength: 17, maxLength: 20 }).map((s) => `2080502${s}`),
);

const rowArb = fc.record({
  code: codeArb,
  level: fc.constantFrom(...LEVELS),
  side: fc.constantFrom(undefined, undefined, undefined, 'income' as const, 'expenditure' as const),
});

function tableOf(rows: { code: string | null; level: RowLevel; side?: 'income' | 'expenditure' }[]): BudgetTable {
  return attachTree({
    kind: 'expenditure-summary', sheet: 'S', title: 'T', titleAddress: { sheet: 'S', row: 0, col: 0 },
    range: { top: 0, left: 0, bottom: rows.length, right: 3 }, entity: null, year: 2021, unit: '万元', layout: 'hebei',
    header: { top: 1, bottom: 1 }, columns: [], isEmpty: false, notes: [],
    rows: rows.map((r, i) => ({ row: i + 2, code: r.code, level: r.level, name: '', amounts: {}, ...(r.side ? { side: r.side } : {}) })),
  });
}

describe('row index lookups answer exactly what a full scan answers', () => {
  it('the coded tree: same children, same order, for every parent outside the two-sided lines', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const t = tableOf(rows);
        for (const parent of t.rows) {
          if (parent.side === undefined) expect(codedChildren(t, parent)).toEqual(childrenByScan(t, parent));
        }
      }),
      { seed: 8001, numRuns: 300 },
    );
  });

  it('codedRow: same first row for every code and level', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), codeArb, fc.constantFrom(undefined, ...LEVELS), (rows, probe, level) => {
        const t = tableOf(rows);
        for (const code of [probe ?? '', ...t.rows.map((r) => r.code ?? '')]) {
          expect(codedRow(t, code, level)).toBe(codedRowByScan(t, code, level));
        }
      }),
      { seed: 8002, numRuns: 300 },
    );
  });

  it('sees rows added after the first lookup (the tree and index are rebuilt when the rows change)', () => {
    const t = tableOf([{ code: '208', level: 'class' }, { code: '20805', level: 'section' }]);
    expect(codedChildren(t, t.rows[0]).map((r) => r.code)).toEqual(['20805']);
    t.rows = [...t.rows, { row: 9, code: '20899', level: 'section', name: '', amounts: {} }];
    attachTree(t);
    expect(codedChildren(t, t.rows[0]).map((r) => r.code)).toEqual(['20805', '20899']);
    expect(codedRow(t, '20899')?.row).toBe(9);
  });
});
