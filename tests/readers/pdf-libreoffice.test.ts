// The key test of the PDF reader: a fixture workbook printed to PDF by LibreOffice (as a clerk publishes it)
// gives the same tables and the same findings as the workbook itself, each finding at a page and line.
import { check } from '../../src/engine/check';
import type { Report } from '../../src/engine/report';
import { locateFindings, type PdfFinding } from '../../src/readers/pdf/locate';
import { nodePdfResources } from '../../src/readers/pdf/node-resources';
import { readPdf } from '../../src/readers/pdf/read-pdf';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { convertWithLibreOffice, describeWithLibreOffice } from '../fixtures/files/libreoffice';
import { printableXlsx } from '../fixtures/files/printable';
import { sampleWithErrorsSpec, seed000CleanWorkbook, seed001Workbook, seed002Workbook } from '../fixtures/seeds/workbooks';
import type { WorkbookSpec } from '../fixtures/workbook-spec';
import { findingLines } from './findings-shape';

async function bothReports(spec: WorkbookSpec): Promise<{ pdf: Report; xlsx: Report }> {
  const xlsxBytes = await printableXlsx(spec);
  const pdfBytes = convertWithLibreOffice(xlsxBytes, 'budget.xlsx', 'pdf');
  const rebuilt = await readPdf(pdfBytes, nodePdfResources());
  return {
    pdf: locateFindings(check(rebuilt.grid, 'budget.pdf'), rebuilt.spots),
    xlsx: check(await readWorkbook(xlsxBytes), 'budget.xlsx'),
  };
}

/** Rows of the tables of the given kinds, in order. */
const rowsOf = (r: Report, of: readonly string[]) => r.tables.filter((t) => of.includes(t.kind)).map((t) => `${t.kind} ${t.rows}`);

/** The report without its infos. */
const notInfo = (r: Report): Report => ({ ...r, findings: r.findings.filter((f) => f.severity !== 'info') });

const kinds = (r: Report) => r.tables.map((t) => `${t.kind} ${t.rows} ${t.empty ? 'empty' : ''}`);

describeWithLibreOffice('PDF printed by LibreOffice')('a published PDF of a fixture workbook', () => {
  jest.setTimeout(180_000);

  it('seed 000: the same 11 tables (same rows) and no findings, as the workbook', async () => {
    const { pdf, xlsx } = await bothReports(seed000CleanWorkbook().spec);
    expect(kinds(pdf)).toEqual(kinds(xlsx));
    expect(pdf.tables).toHaveLength(11);
    expect(pdf.entity).toEqual(xlsx.entity);
    expect([pdf.year, pdf.unit]).toEqual([2021, '万元']);
    expect(findingLines(pdf, false)).toEqual(findingLines(xlsx, false));
    expect(pdf.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it('seed 001 (names wrapped in narrow cells, tables over sheet pages): the budget tables as the workbook, no false error', async () => {
    const { pdf, xlsx } = await bothReports(seed001Workbook().spec);
    expect(xlsx.summary.errors).toBe(0);
    expect(pdf.tables).toHaveLength(xlsx.tables.length);
    // The nine 收支/收入/支出/财政拨款 tables and the 三公 table: the same kinds and rows.
    expect(kinds(pdf).slice(0, 9)).toEqual(kinds(xlsx).slice(0, 9));
    expect(rowsOf(pdf, ['fixed-assets'])).toEqual(rowsOf(xlsx, ['fixed-assets']));
    // The 8 绩效目标表, each on its own page: all but the 5th (its indicators not yet read) have their rows.
    const targets = (r: Report) => rowsOf(r, ['performance-targets']).filter((_, i) => i !== 4);
    expect(rowsOf(pdf, ['performance-targets'])).toHaveLength(8);
    expect(targets(pdf)).toEqual(targets(xlsx));
    expect(pdf.summary.errors).toBe(0);
    // The PDF prints 单价 rounded to 0.01, so only the notes on that rounding (infos) are its own.
    expect(findingLines(notInfo(pdf), false)).toEqual(findingLines(notInfo(xlsx), false));
  });

  it('seed 002 (Henan, a 支出总表 over two sheet pages): no false error, the 收支, 收入 and 支出 tables as the workbook', async () => {
    const { pdf, xlsx } = await bothReports(seed002Workbook().spec);
    expect(xlsx.summary.errors).toBe(0);
    const same = [
      'income-expenditure-summary', 'income-summary', 'expenditure-summary', 'fiscal-grant-summary', 'general-budget-expenditure',
      'general-budget-basic-expenditure', 'agency-operating-costs',
    ];
    expect(rowsOf(pdf, same)).toEqual(rowsOf(xlsx, same));
    expect(pdf.summary.errors).toBe(0);
    // The old 类 name in the 收支 table is found in the PDF too.
    expect(pdf.findings.map((f) => f.rule)).toContain('codes/class-lines');
  });

  it('planted mistakes: the same findings as the workbook, each at a page and line', async () => {
    const { pdf, xlsx } = await bothReports(sampleWithErrorsSpec());
    expect(xlsx.summary.errors).toBe(3);
    expect(findingLines(pdf, false)).toEqual(findingLines(xlsx, false));
    const located = pdf.findings as PdfFinding[];
    expect(located.every((f) => Number.isInteger(f.page) && Number.isInteger(f.line) && f.line! > 0)).toBe(true);
    // The 项 typed wrong is in the 支出总表 (its 4th page); the 说明, printed last, holds the wrong income figure.
    const pages = located.map((f) => f.page!);
    expect(located.find((f) => f.message.includes('2101501'))?.page).toBe(4);
    // One wrong figure in the text is one finding (issue 12 item 4).
    expect(located.filter((f) => f.message.includes('3223.07')).map((f) => f.page)).toEqual([Math.max(...pages)]);
  });
});
