// Seed 000 with every total a formula saved without a value (as openpyxl writes it): the engine computes them,
// the published figures give no error, typed mistakes are still found, and a formula it cannot compute is one
// warning instead of a wrong sum.
import { check, checkRecognized } from '../../../src/engine/check';
import { computeFormulas } from '../../../src/engine/formula/compute-grid';
import { parseA1 } from '../../../src/engine/grid/address';
import type { Grid } from '../../../src/engine/grid/types';
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { mutateCell } from '../../fixtures/seeds/arrangements';
import { EXPENDITURE_SHEET, seed000WithFormulaTotals } from '../../fixtures/seeds/formula-totals';
import { seed002WithFormulaTotals } from '../../fixtures/seeds/formula-totals-henan';
import { seed000Workbook, seed002Workbook } from '../../fixtures/seeds/workbooks';
import { specToGrid } from '../../fixtures/workbook-spec';
import { errors, touchesUncomputed, uncomputedCells } from './support';

const book = seed000WithFormulaTotals();

function valueAt(grid: Grid, sheet: string, a1: string): string {
  const at = parseA1(a1)!;
  const cell = grid.sheets.find((s) => s.name === sheet)?.cells[at.row]?.[at.col];
  if (!cell || cell.uncomputed) return 'uncomputed';
  return cell.value.kind === 'number' ? cell.value.num.toFixed() : cell.value.kind;
}

