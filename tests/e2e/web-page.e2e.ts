// Real-browser test of the standalone web page: the production build served on 127.0.0.1, Debian's Chromium
// driven by playwright-core. Loads a seed workbook with one number changed, checks the findings, the annotated
// download, the draft, and that no request leaves localhost. Screenshots go to test-artifacts/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { groupByCell, MARK_FILL, NOTE_PREFIX, worstSeverity } from '../../src/engine/mark-style';
import { buildFixture, CHANGED_SHEET, type E2eFixture } from './fixture';
import { ARTIFACTS, CHROMIUM, DIST, describeIfReady, ROOT } from './browser-env';
import { serveStatic, type StaticServer } from './static-server';

const WORK = join(ARTIFACTS, 'e2e-files');
const LONG_SHEET = 'BudgetSheetWithoutAnyCodes2024X';

/** Requests that left the machine (anything but 127.0.0.1/localhost, blob: and data:). */
function isLocal(url: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:')) return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost';
}

describeIfReady('web page in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let fixture: E2eFixture;
  const requests: string[] = [];
  const inputPath = join(WORK, '灵寿县医疗保障局2021-改动一处.xlsx');

  beforeAll(async () => {
    mkdirSync(WORK, { recursive: true });
    fixture = await buildFixture();
    writeFileSync(inputPath, fixture.bytes);
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
    const viewport = { width, height: 900 };
    const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN', colorScheme });
    context.on('request', (r) => requests.push(r.url()));
    // Block (and still record) anything that is not local, so a stray request cannot hang the test.
    await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: '打开工作簿' }).waitFor();
    return { context, page };
  }

  async function loadWorkbook(page: Page): Promise<void> {
    await page.getByTestId('open-workbook').setInputFiles(inputPath);
    await page.getByTestId('finding-count').waitFor({ timeout: 120_000 });
  }

  it('engine sanity: the changed number yields errors the unchanged seed does not have', () => {
    expect(fixture.report.summary.errors).toBeGreaterThan(fixture.baseline.summary.errors);
    expect(fixture.report.findings.some((f) => f.sheet === CHANGED_SHEET)).toBe(true);
  });

  it('at 360 px: loads the workbook, shows the findings, selects one, downloads the annotated copy', async () => {
    const { context, page } = await openPage(360);
    await page.screenshot({ path: join(ARTIFACTS, 'web-360-start.png'), fullPage: true });
    await loadWorkbook(page);
    const expected = fixture.report.findings.length;
    await expect(page.getByTestId('finding-count').textContent()).resolves.toBe(String(expected));
    await expect(page.getByTestId('finding').count()).resolves.toBe(expected);
    await page.screenshot({ path: join(ARTIFACTS, 'web-360-results.png'), fullPage: true });

    const first = page.getByTestId('finding').first();
    const at = (await first.getAttribute('data-cell')) ?? '';
    const target = fixture.report.findings.find((f) => `${f.sheet}!${f.cell}` === at);
    if (!target) throw new Error(`the page shows a finding at ${at} the engine did not report`);
    await first.click();
    await expect(first.getAttribute('aria-expanded')).resolves.toBe('true');
    const details = page.getByTestId('finding-details');
    await expect(details.textContent()).resolves.toContain(`${target.sheet}!${target.cell}`);
    await expect(page.getByTestId('cell-preview').textContent()).resolves.toContain(`${target.sheet}!${target.cell}`);
    await page.screenshot({ path: join(ARTIFACTS, 'web-360-finding.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-annotated').click()]);
    const annotatedPath = join(WORK, download.suggestedFilename());
    await download.saveAs(annotatedPath);
    expect(download.suggestedFilename()).toBe('灵寿县医疗保障局2021-改动一处（标注版）.xlsx');
    const atCell = groupByCell(fixture.report.findings).get(at) ?? [];
    await expectAnnotated(annotatedPath, target.sheet, target.cell, MARK_FILL[worstSeverity(atCell)]);
    await page.getByRole('tab', { name: '情况说明' }).click();
    await page.getByTestId('narrative').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-360-narrative.png'), fullPage: true });
    await page.getByRole('tab', { name: '科目表' }).click();
    await page.getByRole('button', { name: '导入', exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-360-codes.png'), fullPage: true });
    await context.close();
  });

  it('at 1280 px: shows the tables and the draft with the expected total, exports Word', async () => {
    const { context, page } = await openPage(1280);
    await loadWorkbook(page);
    await page.screenshot({ path: join(ARTIFACTS, 'web-1280-results.png'), fullPage: true });
    await expect(page.getByTestId('tables-found').locator('li').count()).resolves.toBe(fixture.report.tables.length);
    await expectKeyboardSelects(page);
    await page.getByRole('tab', { name: '情况说明' }).click();
    const narrative = page.getByTestId('narrative');
    await narrative.waitFor();
    const text = (await narrative.textContent()) ?? '';
    expect(text).toContain('现将灵寿县医疗保障局2021年部门预算公开如下');
    expect(text).toContain('2021年预算收入3232.07万元');
    await page.screenshot({ path: join(ARTIFACTS, 'web-1280-narrative.png'), fullPage: true });
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    const docxPath = join(WORK, docx.suggestedFilename());
    await docx.saveAs(docxPath);
    expect(docx.suggestedFilename()).toMatch(/信息公开情况说明\.docx$/);
    await context.close();
  });

  it('at 320 px with a dark colour scheme: dark theme, nothing wider than the window', async () => {
    const { context, page } = await openPage(320, 'dark');
    await loadWorkbook(page);
    await page.screenshot({ path: join(ARTIFACTS, 'web-320-dark.png'), fullPage: true });
    const bg = await page.locator('.fui-FluentProvider').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
    expect(r + g + b).toBeLessThan(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('opened by Office (_host_Info in the URL) it loads office.js and waits for Excel, never showing the file picker', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    const officeRequests: string[] = [];
    await context.route(/appsforoffice\.microsoft\.com/, (route) => {
      officeRequests.push(route.request().url());
      // A stand-in office.js whose host is not Excel: the page says so instead of turning into the web page.
      return route.fulfill({ contentType: 'text/javascript', body: 'window.Office={onReady:function(){return Promise.resolve({host:null});}};' });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
    await page.getByText('本加载项只能在 Excel 中使用', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: '打开工作簿' }).count()).toBe(0);
    expect(officeRequests).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    await context.close();
  });

  it('at 320 px a long message wraps instead of widening the page, and the sheet picker leaves the page visible', async () => {
    // A sheet whose 31-letter name has no break opportunity lands in the 科目表 import error.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Uint8Array.from(fixture.bytes).buffer);
    wb.addWorksheet(LONG_SHEET).addRow(['没有科目编码的表']);
    const longPath = join(WORK, '灵寿县医疗保障局2021-长表名.xlsx');
    await wb.xlsx.writeFile(longPath);
    const { context, page } = await openPage(320);
    await page.getByTestId('open-workbook').setInputFiles(longPath);
    await page.getByTestId('finding-count').waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: '科目表' }).click();
    await page.getByRole('combobox').click();
    await page.getByRole('option', { name: LONG_SHEET }).click();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: LONG_SHEET });
    await alert.waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, 'web-320-long-message.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The message itself must fit its bar: a single-line (nowrap) bar cuts it off or widens the pane.
    const bar = await alert.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(bar.scroll).toBeLessThanOrEqual(bar.client);
    await context.close();
  });

  it('made no request beyond its own static files', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});

/** From the severity filter, Tab reaches the first finding and Enter opens its details (real focus order). */
async function expectKeyboardSelects(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /^全部/ }).focus();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'finding')) break;
  }
  const focused = page.locator('[data-testid="finding"]:focus');
  await expect(focused.count()).resolves.toBe(1);
  await page.keyboard.press('Enter');
  await expect(focused.getAttribute('aria-expanded')).resolves.toBe('true');
}

/** Re-read the annotated copy: the finding's cell has the error fill and our note. */
async function expectAnnotated(path: string, sheet: string, cell: string, colour: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const c = wb.getWorksheet(sheet)?.getCell(cell);
  const fill = c?.fill as ExcelJS.FillPattern | undefined;
  expect(fill?.fgColor?.argb).toBe(`FF${colour.slice(1).toUpperCase()}`);
  const note = c?.note;
  const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  expect(text.startsWith(NOTE_PREFIX)).toBe(true);
}
