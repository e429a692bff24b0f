// A fixture WorkbookSpec (tests/fixtures) as a workbook in the Excel fake, so Office-layer tests use seed figures.
import type { SpecCell, WorkbookSpec } from '../fixtures/workbook-spec';
import { fakeSheet, type FakeBook, type FakeCell } from './fake-model';

function toFake(c: SpecCell): FakeCell | string | number | null {
  if (c === null || c === undefined) return null;
  if (typeof c === 'number') return { value: c, numFmt: '0.00', text: c.toFixed(2) };
  if (typeof c === 'string') return c;
  if (c.v === null) return c.f ? { value: '', formula: c.f } : null;
  return { value: c.v, formula: c.f, numFmt: c.fmt, error: !!c.error };
}

/** The fake workbook holding this spec's sheets, values, formulas, formats and merges. */
export function fakeBookOf(spec: WorkbookSpec): FakeBook {
  return {
    sheets: spec.sheets.map((s) => fakeSheet(s.name, s.rows.map((r) => r.map(toFake)), 'A1', { merges: s.merges ?? [] })),
    comments: [],
  };
}
