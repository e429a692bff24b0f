// The codes/* rules over the seed workbooks as recognized: zero errors on the clean seeds, and a wrong code or
// name typed into a seed is flagged at its cell.
import { canonicalName } from '../../../src/engine/codes/canonical-name';
import { classificationOf, defaultCodeBook } from '../../../src/engine/codes/code-book';
import { runRules } from '../../../src/engine/check';
import { toA1 } from '../../../src/engine/grid/address';
import { normalizeCell } from '../../../src/engine/grid/normalize';
import { cellText } from '../../../src/engine/grid/sheet';
import type { Grid } from '../../../src/engine/grid/types';
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { codesClassLines } from '../../../src/engine/rules/codes-class-lines';
import { codesEconName } from '../../../src/engine/rules/codes-econ-name';
import { codesFormat } from '../../../src/engine/rules/codes-format';
import { codesNameMismatch } from '../../../src/engine/rules/codes-name-mismatch';
import { codesOrder } from '../../../src/engine/rules/codes-order';
import { codesParentMissing } from '../../../src/engine/rules/codes-parent-missing';
import { codesUnknown } from '../../../src/engine/rules/codes-unknown';
import { specToGrid } from '../../fixtures/workbook-spec';
import { seed000Workbook, seed001Workbook, seed002Workbook } from '../../fixtures/seeds/workbooks';

const CODE_RULES = [codesFormat, codesUnknown, codesNameMismatch, codesParentMissing, codesOrder, codesClassLines, codesEconName];

const SEEDS: [string, () => Grid][] = [
  ['000 (2021)', () => specToGrid(seed000Workbook().spec)],
  ['001 (2024)', () => specToGrid(seed001Workbook().spec)],
  ['002 (2020)', () => specToGrid(seed002Workbook().spec)],
];

function codeFindings(grid: Grid): string[] {
  return runRules(grid, recognizeWorkbook(grid), {}, CODE_RULES).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
}

/** The first cell (sheet, row, col) of the sheet holding a general-budget table whose text is `text`. */
function findCell(grid: Grid, text: string): { sheet: string; row: number; col: number } {
  const rec = recognizeWorkbook(grid);
  const table = rec.tables.find((t) => t.kind === 'general-budget-expenditure');
  const sheet = grid.sheets.find((s) => s.name === table?.sheet);
  for (const [r, cells] of (sheet?.cells ?? []).entries()) {
    const c = (cells ?? []).findIndex((cell) => cellText(cell) === text);
    if (c >= 0 && sheet) return { sheet: sheet.name, row: r, col: c };
  }
  throw new Error(`no cell ${text}`);
}

function setCell(grid: Grid, at: { sheet: string; row: number; col: number }, value: string | number): void {
  const sheet = grid.sheets.find((s) => s.name === at.sheet);
  if (!sheet) throw new Error(at.sheet);
  sheet.cells[at.row][at.col] = normalizeCell({ value });
}

describe('codes/* on the clean seed workbooks', () => {
  it.each(SEEDS)('seed %s: no error', (_, grid) => {
    expect(codeFindings(grid()).filter((f) => f.startsWith('error'))).toEqual([]);
  });
  it('seed 002 prints the pre-2019 name 资源勘探信息等支出: one warning, nothing else', () => {
    expect(codeFindings(SEEDS[2][1]())).toEqual(['warning codes/class-lines 收支!C21']);
  });
  it.each(SEEDS.slice(0, 2))('seed %s: no finding at all', (_, grid) => {
    expect(codeFindings(grid())).toEqual([]);
  });
  it.each(SEEDS)('seed %s: every recognized code is in the data with its printed name', (_, make) => {
    const grid = make();
    const rec = recognizeWorkbook(grid);
    const book = defaultCodeBook();
    const rows = rec.tables.flatMap((t) => t.rows.filter((r) => r.code && r.level !== 'detail' && r.role === undefined).map((r) => ({ t, r })));
    expect(rows.length).toBeGreaterThan(10);
    for (const { t, r } of rows) {
      const code = r.code ?? '';
      const cls = classificationOf(code);
      const entry = cls && t.year ? book.lookup(cls, t.year, code) : undefined;
      expect({ code, name: canonicalName(entry?.name ?? '') }).toEqual({ code, name: canonicalName(r.name) });
    }
  });
});

describe('a mistake typed into a seed is flagged at its cell', () => {
  it('seed 000: 2101550 named 行政运行 -> error at the name cell', () => {
    const grid = SEEDS[0][1]();
    const code = findCell(grid, '2101550');
    setCell(grid, { ...code, col: code.col + 1 }, '行政运行');
    expect(codeFindings(grid)).toEqual([`error codes/name-mismatch ${code.sheet}!${toA1(code.row, code.col + 1)}`]);
  });
  it('seed 001: 2101506 typed as 2101507 -> error at the code cell', () => {
    const grid = SEEDS[1][1]();
    const code = findCell(grid, '2101506');
    setCell(grid, code, 2101507);
    expect(codeFindings(grid)).toEqual([`error codes/unknown ${code.sheet}!${toA1(code.row, code.col)}`]);
  });
});
