// The release zip as a clerk and county IT get it (`npm run test:package`, after `npm run package`): unpacked,
// the offline page opened from file:// in Chromium, the bundled sample workbook picked with the file input, the
// same findings as the engine in Node, its annotated copy, and every request recorded: none may leave the offline
// folder. Also the hosted add-in folder: manifest for ADDIN_BASE_URL that passes the XSDs, every script ES2020, the
// guard ES5.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { check } from '../../src/engine/check';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { findChromium } from '../e2e/chromium';
import { layoutPdf } from '../fixtures/files/pdf-layout';
import { tablePages } from '../fixtures/files/pdf-table';
import { expenditureSummary000 } from '../fixtures/seeds/seed000';

interface Names {
  topFolder(version: string): string;
  zipName(version: string): string;
  ADDIN_DIR: string;
  OFFLINE_DIR: string;
  OFFLINE_HTML: string;
  OFFLINE_APP_DIR: string;
  SAMPLES_DIR: string;
  SAMPLES: { from: string; to: string }[];
}
const names = require('../../scripts/release/names.js') as Names;
const { validateManifest, SCHEMA_DIR } = require('../../scripts/manifest-xsd.js') as {
  validateManifest(xml: string): Promise<{ valid: boolean; errors: string[] }>;
  SCHEMA_DIR: string;
};
const { UNPACK_HINT } = require('../../scripts/release/offline-page.js') as { UNPACK_HINT: string };
const acorn = require('acorn') as { parse(text: string, options: { ecmaVersion: number }): unknown };

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ZIP = join(ROOT, 'release', names.zipName(VERSION));
const CHROMIUM = findChromium();
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const skipReason = !existsSync(ZIP)
  ? `未找到 ${ZIP}：先运行 ADDIN_BASE_URL=https://… npm run package，跳过发布包测试。`
  : !CHROMIUM
    ? '未找到 Chromium（PATH 中没有 chromium：apt-get install -y chromium，或设置 CHROMIUM_PATH），跳过发布包测试。'
    : null;
if (skipReason) process.stdout.write(`${skipReason}\n`);
const describeIfReady = skipReason ? describe.skip : describe;

/** Unpack the zip into `dir` as an unzip tool would (folders from the entry names). */
async function unpack(zipBytes: Buffer, dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(zipBytes);
  const names: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, ...entry.name.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
    names.push(entry.name);
  }
  return names.sort();
}