describe.each([
  ['000 (Hebei)', seed000WithFormulaTotals, () => seed000Workbook().spec, 180],
  ['002 (Henan)', seed002WithFormulaTotals, () => seed002Workbook().spec, 250],
] as const)('seed %s with formula totals and no cached values', (_name, withFormulas, typedSpec, atLeast) => {
  const arranged = withFormulas();

  it('holds the formulas clerks write, none with a value', () => {
    const grid = specToGrid(arranged.spec);
    expect(arranged.formulas.length).toBeGreaterThan(atLeast);
    expect(arranged.formulas.filter((f) => valueAt(grid, f.sheet, f.a1) !== 'uncomputed')).toEqual([]);
  });

  it('computes every formula to the figure the published table prints', () => {
    const computed = computeFormulas(specToGrid(arranged.spec));
    const wrong = arranged.formulas
      .map((f) => ({ at: `${f.sheet}!${f.a1} =${f.formula}`, got: valueAt(computed, f.sheet, f.a1), printed: String(f.typed) }))
      .filter((f) => f.got !== f.printed);
    expect(wrong).toEqual([]);
    expect(uncomputedCells(specToGrid(arranged.spec)).size).toBe(0);
  });

  it('gives no error, and the same findings and tables as the typed workbook', () => {
    const typed = check(specToGrid(typedSpec()), 'book.xlsx');
    const report = check(specToGrid(arranged.spec), 'book.xlsx');
    expect(errors(report)).toEqual([]);
    const key = (f: { rule: string; sheet: string; cell: string; message: string }) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`;
    expect(report.findings.map(key)).toEqual(typed.findings.map(key));
    expect(report.tables.map((t) => `${t.kind} ${t.range} ${t.rows}`)).toEqual(typed.tables.map((t) => `${t.kind} ${t.range} ${t.rows}`));
  });

  it('without the formula pass nothing adding up could be checked: each table with formulas is one warning', () => {
    // (Before the uncomputed flag, these blanks gave 89 and 80 false errors.)
    const grid = specToGrid(arranged.spec);
    const report = checkRecognized(grid, recognizeWorkbook(grid), 'x.xlsx');
    const tablesWithFormulas = new Set(arranged.formulas.map((f) => f.sheet));
    const warned = report.findings.filter((f) => f.rule === 'cell/formula-uncomputed').map((f) => f.sheet);
    expect(new Set(warned)).toEqual(tablesWithFormulas);
    expect(errors(report).filter((e) => !e.startsWith('narrative/'))).toEqual([]);
  });
});

describe('seed 000 with formula totals: mistakes and formulas the engine cannot compute', () => {
  it('writes the formulas clerks write', () => {
    const texts = book.formulas.map((f) => f.formula);
    for (const kind of [/^SUM\(/, /^ROUND\(/, /^SUMIF\(\$B\$7/, /SUMIF\(一般公共预算支出表!\$B:\$B/, /^'支出总表 \(2\)'!D\d+$/, /^收支!C6$/]) {
      expect(texts.some((t) => kind.test(t))).toBe(true);
    }
  });

  it('a figure typed over a formula that does not add up is reported at that cell', () => {
    const spec = mutateCell(book.spec, '一般公共预算支出表', 'E22', 459.23);
    expect(errors(check(specToGrid(spec), 'x.xlsx'))).toContain('rollup/section-sum 一般公共预算支出表!E22');
  });

  it('seed 002 (Henan): a 项 总计 typed over its formula (行政运行 44.59 -> 44.95) is reported at that cell only', () => {
    const henan = seed002WithFormulaTotals();
    const cell = henan.formulas.find((f) => f.sheet === '表3' && f.typed === 44.59 && f.formula === 'F19');
    expect(cell).toBeDefined();
    const spec = mutateCell(henan.spec, '表3', cell!.a1, 44.95);
    expect(errors(check(specToGrid(spec), 'x.xlsx'))).toEqual([`rollup/item-sum 表3!${cell!.a1}`]);
  });

  it('a stale cached total (saved with manual calculation) stays visible and is reported, never recomputed', () => {
    const spec = mutateCell(book.spec, EXPENDITURE_SHEET, 'E22', { v: 459.23, f: 'SUM(E23:E24)' });
    expect(valueAt(computeFormulas(specToGrid(spec)), EXPENDITURE_SHEET, 'E22')).toBe('459.23');
    expect(errors(check(specToGrid(spec), 'x.xlsx'))).toContain(`rollup/section-sum ${EXPENDITURE_SHEET}!E22`);
  });

  it('a typo in a typed part flows through the formulas and is still found, naming the typed cell', () => {
    const spec = mutateCell(book.spec, EXPENDITURE_SHEET, 'E23', 95.64);
    const report = check(specToGrid(spec), 'x.xlsx');
    const named = report.findings.filter(
      (f) => f.severity === 'error' && [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])].some((c) => c.sheet === EXPENDITURE_SHEET && c.cell === 'E23'),
    );
    expect(named.length).toBeGreaterThan(0);
  });

  describe('a formula the engine cannot compute', () => {
    // 公务用车购置及运维费 (一般公共预算) looked up with VLOOKUP: its 合计 and the 三公 合计 above depend on it.
    const spec = mutateCell(book.spec, '三公经费', 'D8', { v: null, f: 'VLOOKUP("公务用车",基本支出表!C:D,2,0)' });
    const report = check(specToGrid(spec), 'x.xlsx');
    const uncomputed = uncomputedCells(specToGrid(spec));

    it('leaves it and what depends on it without a value, flagged uncomputed', () => {
      expect([...uncomputed].sort()).toEqual(['三公经费!C6', '三公经费!C8', '三公经费!D6', '三公经费!D8']);
    });

    it('is one warning for its table, with the count and cells', () => {
      const warnings = report.findings.filter((f) => f.rule === 'cell/formula-uncomputed');
      expect(warnings.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(['warning 三公经费!C6']);
      expect(warnings[0].message).toContain('公式没有计算结果，无法核对：本表 4 个单元格（C6、D6、C8、D8）');
    });

    it('gives no sum, row or cross-table error: identities through those cells are not checked', () => {
      expect(errors(report).filter((e) => !e.startsWith('narrative/'))).toEqual([]);
    });

    it('narrative figures read from those cells are the only errors left, and they name them (narrative rules: to skip)', () => {
      expect(report.findings.filter((f) => f.severity === 'error' && !touchesUncomputed(f, uncomputed))).toEqual([]);
    });
  });

  it('a link to another workbook: one warning in each table that depends on it, and no error at all', () => {
    const spec = mutateCell(book.spec, EXPENDITURE_SHEET, 'E22', { v: null, f: "'[1]汇总'!E22" });
    const report = check(specToGrid(spec), 'x.xlsx');
    const warnings = report.findings.filter((f) => f.rule === 'cell/formula-uncomputed');
    expect(warnings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Sheet1!E15', `${EXPENDITURE_SHEET}!D6`]);
    expect(report.findings.map((f) => f.rule)).toEqual(['cell/formula-uncomputed', 'cell/formula-uncomputed']);
  });
});
