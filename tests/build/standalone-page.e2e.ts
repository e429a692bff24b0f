// Smoke check of the built standalone page in headless Chromium, with no network (office.js unreachable):
// the page must render the browser mode, break no CSP rule, and load exceljs lazily when a workbook is opened.
// Run after `npm run build`:  npx tsx tests/build/standalone-page.e2e.ts [chromium path]
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const { createHandler } = require('../../scripts/serve.js') as { createHandler: (root: string) => Parameters<typeof createServer>[1] };

async function main(): Promise<void> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('run npm run build first');
  const server = createServer(createHandler(dist));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.argv[2] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const problems: string[] = [];
  const requested: string[] = [];
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort('internetdisconnected')));
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Content.Security.Policy|EvalError|unsafe-eval/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const started = Date.now();
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById('root')?.innerText ?? '').trim().length > 20, undefined, { timeout: 20000 });
    console.log(`rendered in ${Date.now() - started} ms without network`);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'standalone-page.png'), fullPage: true });
    const lazy = (u: string) => /(exceljs|docx)\.[0-9a-f]+\.js$/.test(u);
    if (requested.some(lazy)) problems.push('exceljs/docx loaded before any workbook was opened');
    const input = await page.$('input[type=file]');
    const sample = join(ROOT, 'assets', 'sample-budget-2021.xlsx');
    if (input && existsSync(sample)) {
      await input.setInputFiles(sample);
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /exceljs\.[0-9a-f]+\.js$/.test(r.name)), undefined, { timeout: 20000 });
      await page.waitForTimeout(3000);
      await page.screenshot({ path: join(ROOT, 'test-artifacts', 'standalone-page-checked.png'), fullPage: true });
      console.log('opened the sample workbook; exceljs chunk loaded lazily');
    } else console.log('no file input or sample workbook: lazy chunk not exercised');
    console.log(`scripts requested: ${requested.filter((u) => u.endsWith('.js')).join(' ')}`);
    await page.goto(`${base}/commands.html`);
    await page.waitForLoadState('load');
    console.log('commands.html loaded without office.js');
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('standalone page OK');
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