describeIfReady('release zip', () => {
  let dir: string;
  let entries: string[];
  let top: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'release-unpacked-'));
    entries = await unpack(readFileSync(ZIP), dir);
    top = join(dir, names.topFolder(VERSION));
    browser = await chromium.launch({ executablePath: CHROMIUM ?? undefined, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the offline page from file://', () => {
    const requests: string[] = [];
    const failed: string[] = [];
    const cspViolations: string[] = [];
    let context: BrowserContext;
    let page: Page;
    let offlineDir: string;

    beforeAll(async () => {
      offlineDir = join(top, names.OFFLINE_DIR);
      context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'zh-CN' });
      context.on('request', (r) => requests.push(r.url()));
      context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      // Anything that is not a file must not happen; abort it (still recorded above) so it cannot hang the test.
      await context.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
      page = await context.newPage();
      page.on('console', (m) => /Content Security Policy/i.test(m.text()) && cspViolations.push(m.text()));
      await page.goto(pathToFileURL(join(offlineDir, names.OFFLINE_HTML)).href);
    });

    afterAll(async () => {
      await context?.close();
    });

    it('opens: the app replaces the unpack hint, the ES5 guard stays quiet', async () => {
      await page.getByRole('button', { name: '打开工作簿' }).waitFor({ timeout: 60_000 });
      await expect(page.getByText(UNPACK_HINT).count()).resolves.toBe(0);
      await expect(page.getByTestId('es5-guard').count()).resolves.toBe(0);
    });

    it('checks the bundled sample workbook picked with the file input: the engine\'s findings', async () => {
      const sample = names.SAMPLES.find((s) => s.from.includes('with-errors'));
      if (!sample) throw new Error('no sample with errors in names.js');
      const samplePath = join(offlineDir, names.SAMPLES_DIR, sample.to);
      const report = check(await readWorkbook(readFileSync(samplePath)), sample.to);
      expect(report.summary.errors).toBeGreaterThan(0);
      await page.getByTestId('open-workbook').setInputFiles(samplePath);
      await page.getByTestId('finding-count').waitFor({ timeout: 120_000 });
      await expect(page.getByTestId('finding-count').textContent()).resolves.toBe(String(report.findings.length));
      await expect(page.getByTestId('finding').count()).resolves.toBe(report.findings.length);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'release-offline-page.png'), fullPage: true });
    });

    it('downloads the annotated copy: exceljs, a lazy chunk, loads from the offline folder', async () => {
      // Checking reads with the built-in .xlsx reader; only the annotated copy needs exceljs, in its own chunk.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-annotated').click()]);
      expect(download.suggestedFilename()).toMatch(/（标注版）\.xlsx$/);
      const copy = readFileSync(await download.path());
      expect([copy[0], copy[1]]).toEqual([0x50, 0x4b]);
    });

    it('checks a published PDF whose Chinese font is not embedded, and draws its page with the spot marked', async () => {
      // pdf.js needs the UniGB-UCS2-H cMap; a page from file:// may fetch nothing, so it comes as a chunk.
      const block = expenditureSummary000();
      const rows = block.rows.map((r) => [...r]);
      rows.find((r) => r[1] === '2101550')![3] = 383.68;
      const pdfPath = join(dir, '公开.pdf');
      writeFileSync(pdfPath, await layoutPdf(tablePages({ ...block, rows }, { rowsPerPage: 14 })));
      await page.getByTestId('open-workbook').setInputFiles(pdfPath);
      // The sample's findings (3) are on screen until the PDF's one replaces them.
      await page.waitForFunction(() => document.querySelector('[data-testid="finding-count"]')?.textContent === '1', undefined, { timeout: 120_000 });
      await expect(page.getByTestId('finding').count()).resolves.toBe(1);
      await page.getByTestId('finding').first().click();
      await page.getByTestId('pdf-mark').waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'release-offline-pdf.png'), fullPage: true });
      expect(requests.some((u) => /\/pdfjs-cmap-UniGB-UCS2-H-bcmap\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    });

    it('can start a worker from a blob: URL under its CSP (a worker file by URL is refused from file://)', async () => {
      const answer = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const url = URL.createObjectURL(new Blob(['self.onmessage = (e) => self.postMessage(e.data * 2);'], { type: 'text/javascript' }));
            const worker = new Worker(url);
            worker.onmessage = (e) => resolve(String(e.data));
            worker.onerror = () => resolve('error');
            worker.postMessage(21);
          }),
      );
      expect(answer).toBe('42');
    });

    it('made no request beyond the offline folder\'s own files, and none failed or hit the CSP', () => {
      const own = pathToFileURL(offlineDir + sep).href;
      expect(requests.length).toBeGreaterThan(3);
      expect(requests.filter((u) => !u.startsWith(own) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
      // The lazy chunk came from the folder too (the annotated copy above).
      expect(requests.some((u) => u.includes('/exceljs.'))).toBe(true);
      expect(failed).toEqual([]);
      expect(cspViolations).toEqual([]);
    });
  });

  it('the page opened alone (from inside the zip, unpacked by nobody) tells the clerk to unpack first', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'offline-alone-'));
    try {
      const html = join(alone, names.OFFLINE_HTML);
      writeFileSync(html, readFileSync(join(top, names.OFFLINE_DIR, names.OFFLINE_HTML)));
      const page = await browser.newPage();
      await page.goto(pathToFileURL(html).href);
      await expect(page.getByText(UNPACK_HINT).isVisible()).resolves.toBe(true);
      await page.close();
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  describe('the hosted add-in folder', () => {
    const addinFile = (f: string) => join(top, names.ADDIN_DIR, f);

    it('unsupported.html (what the ribbon opens in an old webview) shows the advice, written by the guard', async () => {
      const page = await browser.newPage({ viewport: { width: 480, height: 560 } });
      await page.goto(pathToFileURL(addinFile('unsupported.html')).href);
      const box = page.getByTestId('es5-guard');
      await box.waitFor();
      await expect(box.getByRole('heading').textContent()).resolves.toBe('预算公开校验助手无法在这里运行');
      await expect(box.locator('li').count()).resolves.toBe(3);
      await expect(box.textContent()).resolves.toContain('WebView2');
      await page.screenshot({ path: join(ARTIFACTS, 'release-unsupported.png') });
      await page.close();
    });

    it('has a manifest for an https ADDIN_BASE_URL that passes the XSDs', async () => {
      const manifest = readFileSync(addinFile('manifest.xml'), 'utf8');
      const source = /<SourceLocation DefaultValue="([^"]+)"\/>/.exec(manifest)?.[1] ?? '';
      expect(source).toMatch(/^https:\/\/[^/]+\/.*taskpane\.html$/);
      expect(manifest).not.toContain('localhost');
      if (existsSync(SCHEMA_DIR)) expect((await validateManifest(manifest)).errors).toEqual([]);
      for (const page of ['taskpane.html', 'commands.html', 'unsupported.html', 'es5-guard.js', 'assets/icon-80.png']) {
        expect(existsSync(addinFile(page))).toBe(true);
      }
    });

    it('every script parses as ES2020 (what the probe tests) and the guard as ES5', () => {
      const scripts = entries.filter((e) => e.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(6);
      for (const e of scripts) {
        const text = readFileSync(join(dir, ...e.split('/')), 'utf8');
        expect(() => acorn.parse(text, { ecmaVersion: 2020 })).not.toThrow();
      }
      expect(() => acorn.parse(readFileSync(addinFile('es5-guard.js'), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
    });

    it('ships no source map', () => {
      expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
      expect(readdirSync(join(top, names.ADDIN_DIR)).length).toBeGreaterThan(8);
    });
  });
});
