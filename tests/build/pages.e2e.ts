// Real-browser checks of the built pages that the web-page e2e does not cover: the task pane's Excel path (office.js
// replaced by tests/build/fake-office.ts over the Excel fake with seed 000 and one typo), commands.html without
// network, and no CSP violation anywhere. Runs under jest.e2e.config.js after `npm run build`; skips with a reason
// when Chromium or dist/ is missing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';
import { NOTE_PREFIX } from '../../src/engine/mark-style';
import { ARTIFACTS, CHROMIUM, DIST, describeIfReady, ROOT } from '../e2e/browser-env';
import { serveStatic, type StaticServer } from '../e2e/static-server';

const OUT = ARTIFACTS;

/** Bundle fake-office.ts for the page (the fake, the seed fixture and grid helpers only). */
function bundleFakeOffice(): Promise<string> {
  const compiler = webpack({
    mode: 'none',
    devtool: false,
    target: ['web', 'es2020'],
    entry: join(__dirname, 'fake-office.ts'),
    output: { path: OUT, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } }] },
  });
  return new Promise((done, fail) =>
    compiler.run((err, stats) => (err || stats?.hasErrors() ? fail(err ?? new Error(stats?.toString())) : done(join(OUT, 'fake-office.js')))),
  );
}

interface FakeState {
  leafFill: unknown;
  leafNote: string | null;
  filled: number;
  selection?: string;
  contents: string;
  stats: { runs: number; syncs: number };
}

/** What the fake workbook in the page looks like now. */
const fakeState = (page: Page): Promise<FakeState> =>
  page.evaluate(() => {
    type Cell = { value: unknown; formula?: string; fill?: unknown; note?: string };
    type Fake = { book: { sheets: { name: string; cells: Map<string, Cell> }[]; selection?: string }; stats: { leaf: string; runs: number; syncs: number } };
    const fake = (globalThis as unknown as { __fake: Fake }).__fake;
    const m = /^([A-Z])(\d+)$/.exec(fake.stats.leaf) as RegExpExecArray;
    const leaf = fake.book.sheets.find((s) => s.name === '表3')?.cells.get(`${Number(m[2]) - 1},${m[1].charCodeAt(0) - 65}`);
    return {
      leafFill: leaf?.fill ?? null,
      leafNote: leaf?.note ?? null,
      filled: fake.book.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.fill).length,
      selection: fake.book.selection,
      contents: JSON.stringify(fake.book.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula]))),
      stats: { runs: fake.stats.runs, syncs: fake.stats.syncs },
    };
  });

describeIfReady('built pages in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let base: string;
  let fakeOffice: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    fakeOffice = await bundleFakeOffice();
    server = await serveStatic(DIST);
    base = server.url.replace(/taskpane\.html$/, '');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page with no network beyond 127.0.0.1 that records page errors and CSP violations. */
  async function offlinePage(problems: string[], width = 360): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort('internetdisconnected')));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Content.Security.Policy|EvalError/i.test(m.text())) problems.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    return page;
  }

  it('inside Excel: 校验 marks the typo with fill and note, a finding selects its cell, 清除标注 restores all', async () => {
    const problems: string[] = [];
    const page = await offlinePage(problems);
    await page.addInitScript({ path: fakeOffice });
    await page.goto(`${base}taskpane.html`);
    const before = await fakeState(page);

    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('region', { name: '校验结果列表' }).waitFor();
    await page.waitForFunction(() => (globalThis as unknown as { __fake: { book: { sheets: { cells: Map<string, { fill?: unknown }> }[] } } }).__fake.book.sheets.some((s) => [...s.cells.values()].some((c) => c.fill)));
    await page.screenshot({ path: join(OUT, 'excel-mode-checked.png'), fullPage: true });
    const marked = await fakeState(page);
    expect(marked.leafFill).toEqual({ color: '#F4A6A6', pattern: 'Solid' });
    expect(marked.leafNote?.startsWith(`${NOTE_PREFIX}\n错误：`)).toBe(true);

    await page.getByRole('region', { name: '校验结果列表' }).getByTestId('finding').first().click();
    await page.waitForFunction(() => !!(globalThis as unknown as { __fake: { book: { selection?: string } } }).__fake.book.selection);
    expect((await fakeState(page)).selection).toMatch(/^表3!D2[23]$/);

    await page.getByRole('button', { name: '清除标注', exact: true }).click();
    await page.getByText(/个单元格已恢复原来的底色/).waitFor();
    const cleared = await fakeState(page);
    expect(cleared.filled).toBe(0);
    expect(cleared.leafNote).toBeNull();
    expect(cleared.contents).toBe(before.contents);
    expect(problems).toEqual([]);
  });

  it('the 科目表 sheet picker opens over the pane without blanking it (320 px)', async () => {
    const problems: string[] = [];
    const page = await offlinePage(problems, 320);
    await page.addInitScript({ path: fakeOffice });
    await page.goto(`${base}taskpane.html`);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('region', { name: '校验结果列表' }).waitFor();
    await page.getByRole('tab', { name: '科目表' }).click();
    await page.getByRole('combobox').click();
    await page.getByRole('option').first().waitFor();
    await page.screenshot({ path: join(OUT, 'excel-mode-sheet-picker-320.png') });
    const portals = await page.evaluate(() => [...document.querySelectorAll('[data-portal-node]')].map((n) => ({ minHeight: getComputedStyle(n).minHeight, height: (n as HTMLElement).offsetHeight })));
    expect(portals.length).toBeGreaterThan(0);
    for (const p of portals) expect(p.height).toBeLessThan(100);
    await expect(page.getByRole('tab', { name: '科目表' }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('dialog.html shows the ribbon outcome from its URL fragment, as text, without CSP violations', async () => {
    const problems: string[] = [];
    const page = await offlinePage(problems, 420);
    const msg = { command: 'check', outcome: 'found', message: '校验完成：识别 9 张表，发现 1 个错误、0 个警告，已在单元格中标注。<b>x</b>', at: '2026-03-01T08:05:00.000Z' };
    await page.goto(`${base}dialog.html#${encodeURIComponent(JSON.stringify(msg))}`);
    await page.getByRole('button', { name: '知道了' }).waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('!一键校验：发现问题');
    await expect(page.getByRole('status').textContent()).resolves.toBe(msg.message);
    await page.screenshot({ path: join(OUT, 'ribbon-dialog.png') });
    expect(problems).toEqual([]);
  });

  it('commands.html loads without office.js and without CSP violations', async () => {
    const problems: string[] = [];
    const page = await offlinePage(problems);
    await page.goto(`${base}commands.html`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe('undefined');
    expect(problems).toEqual([]);
  });

  it('the standalone page reads a workbook in its engine worker, never loading exceljs itself, without CSP violations', async () => {
    const problems: string[] = [];
    const page = await offlinePage(problems, 1024);
    const scripts: string[] = [];
    const workers: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${base}taskpane.html`);
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    expect(scripts.filter((u) => /(exceljs|docx)\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
    await page.locator('input[type=file]').setInputFiles(join(ROOT, 'assets', 'sample-budget-2021.xlsx'));
    await page.getByText('已识别的表格').first().waitFor();
    // The .xlsx reader runs in engine-worker.js; exceljs is only for the annotated copy, also in the worker.
    expect(workers.some((u) => u.endsWith('/engine-worker.js'))).toBe(true);
    expect(scripts.filter((u) => /exceljs\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
