// PDF layouts written in code with pdf-lib: a table split over pages (page header repeated, page numbers), a
// two-line header, right-aligned numbers with separators, prose pages, a scan without text. The rebuilt grid is
// recognized and checked by the same engine, and each finding says on which page and line it is printed.
import { check } from '../../src/engine/check';
import { recognizeWorkbook } from '../../src/engine/tables/recognize';
import { pageLines } from '../../src/readers/pdf/lines';
import { extractPdfText } from '../../src/readers/pdf/load-pdf';
import { locateFindings, type PdfFinding } from '../../src/readers/pdf/locate';
import { nodePdfResources } from '../../src/readers/pdf/node-resources';
import { readPdf } from '../../src/readers/pdf/read-pdf';
import { blankPdf, layoutPdf, type Placed } from '../fixtures/files/pdf-layout';
import { tablePages } from '../fixtures/files/pdf-table';
import type { TableBlock } from '../fixtures/seeds/block';
import { expenditureSummary000, incomeSummary000 } from '../fixtures/seeds/seed000';

const RES = nodePdfResources();

/** The block with one data cell retyped (the row whose code is `code`, block column `col`). */
function retyped(block: TableBlock, code: string, col: number, value: number): TableBlock {
  const rows = block.rows.map((r) => [...r]);
  const row = rows.find((r) => r[1] === code);
  if (!row) throw new Error(`no row ${code}`);
  row[col] = value;
  return { ...block, rows };
}

async function read(pages: Placed[][]) {
  const pdf = await readPdf(await layoutPdf(pages), RES);
  const report = locateFindings(check(pdf.grid, 'x.pdf'), pdf.spots);
  return { pdf, report, findings: report.findings as PdfFinding[] };
}

describe('PDF tables rebuilt from the text layer', () => {
  it('joins a table split over two pages, drops the repeated page header and the page numbers', async () => {
    const pages = tablePages(expenditureSummary000(), { rowsPerPage: 14 });
    expect(pages).toHaveLength(2);
    const { pdf, report } = await read(pages);
    expect(report.tables.map((t) => [t.kind, t.rows])).toEqual([['expenditure-summary', 24]]);
    expect(report.findings).toEqual([]);
    const texts = pdf.grid.sheets.flatMap((s) => s.cells.flatMap((r) => (r ?? []).map((c) => c?.text ?? '')));
    expect(texts.filter((t) => t === '序号')).toHaveLength(1);
    expect(texts.some((t) => /第\s*\d\s*页/.test(t))).toBe(false);
  });

  it('points a typo on the second page at that page and line', async () => {
    const block = retyped(expenditureSummary000(), '2101550', 3, 383.68);
    const pages = tablePages(block, { rowsPerPage: 14 });
    const { findings } = await read(pages);
    expect(findings).toHaveLength(1);
    expect(findings[0].rule).toBe('row/expenditure-split');
    expect(findings[0].expected).toBe('383.86');
    // The line on page 2 that prints 2101550 事业运行, counted as a reader counts them.
    const text = await extractPdfText(await layoutPdf(pages), RES);
    const line = pageLines(text[1]).find((l) => l.segments.some((s) => s.text === '2101550'));
    expect(line).toBeDefined();
    expect([findings[0].page, findings[0].line]).toEqual([2, line!.no]);
  });

  it('also joins a continuation page that repeats the title', async () => {
    const { report } = await read(tablePages(expenditureSummary000(), { rowsPerPage: 10, repeatTitle: true }));
    expect(report.tables.map((t) => [t.kind, t.rows])).toEqual([['expenditure-summary', 24]]);
    expect(report.findings).toEqual([]);
  });

  it('reads a two-line header: wrapped labels (科目/编码, 财政拨款/收入) under a group label', async () => {
    const { pdf, report } = await read(tablePages(incomeSummary000()));
    const [table] = recognizeWorkbook(pdf.grid).tables;
    expect(table.kind).toBe('income-summary');
    expect(table.columns.map((c) => c.key)).toEqual([
      'total', 'currentIncome', 'fiscalGrant', 'fiscalAccount', 'business', 'operatingIncome', 'upperSubsidy',
      'subsidiaryRemit', 'otherIncome', 'carryover',
    ]);
    expect(table.rows.filter((r) => r.code !== null)).toHaveLength(23);
    expect(report.findings).toEqual([]);
  });

  it('reads right-aligned amounts with thousands separators as the numbers they are', async () => {
    const block = retyped(expenditureSummary000(), '2101301', 3, 1917);
    const { pdf, findings } = await read(tablePages(block, { thousands: true }));
    const [table] = recognizeWorkbook(pdf.grid).tables;
    const total = table.rows.find((r) => r.level === 'total')!;
    expect(total.amounts.total.value?.toFixed(2)).toBe('3232.07');
    expect(total.amounts.total.cell?.text).toBe('3,232.07');
    expect(findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([['row/expenditure-split', '1971.00', '1917.00']]);
  });

  it('finds the 说明 pages and checks their figures against the tables, at page and line', async () => {
    const prose: Placed[] = [
      { text: '灵寿县医疗保障局2021年部门预算信息公开情况说明', x: 120, y: 50, size: 14 },
      { text: '二、部门预算安排的总体情况', x: 60, y: 90 },
      { text: '2021年部门支出预算为3232.07万元，其中基本支出567.27万元，项目支出2655.8万元。', x: 80, y: 110 },
    ];
    const { findings } = await read([...tablePages(expenditureSummary000()), prose]);
    const wrong = findings.find((f) => f.rule === 'narrative/figure-mismatch');
    expect(wrong).toBeDefined();
    expect(wrong!.expected).toBe('576.27');
    expect([wrong!.page, wrong!.line]).toEqual([2, 3]);
  });

  it('says a scanned PDF has no text layer, in one sentence', async () => {
    await expect(readPdf(await blankPdf(), RES)).rejects.toThrow(/没有文字层.*扫描件/);
  });

  it('says a damaged PDF cannot be read', async () => {
    const bytes = await layoutPdf(tablePages(expenditureSummary000()));
    await expect(readPdf(bytes.slice(0, 400), RES)).rejects.toThrow(/PDF 文件已损坏/);
  });
});
