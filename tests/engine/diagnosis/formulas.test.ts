// The diagnosis on workbooks whose totals are formulas: a slip in a typed figure is named at that figure (never at
// the totals Excel computes from it), a SUM that leaves out a line and a result not recalculated are each one
// finding at the formula, and a 说明 that states the right figure is not blamed for a table's slip.
import { check } from '../../../src/engine/check';
import { FormulaLinks } from '../../../src/engine/diagnosis/formulas';
import type { Finding } from '../../../src/engine/report';
import { findCell, mutateCell } from '../../fixtures/seeds/arrangements';
import { EXPENDITURE_SHEET, seed000WithFormulaTotals } from '../../fixtures/seeds/formula-totals';
import { seed000CleanWorkbook } from '../../fixtures/seeds/workbooks';
import { applyFault, plantFaults } from '../../fixtures/typo-sweep';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';

const book = seed000WithFormulaTotals();
const formulaCells = new Set(book.formulas.map((f) => `${f.sheet}!${f.a1}`));

function errors(spec: WorkbookSpec): Finding[] {
  return check(specToGrid(spec), 'formulas.xlsx').findings.filter((f) => f.severity === 'error');
}

describe('diagnosis with formula totals', () => {
  it('the clean formula book has no error', () => {
    expect(errors(book.spec)).toEqual([]);
  });

  it('a slip in a typed figure is one finding at that figure, none at the formulas that carried it', () => {
    // 2101501 行政运行, 基本支出: 95.46 typed as 95.64; every total above it is a formula.
    const found = errors(mutateCell(book.spec, EXPENDITURE_SHEET, 'E23', 95.64));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: EXPENDITURE_SHEET, cell: 'E23', expected: '95.46' });
    expect(found.some((f) => formulaCells.has(`${f.sheet}!${f.cell}`))).toBe(false);
  });

  it('a SUM that leaves out a line is one finding at the formula, naming the line, with no figure to type', () => {
    // E8 (款 20805) should add E9:E11; the formula stops at E10 and leaves out E11 (2.20).
    const found = errors(mutateCell(book.spec, EXPENDITURE_SHEET, 'E8', { v: null, f: 'SUM(E9:E10)' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: EXPENDITURE_SHEET, cell: 'E8', code: 'formula.range', expected: null });
    expect(found[0].message).toContain('E11');
    expect(found[0].message).toContain('2.20');
    expect(found[0].related).toEqual([{ sheet: EXPENDITURE_SHEET, cell: 'E11' }]);
  });

  it('a result saved before its cells changed is one finding: recalculate, not retype', () => {
    const found = errors(mutateCell(book.spec, EXPENDITURE_SHEET, 'E8', { v: 50.25, f: 'SUM(E9:E11)' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: 'E8', code: 'formula.stale', expected: null });
    expect(found[0].message).toContain('54.25');
    expect(found[0].message).toContain('F9');
  });

  it('when several typed figures could be the slip, the options name typed cells only', () => {
    const grid = specToGrid(book.spec);
    const fault = plantFaults(grid, 'alone').find((f) => f.label.startsWith('收入总表!10:6 '));
    expect(fault).toBeDefined();
    const found = check(applyFault(grid, fault!), 'formulas.xlsx').findings.filter((f) => f.code === 'sum.ambiguous');
    expect(found).toHaveLength(1);
    expect(found[0].expected).toBeNull();
    expect(found[0].message).toContain('收入总表!F10 应为 44.90');
    // The totals that follow F10 (E6, D6: formulas) are not offered as cells to retype.
    expect(found[0].message).not.toMatch(/收入总表![DE]6 应为/);
  });
});

describe('the 说明 and a diagnosed table slip', () => {
  it('a 说明 that states the right figure is not blamed when the table is diagnosed', () => {
    // 公务用车运行维护费 3.00 typed as 30.00 in both its 合计 (C10) and 财政拨款 (D10): the table's own totals show
    // it; the 说明 says 3.00, rightly (and no other cell of the table still reads 3.00 for it to match).
    const spec = mutateCell(mutateCell(seed000CleanWorkbook().spec, '三公经费', 'D10', 30), '三公经费', 'C10', 30);
    const found = errors(spec);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([
      ['C10', '3.00'],
      ['D10', '3.00'],
    ]);
    expect(found.some((f) => f.rule.startsWith('narrative/'))).toBe(false);
  });
});

describe('a 说明 that copied a table slip the diagnosis located', () => {
  it('is told the corrected figure, and that the table cell itself is wrong too', () => {
    // 资产总额 (固定资产!C4) 71.00 typed as 17.00, and the 说明 copied 17.00.
    const spec = mutateCell(seed000CleanWorkbook().spec, '固定资产', 'C4', 17);
    const a1 = findCell(spec, '信息公开情况说明', (c) => typeof c === 'string' && c.includes('上年末固定资产金额为71.00万元'));
    const text = '灵寿县医疗保障局（含所属单位）上年末固定资产金额为17.00万元（详见下表）。';
    const found = check(specToGrid(mutateCell(spec, '信息公开情况说明', a1!, text)), 'x.xlsx').findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.sheet, f.cell, f.expected])).toEqual([
      ['固定资产', 'C4', '71.00'],
      ['信息公开情况说明', a1, '71.00'],
    ]);
    expect(found[1].message).toContain('表格改正后的数字');
    expect(found[0].message).not.toContain('表格改正后的数字');
  });
});

describe('a 说明 figure against a table figure nothing bears out', () => {
  const threePublic = (spec: WorkbookSpec) => check(specToGrid(spec), 'x.xlsx').findings.filter((f) => f.rule === 'narrative/figure-mismatch');

  it('typed totals bear the table out: the 说明 gets the table figure as 应为', () => {
    const spec = seed000CleanWorkbook().spec;
    const a1 = findCell(spec, '信息公开情况说明', (c) => typeof c === 'string' && c.includes('上年末固定资产金额为71.00万元'));
    const text = '灵寿县医疗保障局（含所属单位）上年末固定资产金额为17.00万元（详见下表）。';
    const found = threePublic(mutateCell(spec, '信息公开情况说明', a1!, text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: a1, expected: '71.00', actual: '17.00' });
  });

  it('a typed line whose only total is a formula adding it up: no 应为 either way, both to check', () => {
    // 公务用车运行维护费 3.00 typed as 30.00; the 三公 totals are formulas and follow; the 说明 says 3.00.
    const found = threePublic(mutateCell(book.spec, '三公经费', 'D10', 30));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.expected).toBeNull();
      expect(f.message).toContain('以正确的为准');
    }
  });
});

describe('FormulaLinks reads SUMIF as the cells its criteria pick', () => {
  const grid = specToGrid({
    sheets: [
      {
        name: 'S',
        rows: [
          ['201', 10],
          ['20101', 4],
          ['202', 5],
          ['合计', { v: 15, f: 'SUMIF(A1:A3,"???",B1:B3)' }],
          [null, { v: 15, f: 'SUMIF(A:A,"2??",B:B)' }],
        ],
      },
    ],
  });
  const links = new FormulaLinks(grid);
  const rows = (row: number, col: number) => links.linearOf({ sheet: 'S', row, col })?.terms.map((t) => t.address.row);

  it('takes the rows whose code matches, with whole columns clipped to the sheet', () => {
    expect(rows(3, 1)).toEqual([0, 2]);
    expect(rows(4, 1)).toEqual([0, 2]);
  });
});
