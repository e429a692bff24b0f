// .xls / .et / .ods / .xlsb read through SheetJS into the same Grid as the .xlsx: the same tables and findings,
// cached values only (a stale total stays what the clerk sees), formats, merges and hidden sheets kept.
import { check } from '../../src/engine/check';
import { readDocument } from '../../src/readers/read-document';
import { sheetJsToXlsx } from '../../src/readers/sheetjs/read-sheetjs';
import { nodePdfResources } from '../../src/readers/pdf/node-resources';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { convertWithLibreOffice, describeWithLibreOffice } from '../fixtures/files/libreoffice';
import { specAs } from '../fixtures/files/sheetjs-files';
import { sampleWithErrorsSpec, seed000Workbook } from '../fixtures/seeds/workbooks';
import { specToXlsx, type WorkbookSpec } from '../fixtures/workbook-spec';
import { findingLines, tableLines } from './findings-shape';

const OPTIONS = { pdf: nodePdfResources() };

async function reportOf(bytes: Uint8Array) {
  const doc = await readDocument(bytes, OPTIONS);
  return { doc, report: check(doc.grid, 'x') };
}

async function xlsxReport(spec: WorkbookSpec) {
  return check(await readWorkbook(new Uint8Array(await specToXlsx(spec))), 'x');
}

describe('SheetJS reader', () => {
  it.each(['biff8', 'ods', 'xlsb'] as const)('%s: the planted mistakes are the same findings as in the .xlsx', async (bookType) => {
    const spec = sampleWithErrorsSpec();
    const { doc, report } = await reportOf(await specAs(spec, bookType));
    const expected = await xlsxReport(spec);
    expect(doc.format).toBe(bookType === 'biff8' ? 'xls' : bookType);
    expect(tableLines(report)).toEqual(tableLines(expected));
    expect(findingLines(report)).toEqual(findingLines(expected));
    expect(report.summary.errors).toBe(3);
  });

  it('keeps the cached value of a formula (never recalculates), its formula, format and merges', async () => {
    const spec: WorkbookSpec = {
      sheets: [
        { name: '表', rows: [['部门预算支出总表'], ['甲', 1], ['乙', 2], ['合计', { v: 999, f: 'SUM(B2:B3)' }]], merges: ['A1:B1'] },
        { name: '隐藏', rows: [['备注']], state: 'hidden' },
      ],
    };
    const ods = await readDocument(await specAs(spec, 'ods'), OPTIONS);
    const total = ods.grid.sheets[0].cells[3][1]!;
    expect(total.value.kind === 'number' && total.value.num.toFixed()).toBe('999');
    expect(total.formula).toBe('SUM(B2:B3)');
    expect(total.numFmt).toBe('0.00');
    expect(ods.grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    const xls = await readDocument(await specAs(spec, 'biff8'), OPTIONS);
    const cached = xls.grid.sheets[0].cells[3][1]!;
    expect(cached.value.kind === 'number' && cached.value.num.toFixed()).toBe('999');
    expect(xls.grid.sheets.map((s) => s.state)).toEqual(['visible', 'hidden']);
  });

  it('a damaged .xls is one Chinese sentence, not a crash', async () => {
    const good = await specAs(seed000Workbook().spec, 'biff8');
    await expect(readDocument(good.slice(0, 1200), OPTIONS)).rejects.toThrow(/损坏|不完整/);
  });

  it('converts the workbook to .xlsx for the annotated copy, cells where they were', async () => {
    const spec = sampleWithErrorsSpec();
    const xlsx = await sheetJsToXlsx(await specAs(spec, 'biff8'));
    const report = check(await readWorkbook(xlsx), 'x');
    expect(findingLines(report)).toEqual(findingLines(await xlsxReport(spec)));
  });
});

describeWithLibreOffice('.xls / .ods saved by LibreOffice')('files another program wrote', () => {
  it.each(['xls', 'ods'])('%s: same tables and findings as the .xlsx it was saved from', async (to) => {
    const spec = sampleWithErrorsSpec();
    const bytes = convertWithLibreOffice(new Uint8Array(await specToXlsx(spec)), 'budget.xlsx', to);
    const { report } = await reportOf(bytes);
    const expected = await xlsxReport(spec);
    expect(tableLines(report)).toEqual(tableLines(expected));
    expect(findingLines(report)).toEqual(findingLines(expected));
  });
});
