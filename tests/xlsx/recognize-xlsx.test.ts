// The same recognition through a real .xlsx (exceljs write -> readWorkbook), so merges, formats and wrapped
// text survive the file round trip the CLI and the web page take.
import { rectToA1 } from '../../src/engine/grid/address';
import { recognizeWorkbook } from '../../src/engine/tables/recognize';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { specToXlsx } from '../fixtures/workbook-spec';
import { onePerSheet, splitPages, stacked, type Arrangement } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { SEED001_PAGE_SPLITS, seed001Blocks } from '../fixtures/seeds/seed001';
import { seed002Blocks } from '../fixtures/seeds/seed002';

const cases: [string, () => Arrangement][] = [
  ['seed 000 stacked', () => stacked(seed000Blocks())],
  ['seed 001 split pages', () => splitPages(seed001Blocks(), SEED001_PAGE_SPLITS)],
  ['seed 002 one per sheet', () => onePerSheet(seed002Blocks())],
];

it.each(cases)('%s: recognized from the .xlsx file as from the grid', async (_n, make) => {
  const arr = make();
  const grid = await readWorkbook(new Uint8Array(await specToXlsx(arr.spec)));
  const found = recognizeWorkbook(grid).tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: rectToA1(t.range) }));
  expect(found).toEqual(arr.expected.map(({ kind, sheet, range }) => ({ kind, sheet, range })));
});
