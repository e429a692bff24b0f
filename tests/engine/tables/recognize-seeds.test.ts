import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { rectToA1 } from '../../../src/engine/grid/address';
import { specToGrid } from '../../fixtures/workbook-spec';
import { inYuan, onePerSheet, splitPages, stacked, withSpacers, type Arrangement } from '../../fixtures/seeds/arrangements';
import { seed000Blocks } from '../../fixtures/seeds/seed000';
import { SEED001_PAGE_SPLITS, seed001Blocks } from '../../fixtures/seeds/seed001';
import { seed002Blocks } from '../../fixtures/seeds/seed002';

function found(arr: Arrangement) {
  const rec = recognizeWorkbook(specToGrid(arr.spec));
  return rec.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: rectToA1(t.range) }));
}

const cases: [string, () => Arrangement][] = [
  ['seed 000 one table per sheet', () => onePerSheet(seed000Blocks())],
  ['seed 000 stacked', () => stacked(seed000Blocks())],
  ['seed 000 with spacers', () => withSpacers(seed000Blocks())],
  ['seed 000 in 元', () => inYuan(seed000Blocks())],
  ['seed 001 one table per sheet', () => onePerSheet(seed001Blocks())],
  ['seed 001 stacked', () => stacked(seed001Blocks())],
  ['seed 001 split across pages', () => splitPages(seed001Blocks(), SEED001_PAGE_SPLITS)],
  ['seed 001 in 元', () => inYuan(seed001Blocks())],
  ['seed 002 one table per sheet', () => onePerSheet(seed002Blocks())],
  ['seed 002 in 元', () => inYuan(seed002Blocks())],
  ['seed 002 stacked', () => stacked(seed002Blocks())],
  ['seed 002 with spacers', () => withSpacers(seed002Blocks())],
];

describe('recognizeWorkbook on seed arrangements', () => {
  it.each(cases)('%s: every table with the right kind, sheet and range', (_name, make) => {
    const arr = make();
    const expected = arr.expected.map(({ kind, sheet, range }) => ({ kind, sheet, range }));
    expect(found(arr)).toEqual(expected);
  });
});
