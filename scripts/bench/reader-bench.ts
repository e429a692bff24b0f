// Issue 14's figures: `check --json` (the compiled CLI, a fresh process per run) against a bare exceljs read of the
// same file, with peak memory, on the 50- and 200-unit 部门 books and a 101k-row sheet with its merges; and in
// Chromium, the web page's time to findings and its longest main-thread task while the worker checks.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { specToXlsxFast } from './spec-xlsx';
import { stackedSheetWorkbook, unitsWorkbook } from './units-workbook';

/** One process run. */
interface ChildRun {
  code: number;
  cpuMs: number;
  wallMs: number;
  maxRssKB: number;
}

/** One workbook's figures. */
export interface ReaderRow {
  label: string;
  rows: number;
  fileBytes: number;
  check: ChildRun;
  bareRead: ChildRun;
  /** check ÷ exceljs of each round (the two run back to back), sorted. */
  roundRatios: number[];
  page: PageRun | null;
  /** The same page opened from file:// (the release zip's 网页版), where no worker may start. */
  offline: PageRun | null;
}

/** The web page on this workbook. */
export interface PageRun {
  findingsMs: number;
  longestTaskMs: number;
  where: string;
}

const ROOT = join(__dirname, '..', '..');

function child(mode: 'check' | 'exceljs', file: string): ChildRun {
  const out = execFileSync(process.execPath, [join(__dirname, 'child.js'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out) as ChildRun;
}

/**
 * `rounds` rounds of a bare exceljs read then `check`, back to back: the best run of each, and each round's ratio.
 * This machine's speed drifts by 10% and more between minutes, so a ratio of two bests taken minutes apart can
 * land on either side of 1.0; a round's two runs share the same minute.
 */
function interleaved(rounds: number, file: string): { check: ChildRun; bareRead: ChildRun; roundRatios: number[] } {
  let check: ChildRun | null = null;
  let bareRead: ChildRun | null = null;
  const roundRatios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const e = child('exceljs', file);
    const c = child('check', file);
    if (!bareRead || e.cpuMs < bareRead.cpuMs) bareRead = e;
    if (!check || c.cpuMs < check.cpuMs) check = c;
    roundRatios.push(c.cpuMs / e.cpuMs);
  }
  return { check: check as ChildRun, bareRead: bareRead as ChildRun, roundRatios: roundRatios.sort((x, y) => x - y) };
}

/** Time to findings and the longest main-thread task in Chromium (PerformanceObserver 'longtask'). */
export async function pageRunForTest(file: string, dist: string): Promise<PageRun | null> {
  return pageRun(file, dist);
}

async function pageRun(file: string, dist: string, fromFile = false): Promise<PageRun | null> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath) || !existsSync(join(dist, 'taskpane.html'))) return null;
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('../../tests/e2e/static-server');
  const server = fromFile ? { url: pathToFileURL(join(dist, 'taskpane.html')).href, close: async () => undefined } : await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // Every long task with its start: entries arrive asynchronously, so the page's own start-up task can be
    // reported after the file is chosen; only tasks that started after that moment count.
    await page.addInitScript(() => {
      const w = window as unknown as { __tasks: [number, number][] };
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: '打开工作簿' }).waitFor();
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => performance.now());
    const t0 = Date.now();
    await page.getByTestId('open-workbook').setInputFiles(file);
    await page.getByTestId('finding-count').waitFor({ timeout: 600_000 });
    const findingsMs = Date.now() - t0;
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: [number, number][] }).__tasks);
    const longestTaskMs = tasks.filter(([at]) => at >= start).reduce((m, [, d]) => Math.max(m, d), 0);
    return { findingsMs, longestTaskMs, where: workers.some((u) => u.endsWith('engine-worker.js')) ? 'worker' : 'page' };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Build the three workbooks, measure each; `dist` is a production build for the page figures (or none). */
export async function readerBench(dist: string | null, log: (s: string) => void, quick = false): Promise<ReaderRow[]> {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-reader-'));
  try {
    const books = [
      { label: '50 units (one sheet each)', make: () => unitsWorkbook(50) },
      { label: '200 units (one sheet each)', make: () => unitsWorkbook(200) },
      { label: '101k-row stacked sheet with merges', make: () => stackedSheetWorkbook(101_000) },
    ];
    const out: ReaderRow[] = [];
    for (const b of quick ? books.slice(0, 1) : books) {
      const { spec, rows } = b.make();
      const file = join(dir, 'book.xlsx');
      const bytes = specToXlsxFast(spec);
      writeFileSync(file, bytes);
      const { check, bareRead, roundRatios } = interleaved(rows > 60_000 ? 1 : ROUNDS, file);
      log(`reader: ${b.label} cli done`);
      const page = dist && rows <= 60_000 ? await pageRun(file, dist) : null;
      const offline = dist && rows <= 60_000 ? await pageRun(file, dist, true) : null;
      out.push({ label: b.label, rows, fileBytes: bytes.length, check, bareRead, roundRatios, page, offline });
      log(`reader: ${b.label} done`);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rounds of exceljs-then-check per book (one for the 101k-row sheet, whose exceljs read takes a minute). */
const ROUNDS = 7;

/** The median of the rounds' ratios, with their range when there are several. */
function ratioCell(r: ReaderRow): string {
  const rs = r.roundRatios;
  const median = rs[Math.floor(rs.length / 2)];
  return rs.length > 1 ? `${median.toFixed(2)} (${rs[0].toFixed(2)}–${rs[rs.length - 1].toFixed(2)})` : median.toFixed(2);
}

/** The Markdown table of the reader figures and the targets of issue 14. */
export function readerTable(rows: readonly ReaderRow[]): string[] {
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')}`;
  const out = [
    '| workbook | data rows | .xlsx | `check --json`, CPU ms | peak RSS, MB | bare exceljs read, CPU ms | peak RSS, MB | ratio, median of rounds (range) (target < 1.0) | page: time to findings | page: longest main-thread task (target ≤ 200 ms) | file:// page: time to findings | file:// page: longest main-thread task |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const pageCells = (p: PageRun | null) => (p ? [`${p.findingsMs} ms (${p.where})`, `${Math.round(p.longestTaskMs)} ms`] : ['not measured', 'not measured']);
  for (const r of rows) {
    const page = [...pageCells(r.page), ...pageCells(r.offline)];
    out.push(`| ${r.label} | ${r.rows.toLocaleString('en-US')} | ${kb(r.fileBytes)} KB | ${Math.round(r.check.cpuMs)} | ${kb(r.check.maxRssKB)} | ${Math.round(r.bareRead.cpuMs)} | ${kb(r.bareRead.maxRssKB)} | ${ratioCell(r)} | ${page.join(' | ')} |`);
  }
  const stacked = rows.find((r) => /stacked/.test(r.label));
  if (stacked) out.push('', `101k-row sheet: \`check\` ${(stacked.check.wallMs / 1000).toFixed(1)} s wall, ${(stacked.check.cpuMs / 1000).toFixed(1)} s CPU (target under 6 s).`);
  return out;
}
