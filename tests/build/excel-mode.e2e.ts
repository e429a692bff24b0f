// The built task pane's Excel path in headless Chromium: office.js is replaced by tests/build/fake-office.ts
// (Office/Excel globals over the Excel fake with seed 000 and one typo). Checks 校验 marks the typo's cell,
// clicking a finding selects its cell, 清除标注 restores the workbook, and no CSP rule breaks.
// Run after `npm run build`:  npx tsx tests/build/excel-mode.e2e.ts [chromium path]
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import webpack from 'webpack';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-artifacts');
const { createHandler } = require('../../scripts/serve.js') as { createHandler: (root: string) => Parameters<typeof createServer>[1] };

/** Bundle fake-office.ts for the page (a small build: the fake, the seed fixture and grid helpers). */
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
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve(join(OUT, 'fake-office.js')))),
  );
}

type Snapshot = { leafFill: unknown; leafNote: unknown; marked: number; selection?: string; contents: string };
const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => {
    type Cell = { value: unknown; formula?: string; fill?: unknown; note?: string };
    type Book = { sheets: { name: string; cells: Map<string, Cell> }[]; selection?: string };
    const fake = (globalThis as unknown as { __fake: { book: Book; stats: { leaf: string } } }).__fake;
    const m = /^([A-Z])(\d+)$/.exec(fake.stats.leaf) as RegExpExecArray;
    const leafCell = fake.book.sheets.find((s) => s.name === '表3')?.cells.get(`${Number(m[2]) - 1},${m[1].charCodeAt(0) - 65}`);
    const all = fake.book.sheets.flatMap((s) => [...s.cells.values()]);
    return {
      leafFill: leafCell?.fill ?? null,
      leafNote: leafCell?.note ?? null,
      marked: all.filter((c) => c.fill).length,
      selection: fake.book.selection,
      contents: JSON.stringify(fake.book.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula]))),
    };
  });

async function main(): Promise<void> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('run npm run build first');
  mkdirSync(OUT, { recursive: true });
  const fakeOffice = await bundleFakeOffice();
  const server = createServer(createHandler(dist));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.argv[2] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const problems: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort('internetdisconnected')));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Content.Security.Policy|EvalError/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript({ path: fakeOffice });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${base}/taskpane.html`);
    const before = (await snapshot(page)).contents;
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.waitForFunction(() => {
      const f = (globalThis as unknown as { __fake: { book: { sheets: { cells: Map<string, { fill?: unknown }> }[] } } }).__fake;
      return f.book.sheets.some((s) => [...s.cells.values()].some((c) => c.fill));
    }, undefined, { timeout: 30000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, 'excel-mode-checked.png'), fullPage: true });
    const marked = await snapshot(page);
    console.log(`after 校验: ${marked.marked} cells filled; typo cell fill ${JSON.stringify(marked.leafFill)}`);
    if (!marked.leafFill) problems.push('the typo cell was not filled');
    if (typeof marked.leafNote !== 'string' || !marked.leafNote.startsWith('【预算公开校验】')) problems.push('the typo cell has no note');

    const list = page.getByRole('list', { name: '校验结果列表' });
    const first = (await list.count()) > 0 ? list.getByRole('button').first() : page.getByRole('button').filter({ hasText: '错误' }).first();
    await first.click();
    await page.waitForTimeout(500);
    const selected = await snapshot(page);
    console.log(`after clicking the first finding: selection ${selected.selection ?? '(none)'}`);
    if (!selected.selection) problems.push('clicking a finding selected no cell');

    await page.getByRole('button', { name: '清除标注', exact: true }).click();
    await page.waitForTimeout(1000);
    const cleared = await snapshot(page);
    await page.screenshot({ path: join(OUT, 'excel-mode-cleared.png'), fullPage: true });
    console.log(`after 清除标注: ${cleared.marked} cells filled`);
    if (cleared.marked !== 0 || cleared.leafNote !== null) problems.push('清除标注 left fills or notes');
    if (cleared.contents !== before) problems.push('values or formulas changed');
    const stats = await page.evaluate(() => (globalThis as unknown as { __fake: { stats: unknown } }).__fake.stats);
    console.log(`Excel.run calls and syncs: ${JSON.stringify(stats)}`);
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('Excel mode OK');
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
