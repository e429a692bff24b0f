// Office layer benchmark on the in-memory Excel fake: context.sync() calls and the largest payload of one sync
// for reading a big workbook, and for marking its findings. Payload estimates: for a read, the JSON of the
// values / text / numberFormat / formulas / valueTypes arrays a sync brings back; for marking, the JSON of each
// marked cell's address, fill and note text (and, for the probe batch, the fill and note read back per cell).
import { check } from '../../src/engine/check';
import { MARK_FILL, noteText, worstSeverity } from '../../src/engine/mark-style';
import type { Finding } from '../../src/engine/report';
import type { ExcelContextLike, RangeLike, WorksheetLike } from '../../src/office/excel-api';
import { chunked, markCells, markTargets, MAX_MARK_CELLS_PER_SYNC } from '../../src/office/mark-cells';
import { readWorkbook } from '../../src/office/read-workbook';
import { memorySettingsStore } from '../../src/office/settings';
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

const utf8 = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

/** A context that records the ranges each batch reads and the size of what they bring back. */
class MeasuringContext implements ExcelContextLike {
  readonly payloads: number[] = [];
  private pending: RangeLike[] = [];
  readonly workbook: ExcelContextLike['workbook'];

  constructor(private readonly inner: FakeContext) {
    const wrapSheet = (ws: WorksheetLike): WorksheetLike =>
      new Proxy(ws, {
        get: (target, prop) => {
          if (prop !== 'getRangeByIndexes') return Reflect.get(target, prop, target);
          return (r: number, c: number, rows: number, cols: number) => {
            const range = target.getRangeByIndexes(r, c, rows, cols);
            this.pending.push(range);
            return range;
          };
        },
      });
    const sheets = inner.workbook.worksheets;
    const worksheets = new Proxy(sheets, {
      get: (target, prop) => (prop === 'items' ? target.items.map(wrapSheet) : Reflect.get(target, prop, target)),
    });
    this.workbook = { worksheets, comments: inner.workbook.comments, settings: inner.workbook.settings };
  }

  get syncs(): number {
    return this.inner.syncs;
  }

  async sync(): Promise<void> {
    await this.inner.sync();
    const ranges = this.pending;
    this.pending = [];
    this.payloads.push(ranges.reduce((n, r) => n + utf8([r.values, r.text, r.numberFormat, r.formulas, r.valueTypes]), 0));
  }
}

/** Estimated payload of each mark batch, chunk by chunk: the probe (fill + note read back) and the write. */
function markPayloads(findings: readonly Finding[], sheets: readonly string[]): number[] {
  const { targets } = markTargets(findings, new Set(sheets));
  return chunked(targets, MAX_MARK_CELLS_PER_SYNC).flatMap((chunk) => [
    utf8(chunk.map((t) => [t.sheet, t.cell, '#FFFFFF', 'None', ''])),
    utf8(chunk.map((t) => [t.sheet, t.cell, MARK_FILL[worstSeverity(t.findings)], noteText(t.findings)])),
  ]);
}

/** Read the workbook through src/office on the fake, check it, mark its findings; count syncs and payloads. */
export async function officeBench(label: string, spec: WorkbookSpec): Promise<OfficeRow> {
  const book = fakeBookOf(spec);
  const reading = new MeasuringContext(new FakeContext(book));
  const { grid, sheetNames } = await readWorkbook(reading);
  const report = check(grid, 'bench.xlsx');
  const marking = new FakeContext(book);
  const result = await markCells(marking, report.findings, memorySettingsStore(), { notes: true, comments: true }, sheetNames);
  return {
    label,
    readSyncs: reading.syncs,
    readMaxPayload: Math.max(...reading.payloads),
    markSyncs: marking.syncs,
    markMaxPayload: Math.max(...markPayloads(report.findings, sheetNames)),
    marked: result.cells,
  };
}
