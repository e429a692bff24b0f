// Real .xlsx files whose formulas hold no cached value, read by the file reader and checked: the three ways tools
// store them (no <v>; openpyxl's empty <v></v>; manual calculation), shared formulas, and exceljs' lost cached 0.
import ExcelJS from 'exceljs';
import { check } from '../../src/engine/check';
import { computeFormulas } from '../../src/engine/formula/compute-grid';
import { getCell } from '../../src/engine/grid/sheet';
import { parseA1 } from '../../src/engine/grid/address';
import type { Cell, Grid } from '../../src/engine/grid/types';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { calcMode, storedFormulas, xlsxWithoutValues, type NoValueStyle } from '../fixtures/formula-xlsx';
import { seed000WithFormulaTotals } from '../fixtures/seeds/formula-totals';
import { seed002WithFormulaTotals } from '../fixtures/seeds/formula-totals-henan';
import { seed002Workbook } from '../fixtures/seeds/workbooks';
import { specToXlsx } from '../fixtures/workbook-spec';

const book = seed000WithFormulaTotals();

function cellOf(grid: Grid, sheet: string, a1: string): Cell | undefined {
  const at = parseA1(a1)!;
  return getCell(grid.sheets.find((s) => s.name === sheet)!, at.row, at.col);
}

function shown(cell: Cell | undefined): string {
  if (!cell) return 'none';
  if (cell.uncomputed) return 'uncomputed';
  return cell.value.kind === 'number' ? cell.value.num.toFixed() : cell.value.kind;
}

describe.each<[NoValueStyle, string | null, string]>([
  ['no-v', null, 'auto'],
  ['empty-v', '', 'auto'],
  ['manual-calc', null, 'manual'],
])('seed 000 saved with formula totals, %s', (style, storedValue, mode) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(await xlsxWithoutValues(book.spec, style));
  });

  it('really stores no value for any formula (checked in the sheet XML)', async () => {
    const stored = await storedFormulas(bytes);
    expect(stored).toHaveLength(book.formulas.length);
    expect(stored.filter((f) => f.value !== storedValue)).toEqual([]);
    expect(await calcMode(bytes)).toBe(mode);
  });

  it('reads them as uncomputed formulas, which the engine computes to the printed figures', async () => {
    const grid = await readWorkbook(bytes);
    expect(book.formulas.filter((f) => !cellOf(grid, f.sheet, f.a1)?.uncomputed)).toEqual([]);
    const computed = computeFormulas(grid);
    expect(book.formulas.filter((f) => shown(cellOf(computed, f.sheet, f.a1)) !== String(f.typed))).toEqual([]);
  });

  it('checks with no error and no warning', async () => {
    const report = check(await readWorkbook(bytes), 'seed000-formulas.xlsx');
    expect(report.tables).toHaveLength(11);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

it('seed 002 (Henan) saved by openpyxl checks like its typed workbook', async () => {
  const henan = seed002WithFormulaTotals();
  const bytes = new Uint8Array(await xlsxWithoutValues(henan.spec, 'empty-v'));
  expect((await storedFormulas(bytes)).filter((f) => f.value !== '')).toEqual([]);
  const report = check(await readWorkbook(bytes), 'seed002.xlsx');
  const typed = check(await readWorkbook(new Uint8Array(await specToXlsx(seed002Workbook().spec))), 'seed002.xlsx');
  const key = (f: { rule: string; sheet: string; cell: string; severity: string }) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;
  expect(report.summary.errors).toBe(0);
  expect(report.findings.map(key)).toEqual(typed.findings.map(key));
});

describe('formula shapes of the file reader', () => {
  async function roundTrip(fill: (ws: ExcelJS.Worksheet) => void) {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('表1'));
    return computeFormulas(await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())));
  }

  it('a shared formula filled down without values: each copy computes its own row', async () => {
    const grid = await roundTrip((ws) => {
      [[1.25, 2], [3.5, 4], [5.75, 6]].forEach(([a, b], i) => {
        ws.getCell(i + 1, 1).value = a;
        ws.getCell(i + 1, 2).value = b;
      });
      ws.getCell('C1').value = { formula: 'A1+B1', shareType: 'shared', ref: 'C1:C3' } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('C2').value = { sharedFormula: 'C1' } as unknown as ExcelJS.CellSharedFormulaValue;
      ws.getCell('C3').value = { sharedFormula: 'C1' } as unknown as ExcelJS.CellSharedFormulaValue;
    });
    const s = grid.sheets[0];
    expect([0, 1, 2].map((r) => getCell(s, r, 2)?.formula)).toEqual(['A1+B1', 'A2+B2', 'A3+B3']);
    expect([0, 1, 2].map((r) => shown(getCell(s, r, 2)))).toEqual(['3.25', '7.5', '11.75']);
  });

  it('a cached 0 (which exceljs dropped on reading) is read as saved: 0, not recomputed', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('A1').value = 5;
      ws.getCell('A2').value = { formula: 'A1-5', result: 0 } as ExcelJS.CellFormulaValue;
    });
    expect(getCell(grid.sheets[0], 1, 0)).toMatchObject({ formula: 'A1-5', value: { kind: 'number' } });
    expect(getCell(grid.sheets[0], 1, 0)?.computed).toBeUndefined();
    expect(shown(getCell(grid.sheets[0], 1, 0))).toBe('0');
  });

  it('a formula with a cached value is read as saved, never recomputed', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('A1').value = 5;
      ws.getCell('A2').value = { formula: 'A1*2', result: 11 } as ExcelJS.CellFormulaValue;
    });
    expect(getCell(grid.sheets[0], 1, 0)?.computed).toBeUndefined();
    expect(shown(getCell(grid.sheets[0], 1, 0))).toBe('11');
  });
});
