// Fixture workbooks in the in-memory Excel fake: the same cells, formulas, formats and merges as the spec, so
// the Office layer can be driven over every fixture (nothing-lost tests, and the Office benchmark).
import { FakeContext, fakeSheet, type FakeBook, type FakeCell } from '../office/fake-excel';
import type { SpecCell, WorkbookSpec } from '../fixtures/workbook-spec';

function fakeCell(c: SpecCell, fmt: string): FakeCell | null {
  if (c === null || c === undefined) return null;
  if (typeof c === 'number') return { value: c, numFmt: fmt };
  if (typeof c === 'string') return { value: c };
  const formula = c.f ? (c.f.startsWith('=') ? c.f : `=${c.f}`) : undefined;
  return { value: c.error ?? c.v ?? '', formula, numFmt: c.fmt ?? (typeof c.v === 'number' ? fmt : undefined), error: c.error ? true : undefined };
}

/** The fake workbook holding the same cells and merges as the spec (hidden sheets keep their visibility). */
export function fakeBookOf(spec: WorkbookSpec): FakeBook {
  const visibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
  const sheets = spec.sheets.map((s) =>
    fakeSheet(s.name, s.rows.map((row) => row.map((c) => fakeCell(c, s.numFmt ?? '0.00'))), 'A1', {
      merges: s.merges ?? [],
      visibility: visibility[s.state ?? 'visible'],
    }),
  );
  return { sheets, comments: [] };
}

/** A fresh context over the book. */
export function contextOf(book: FakeBook): FakeContext {
  return new FakeContext(book);
}
