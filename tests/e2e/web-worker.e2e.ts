// The web page runs the engine in a Web Worker: the check is done there (the page never loads exceljs), a running
// check can be cancelled, two files dropped at once get a message, and opened from file:// (where Chromium refuses
// workers) the same page still checks the workbook on its own thread.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { specToXlsxFast } from '../../scripts/bench/spec-xlsx';
import { unitsWorkbook } from '../../scripts/bench/units-workbook';
import { ARTIFACTS, CHROMIUM, DIST, describeIfReady } from './browser-env';
import { buildFixture, type E2eFixture } from './fixture';
import { serveStatic, type StaticServer } from './static-server';

const WORK = join(ARTIFACTS, 'e2e-worker');

describeIfReady('web page engine worker', () => {
  let browser: Browser;
  let server: StaticServer;
  let fixture: E2eFixture;
  const small = join(WORK, '灵寿县医疗保障局2021.xlsx');
  const big = join(WORK, '50个单位.xlsx');

  beforeAll(async () => {
    mkdirSync(WORK, { recursive: true });
    fixture = await buildFixture();
    writeFileSync(small, fixture.bytes);
    writeFileSync(big, specToXlsxFast(unitsWorkbook(50).spec));
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string): Promise<{ page: Page; scripts: string[]; workers: string[] }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    const workers: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(url);
    await page.getByRole('button', { name: '打开工作簿' }).waitFor();
    return { page, scripts, workers };
  }

  it('over http: the check runs in engine-worker.js and the page shows the engine\'s findings', async () => {
    const { page, scripts, workers } = await open(server.url);
    await page.getByTestId('open-workbook').setInputFiles(small);
    await page.getByTestId('finding-count').waitFor({ timeout: 120_000 });
    await expect(page.getByTestId('finding-count').textContent()).resolves.toBe(String(fixture.report.findings.length));
    expect(workers.some((u) => u.endsWith('/engine-worker.js'))).toBe(true);
    // The page itself never fetched exceljs: reading is the worker's.
    expect(scripts.some((u) => /exceljs/.test(u))).toBe(false);
    await page.context().close();
  });

  it('cancel stops a running check; checking again works', async () => {
    const { page } = await open(server.url);
    await page.getByTestId('open-workbook').setInputFiles(big);
    await page.getByTestId('cancel-check').click({ timeout: 60_000 });
    await page.getByText('点击「校验」检查当前工作簿', { exact: false }).first().waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('finding-count').count()).resolves.toBe(0);
    await expect(page.getByTestId('cancel-check').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByTestId('finding-count').waitFor({ timeout: 180_000 });
    await page.context().close();
  });

  it('two files dropped at once: a message, nothing opened', async () => {
    const { page } = await open(server.url);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['a'], '一.xlsx'));
      dt.items.add(new File(['b'], '二.xlsx'));
      const zone = document.querySelector('[data-testid="open-workbook"]')?.parentElement;
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/一次只能打开一个工作簿，刚才拖入了 2 个文件/);
    await expect(page.getByTestId('finding-count').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('opened from file:// (no worker allowed): the page checks on its own thread and shows the same findings', async () => {
    const { page, workers } = await open(`file://${join(DIST, 'taskpane.html')}`);
    await page.getByTestId('open-workbook').setInputFiles(small);
    await page.getByTestId('finding-count').waitFor({ timeout: 120_000 });
    await expect(page.getByTestId('finding-count').textContent()).resolves.toBe(String(fixture.report.findings.length));
    expect(workers.filter((u) => u.startsWith('file:'))).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-file-url.png'), fullPage: true });
    await page.context().close();
  });
});
