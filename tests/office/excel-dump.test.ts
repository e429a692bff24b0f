// docs/excel-dump.js is what a person with real Excel runs (docs/excel-smoke-test.md). Run here against the strict
// fake, it must use only real property names and calls, clean up after itself, and record every step, refusals
// included (this fake refuses what Excel is expected to refuse; real Excel's answers are what the dump is for).
import { FakeExcel, fakeSheet, type FakeBook } from './fake-excel';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { budgetDisclosureDump } = require('../../docs/excel-dump.js') as {
  budgetDisclosureDump(excel: FakeExcel, office: unknown): Promise<{ steps: Record<string, { ok: boolean; result?: unknown; error?: unknown }> }>;
};

describe('docs/excel-dump.js against the strict fake', () => {
  it('records every step, refusals as results, and leaves the workbook as it found it', async () => {
    const book: FakeBook = {
      sheets: [fakeSheet('Sheet1', [[{ value: '', fill: { color: '#FFC000', pattern: 'Solid', tintAndShade: 0.4 } }], [{ value: '', fill: { color: '#DDEBF7', pattern: 'Gray25', patternColor: '#FF0000' } }]])],
      comments: [],
    };
    const before = JSON.stringify([...book.sheets[0].cells]);
    const excel = new FakeExcel(book);
    const office = {
      context: {
        diagnostics: { platform: 'PC', version: '16.0.17928.20114', host: 'Excel' },
        requirements: { isSetSupported: (set: string, v: string) => (set === 'ExcelApi' ? Number(v.split('.')[1]) <= 18 : set === 'DialogApi') },
        document: { url: 'C:\\\\预算\\\\冒烟.xlsx', settings: excel.runtime() },
      },
    };
    const dump = await budgetDisclosureDump(excel, office);
    const failed = Object.entries(dump.steps).filter(([, s]) => !s.ok);
    expect(failed).toEqual([]);
    const r = (name: string) => dump.steps[name].result as Record<string, unknown>;
    expect(r('note verbatim')).toMatchObject({ same: true });
    expect(r('note where a threaded comment is')).toMatchObject({ refused: true, error: { code: 'InvalidOperation' }, earlierFillLanded: '#F4A6A6' });
    expect(r('comment where a note is')).toMatchObject({ refused: true });
    expect(r('600 merged areas')).toMatchObject({ refused: true });
    expect(r('renamed sheet keeps its id')).toMatchObject({ nameAfter: 'BD冒烟测试改名' });
    expect(r('renamed sheet keeps its id').idBefore).toBe(r('renamed sheet keeps its id').idAfter);
    expect(r('duplicate sheet name')).toMatchObject({ refused: true, error: { code: 'ItemAlreadyExists' } });
    expect(r('protected sheet')).toMatchObject({ refused: true, error: { code: 'AccessDenied' } });
    expect(r('large read (values of 2,000 x 20 Chinese names in one batch)')).toMatchObject({ refused: true, error: { code: 'ResponsePayloadSizeLimitExceeded' } });
    const fills = dump.steps['theme and tint fills'].result as { same: boolean; original: { cell: string } }[];
    expect(fills.map((f) => f.original.cell)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'Sheet1!A1', 'Sheet1!A2', 'Sheet1!A3', 'Sheet1!A4', 'Sheet1!A5', 'Sheet1!A6']);
    expect(fills.every((f) => f.same)).toBe(true);
    expect(JSON.stringify([...book.sheets[0].cells])).toBe(before);
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(book.comments).toEqual([]);
    expect(book.settings?.has('bdSmoke') ?? false).toBe(false);
  });
});
