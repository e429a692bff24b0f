// Office layer benchmark on the strict in-memory Excel fake: context.sync() calls and the largest request or
// response of one sync (as the fake counts them for Excel on the web's 5 MB limit: JSON with non-ASCII escaped,
// plus each object path and action) for reading a big workbook, and for marking its findings.
import { check } from '../../src/engine/check';
import { markCells } from '../../src/office/mark-cells';
import { readWorkbook } from '../../src/office/read-workbook';
import { FakeContext } from '../../tests/office/fake-excel';
import { fakeBookOf } from '../../tests/robustness/fake-book';
import type { WorkbookSpec } from '../../tests/fixtures/workbook-spec';

/** Office figures for one workbook. */
export interface OfficeRow {
  label: string;
  readSyncs: number;
  readMaxPayload: number;
  markSyncs: number;
  markMaxPayload: number;
  marked: number;
}

/** Read the workbook through src/office on the fake, check it, mark its findings; count syncs and payloads. */
export async function officeBench(label: string, spec: WorkbookSpec): Promise<OfficeRow> {
  const book = fakeBookOf(spec);
  const reading = new FakeContext(book);
  const { grid } = await readWorkbook(reading);
  const report = check(grid, 'bench.xlsx');
  const marking = new FakeContext(book);
  const result = await markCells(marking, report.findings, { notes: true, comments: true });
  return {
    label,
    readSyncs: reading.syncs,
    readMaxPayload: Math.max(reading.largestRequest, reading.largestResponse),
    markSyncs: marking.syncs,
    markMaxPayload: Math.max(marking.largestRequest, marking.largestResponse),
    marked: result.cells,
  };
}
