// The command line on the files clerks and reviewers hold: .xls, the published PDF (findings at 「第 N 页第 M 行」),
// a scanned PDF, the Word 说明 (--narrative), annotate on an .xls (an .xlsx copy), draft --prior from a PDF.
import Ajv2020 from 'ajv/dist/2020';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { detectFormat } from '../../src/readers/format';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { RESULTS_SHEET_NAME } from '../../src/xlsx/annotate-results-sheet';
import { narrativeDocx } from '../fixtures/files/docx-files';
import { blankPdf, layoutPdf } from '../fixtures/files/pdf-layout';
import { tablePages } from '../fixtures/files/pdf-table';
import { specAs } from '../fixtures/files/sheetjs-files';
import { onePerSheet } from '../fixtures/seeds/arrangements';
import { expenditureSummary000, incomeExpenditureSummary000, seed000Blocks, threePublic000 } from '../fixtures/seeds/seed000';
import { narrative000 } from '../fixtures/seeds/seed000-narrative';
import { sampleWithErrorsSpec } from '../fixtures/seeds/workbooks';
import { specToXlsx } from '../fixtures/workbook-spec';
import { oleFile } from '../robustness/bad-files';

const STACK = /\n\s+at |Error:/;
const dir = mkdtempSync(join(tmpdir(), 'bd-files-'));
const file = (name: string) => join(dir, name);

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

async function run(...argv: string[]) {
  const io = capture();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

beforeAll(async () => {
  writeFileSync(file('errors.xls'), await specAs(sampleWithErrorsSpec(), 'biff8'));
  writeFileSync(file('errors.xlsx'), await specToXlsx(sampleWithErrorsSpec()));
  writeFileSync(file('tables.xlsx'), await specToXlsx(onePerSheet(seed000Blocks()).spec));
  const block = expenditureSummary000();
  const rows = block.rows.map((r) => [...r]);
  rows.find((r) => r[1] === '2101550')![3] = 383.68;
  writeFileSync(file('published.pdf'), await layoutPdf(tablePages({ ...block, rows }, { rowsPerPage: 14 })));
  writeFileSync(file('scan.pdf'), await blankPdf());
  writeFileSync(file('last-year.pdf'), await layoutPdf([incomeExpenditureSummary000(), expenditureSummary000(), threePublic000()].flatMap((b) => tablePages(b))));
  writeFileSync(file('说明.docx'), await narrativeDocx(narrative000(), (t) => t.replace('2021年预算收入3232.07万元', '2021年预算收入3223.07万元')));
  writeFileSync(file('old.doc'), oleFile(['WordDocument']));
});

describe('check on other files', () => {
  it('.xls: the same findings as the .xlsx it holds, exit 1', async () => {
    const xls = await run('check', file('errors.xls'), '--json');
    const xlsx = await run('check', file('errors.xlsx'), '--json');
    expect(xls.code).toBe(1);
    const strip = (out: string) => (JSON.parse(out) as { findings: object[] }).findings;
    expect(strip(xls.out)).toEqual(strip(xlsx.out));
  });

  it('PDF: the text report says page and line; --json adds page/line and still matches the schema', async () => {
    const text = await run('check', file('published.pdf'));
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/错误 {2}第 2 页第 \d+ 行 {2}项 2101550 事业运行/);
    const json = await run('check', file('published.pdf'), '--json');
    const report = JSON.parse(json.out) as { findings: { page: number; line: number; sheet: string; cell: string }[] };
    const schema = JSON.parse(readFileSync(join(__dirname, '../fixtures/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(report)).toBe(true);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].page).toBe(2);
    expect(report.findings[0].line).toBeGreaterThan(5);
  });

  it('a scanned PDF: exit 2, one Chinese sentence (JSON: the error field), no stack trace', async () => {
    const text = await run('check', file('scan.pdf'));
    expect(text.code).toBe(2);
    expect(text.err.trim().split('\n')).toHaveLength(1);
    expect(text.err).toMatch(/没有文字层/);
    const json = await run('check', file('scan.pdf'), '--json');
    expect((JSON.parse(json.out) as { error: string }).error).toMatch(/扫描件/);
    expect(`${text.out}${text.err}${json.err}`).not.toMatch(STACK);
  });

  it('--narrative: the Word 说明 checked against the tables, the finding at its paragraph', async () => {
    const text = await run('check', file('tables.xlsx'), '--narrative', file('说明.docx'));
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/说明\.docx 第 \d+ 段 {2}情况说明中「.*3223\.07万元」与表格不一致/);
    const json = await run('check', file('tables.xlsx'), '--narrative', file('说明.docx'), '--json');
    const wrong = (JSON.parse(json.out) as { findings: Record<string, unknown>[] }).findings.filter((f) => f.rule === 'narrative/figure-mismatch');
    expect(wrong).toEqual([expect.objectContaining({ source: '说明.docx', sheet: '说明.docx', paragraph: expect.any(Number) })]);
    expect(wrong[0].cell).toBe(`A${wrong[0].paragraph as number}`);
  });

  it('--narrative with an old .doc: exit 2 and what to do', async () => {
    const text = await run('check', file('tables.xlsx'), '--narrative', file('old.doc'));
    expect(text.code).toBe(2);
    expect(text.err).toMatch(/另存为” \.docx/);
  });
});

describe('annotate and draft on other files', () => {
  it('annotate on an .xls writes an .xlsx copy and says so; the input is untouched', async () => {
    const before = readFileSync(file('errors.xls'));
    const res = await run('annotate', file('errors.xls'), '-o', file('marked.xls'));
    expect(res.code).toBe(1);
    expect(res.out).toContain('标注副本保存为 .xlsx 格式');
    expect(existsSync(file('marked.xls'))).toBe(false);
    const copy = new Uint8Array(readFileSync(file('marked.xlsx')));
    expect(detectFormat(copy)).toBe('xlsx');
    expect((await readWorkbook(copy)).sheets[0].name).toBe(RESULTS_SHEET_NAME);
    expect(readFileSync(file('errors.xls')).equals(before)).toBe(true);
  });

  it('annotate on a PDF is refused with what to do instead', async () => {
    const res = await run('annotate', file('published.pdf'), '-o', file('x.xlsx'));
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/PDF 文件无法加标注/);
    expect(existsSync(file('x.xlsx'))).toBe(false);
  });

  it('draft --prior LAST.pdf takes last year\'s figures and lists where each came from', async () => {
    const res = await run('draft', file('tables.xlsx'), '--prior', file('last-year.pdf'));
    expect(res.code).toBe(0);
    expect(res.err).toContain('上年数取自');
    expect(res.err).toMatch(/收支总计 3232\.07 万元 —— 「部门预算收支总表」第 2 页第 \d+ 行/);
    expect(res.err).toMatch(/“三公”经费 3\.00 万元 —— 「部门预算财政拨款“三公”经费支出表」第 \d 页第 \d+ 行/);
    // The 收支总表 runs over two pages; 支出总计 is its last row, on page 2.
    // Same year as the tables: the clerk is warned it is not last year's file.
    expect(res.err).toMatch(/预算年度是 2021 年.*2020 年的公开文件/);
    expect(res.out).not.toContain('上年数取自');
  });
});
