// The engine as steps (for a page without a worker): the same report as the one-go check, with a pause after each
// sheet recognized and each rule run, so no single piece of work holds the page's thread for the whole check.
import { check, checkRecognized, checkRecognizedSteps } from '../../src/engine/check';
import { RULES } from '../../src/engine/rules/index';
import { drain } from '../../src/engine/steps';
import { recognizeWorkbook, recognizeWorkbookSteps } from '../../src/engine/tables/recognize';
import { specToGrid } from '../fixtures/workbook-spec';
import { sampleWithErrorsSpec } from '../fixtures/seeds/workbooks';
import { unitsWorkbook } from '../../scripts/bench/units-workbook';

function count<T>(steps: Generator<void, T, void>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const s = steps.next();
    if (s.done) return { pauses, value: s.value };
    pauses++;
  }
}

describe('engine steps', () => {
  it('recognizes with one pause per sheet and the same tables', () => {
    const grid = specToGrid(unitsWorkbook(3).spec);
    const { pauses, value } = count(recognizeWorkbookSteps(grid));
    expect(pauses).toBe(3);
    expect(value).toEqual(recognizeWorkbook(grid));
  });

  it('checks with a pause after every rule and gives the one-go report, findings included', () => {
    const grid = specToGrid(sampleWithErrorsSpec());
    const recognition = recognizeWorkbook(grid);
    const { pauses, value } = count(checkRecognizedSteps(grid, recognition, 'sample.xlsx'));
    expect(pauses).toBe(RULES.length + 1);
    const once = checkRecognized(grid, recognition, 'sample.xlsx');
    expect(value).toEqual(once);
    expect(once.summary.errors).toBeGreaterThan(0);
    expect(drain(checkRecognizedSteps(grid, recognition, 'sample.xlsx'))).toEqual(check(grid, 'sample.xlsx'));
  });
});
