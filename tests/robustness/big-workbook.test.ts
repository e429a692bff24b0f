// The benchmark's consolidated workbooks (scripts/bench/big-workbook.ts) are correct workbooks: every sum and
// cross-table equality still holds at any number of units, the only findings being the repeated 项 codes.
import { check } from '../../src/engine/check';
import { consolidatedWorkbook, unitsFor } from '../../scripts/bench/big-workbook';
import { specToGrid } from '../fixtures/workbook-spec';

describe('consolidated benchmark workbooks', () => {
  it.each([1, 2, 7])('%i unit(s): no errors, only codes/order duplicates, rows grow with the units', (units) => {
    const { spec, rows } = consolidatedWorkbook(units);
    const report = check(specToGrid(spec), 'bench.xlsx');
    expect(report.summary.errors).toBe(0);
    expect([...new Set(report.findings.map((f) => f.rule))]).toEqual(units > 1 ? ['codes/order'] : []);
    expect(report.tables.length).toBe(consolidatedWorkbook(1).spec.sheets.length);
    expect(rows).toBe(consolidatedWorkbook(1).rows + (units - 1) * (consolidatedWorkbook(2).rows - consolidatedWorkbook(1).rows));
  });

  it('picks the number of units for a target row count', () => {
    const { rows } = consolidatedWorkbook(unitsFor(1000));
    expect(Math.abs(rows - 1000)).toBeLessThan(30);
  });
});
