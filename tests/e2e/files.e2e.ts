// The web page with the files reviewers and clerks hold: a published PDF (the finding's page drawn by pdf.js on a
// canvas with the spot marked), an .xls, the Word 说明 (「核对 Word 说明」) and last year's PDF for the prior-year
// figures. Nothing but the page's own files is requested (pdf.js's cMaps are chunks of the app).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { narrativeDocx } from '../fixtures/files/docx-files';
import { layoutPdf } from '../fixtures/files/pdf-layout';
import { tablePages } from '../fixtures/files/pdf-table';
import { specAs } from '../fixtures/files/sheetjs-files';
import { onePerSheet } from '../fixtures/seeds/arrangements';
import { expenditureSummary000, incomeExpenditureSummary000, seed000Blocks, threePublic000 } from '../fixtures/seeds/seed000';
import { narrative000 } from '../fixtures/seeds/seed000-narrative';
import { sampleWithErrorsSpec } from '../fixtures/seeds/workbooks';
import { specToXlsx } from '../fixtures/workbook-spec';
import { ARTIFACTS, CHROMIUM, DIST, describeIfReady } from './browser-env';
import { serveStatic, type StaticServer } from './static-server';

const WORK = join(ARTIFACTS, 'e2e-other-files');
const path = (name: string) => join(WORK, name);

function isLocal(url: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:')) return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost';
}

describeIfReady('web page with .xls, PDF and Word files', () => {
  let browser: Browser;
  let server: StaticServer;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(WORK, { recursive: true });
    const block = expenditureSummary000();
    const rows = block.rows.map((r) => [...r]);
    rows.find((r) => r[1] === '2101550')![3] = 383.68;
    writeFileSync(path('公开.pdf'), await layoutPdf(tablePages({ ...block, rows }, { rowsPerPage: 14 })));
    writeFileSync(path('预算.xls'), await specAs(sampleWithErrorsSpec(), 'biff8'));
    writeFileSync(path('表格.xlsx'), await specToXlsx(onePerSheet(seed000Blocks()).spec));
    writeFileSync(path('说明.docx'), await narrativeDocx(narrative000(), (t) => t.replace('2021年预算收入3232.07万元', '2021年预算收入3223.07万元')));
    const lastYear = [incomeExpenditureSummary000(), expenditureSummary000(), threePublic000()].flatMap((b) => tablePages(b));
    writeFileSync(path('上年公开.pdf'), await layoutPdf(lastYear));
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(file: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('open-workbook').setInputFiles(path(file));
    await page.getByTestId('finding-count').or(page.getByText('未发现问题')).first().waitFor({ timeout: 120_000 });
    return page;
  }

  it('a published PDF: the finding, then its page drawn with the spot marked', async () => {
    const page = await open('公开.pdf');
    await expect(page.getByTestId('finding-count').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('download-annotated').count()).resolves.toBe(0);
    await page.getByTestId('finding').first().click();
    const view = page.getByTestId('pdf-page-view');
    await view.waitFor();
    await expect(view.getAttribute('aria-label')).resolves.toMatch(/^第 2 页第 \d+ 行$/);
    await page.getByTestId('pdf-mark').waitFor({ timeout: 60_000 });
    const size = await view.locator('canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    expect(size[0]).toBeGreaterThan(600);
    await page.screenshot({ path: join(ARTIFACTS, 'web-pdf-finding.png'), fullPage: true });
    // The font is not embedded (STSong-Light, UniGB-UCS2-H): its cMap came as one of the app's own chunks.
    expect(requests.some((u) => /\/pdfjs-cmap-UniGB-UCS2-H-bcmap\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  });

  it('an .xls: the planted mistakes, and the annotated copy offered as .xlsx', async () => {
    const page = await open('预算.xls');
    await expect(page.getByTestId('finding-count').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('download-annotated').count()).resolves.toBe(1);
  });

  it('「核对 Word 说明」: the wrong figure at its paragraph', async () => {
    const page = await open('表格.xlsx');
    await page.getByTestId('word-narrative').setInputFiles(path('说明.docx'));
    const found = page.getByTestId('word-findings');
    await found.waitFor({ timeout: 60_000 });
    await expect(found.textContent()).resolves.toMatch(/第 \d+ 段.*3223\.07万元/);
    await page.screenshot({ path: join(ARTIFACTS, 'web-word-narrative.png'), fullPage: true });
  });

  it('the 情况说明 tab takes last year\'s PDF and lists where each figure came from', async () => {
    const page = await open('表格.xlsx');
    await page.getByRole('tab', { name: '情况说明' }).click();
    await page.getByTestId('prior-file').setInputFiles(path('上年公开.pdf'));
    await page.getByText(/已从「上年公开\.pdf」/).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/收支总计 3232\.07 万元 —— 「部门预算收支总表」第 2 页第 \d+ 行/).count()).resolves.toBe(1);
  });

  it('requested nothing outside this machine', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
