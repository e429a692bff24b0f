// The purpose-built reader gives the same Grid, and so the same report, as the exceljs path it replaced, on every
// fixture workbook (the seed arrangements written with exceljs, the sample assets, the readable bad files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/engine/check';
import type { Grid } from '../../src/engine/grid/types';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { consolidatedWorkbook } from '../../scripts/bench/big-workbook';
import { specToXlsxFast } from '../../scripts/bench/spec-xlsx';
import { specToXlsx, type WorkbookSpec } from '../fixtures/workbook-spec';
import { inYuan, onePerSheet, splitPages, stacked, withSpacers } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { narrative000 } from '../fixtures/seeds/seed000-narrative';
import { SEED001_PAGE_SPLITS, seed001Blocks } from '../fixtures/seeds/seed001';
import { narrative001 } from '../fixtures/seeds/seed001-narrative';
import { seed002Blocks } from '../fixtures/seeds/seed002';
import { narrative002 } from '../fixtures/seeds/seed002-narrative';
import { sampleWithErrorsSpec, seed000Workbook, seed001Workbook, seed002Workbook, seed004Workbook } from '../fixtures/seeds/workbooks';
import { badFiles } from '../robustness/bad-files';
import { indentedCase } from '../fixtures/field/names-only';
import { readWorkbookExceljs } from './exceljs-reader';

const specs: [string, () => WorkbookSpec][] = [
  ['seed 000 workbook', () => seed000Workbook().spec],
  ['seed 001 workbook', () => seed001Workbook().spec],
  ['seed 002 workbook', () => seed002Workbook().spec],
  ['seed 004 workbook', () => seed004Workbook()],
  ['sample with errors', () => sampleWithErrorsSpec()],
  ['seed 000 stacked', () => stacked(seed000Blocks(), narrative000()).spec],
  ['seed 000 with spacers', () => withSpacers(seed000Blocks()).spec],
  ['seed 000 in yuan', () => inYuan(seed000Blocks()).spec],
  ['seed 001 stacked', () => stacked(seed001Blocks(), narrative001()).spec],
  ['seed 001 split pages', () => splitPages(seed001Blocks(), SEED001_PAGE_SPLITS).spec],
  ['seed 002 stacked', () => stacked(seed002Blocks(), narrative002()).spec],
  ['seed 002 with spacers', () => withSpacers(seed002Blocks()).spec],
  ['seed 002 in yuan', () => inYuan(seed002Blocks()).spec],
  ['seed 001 one per sheet', () => onePerSheet(seed001Blocks()).spec],
  ['consolidated over 5 units', () => consolidatedWorkbook(5).spec],
  ['names-only tables indented by spaces and by the indent format', () => indentedCase().spec],
];

/** The grid as comparable JSON (Decimals print as text); hidden rows/columns only the new reader reports. */
function gridJson(grid: Grid): string {
  return JSON.stringify(grid.sheets.map(({ hiddenRows: _r, hiddenCols: _c, ...s }) => s));
}

async function expectSame(bytes: Uint8Array): Promise<void> {
  const [mine, theirs] = [await readWorkbook(bytes), await readWorkbookExceljs(bytes)];
  expect(gridJson(mine)).toBe(gridJson(theirs));
  expect(JSON.stringify(check(mine, 'x.xlsx'))).toBe(JSON.stringify(check(theirs, 'x.xlsx')));
}

describe('new reader vs exceljs: identical grids and reports', () => {
  it.each(specs)('%s', async (_name, make) => {
    await expectSame(new Uint8Array(await specToXlsx(make())));
  });

  it.each(['sample-budget-2021.xlsx', 'sample-budget-2021-with-errors.xlsx'])('assets/%s', async (file) => {
    await expectSame(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'assets', file))));
  });

  it('seed 001 written without exceljs (shared strings, styles per format), as the benchmark writes', async () => {
    await expectSame(specToXlsxFast(seed001Workbook().spec));
  });

  it('every readable file of the bad-file corpus', async () => {
    const readable = (await badFiles()).filter((f) => !f.unreadable);
    expect(readable.length).toBeGreaterThan(3);
    for (const f of readable) await expectSame(f.bytes);
  });

  it('reads the alignment indent of a name cell (names-only tables)', async () => {
    const grid = await readWorkbook(new Uint8Array(await specToXlsx(indentedCase().spec)));
    const indented = grid.sheets.flatMap((s) => s.cells.flat()).filter((c) => c && c.indent);
    expect(indented.length).toBeGreaterThan(3);
  });

  it('the comparison can fail: a changed cell is seen', async () => {
    const bytes = new Uint8Array(await specToXlsx(seed000Workbook().spec));
    const mine = await readWorkbook(bytes);
    const cell = mine.sheets[0].cells[5].find(Boolean);
    if (cell) cell.text = `${cell.text}x`;
    expect(gridJson(mine)).not.toBe(gridJson(await readWorkbookExceljs(bytes)));
  });
});
