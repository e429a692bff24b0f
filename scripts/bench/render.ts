// The benchmark figures as Markdown tables with each target and whether it is met; docs/bench.md keeps its
// hand-written notes and only the part between the bench markers is replaced by `npm run bench -- --write`.
import type { BundleFile } from './bundle-bench';
import type { CliRow } from './cli-bench';
import { readerTable, type ReaderRow } from './reader-bench';
import type { EngineRow } from './engine-bench';
import { bytes, ms } from './measure';
import type { OfficeRow } from './office-bench';

/** Everything one run measured. */
export interface BenchResults {
  machine: { cpu: string; cores: number; node: string; load: number; date: string };
  engine: EngineRow[];
  cli: CliRow[];
  /** Issue 14: the .xlsx reader and the web page's worker (null when skipped). */
  reader?: ReaderRow[] | null;
  office: OfficeRow[];
  bundle: BundleFile[] | null;
}

export const BENCH_START = '<!-- bench:start -->';
export const BENCH_END = '<!-- bench:end -->';

/** Office on the web rejects a request or response larger than 5 MB. */
const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const BUNDLE_TARGET = 400 * 1024;
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function engineTable(rows: readonly EngineRow[]): string[] {
  const big = rows.slice(1).filter((r) => !r.label.includes('off'));
  const perRow = (r: EngineRow) => r.timing.cpuMs / r.dataRows;
  const base = big.length > 0 ? perRow(big[0]) : 1;
  const out = [
    '| workbook | data rows | cells | findings | check, CPU ms | wall ms | CPU µs per row | per-row vs smallest |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const ratio = r === rows[0] ? '' : `${(perRow(r) / base).toFixed(2)}×`;
    out.push(`| ${r.label} | ${r.dataRows} | ${r.cells} | ${r.findings} | ${ms(r.timing.cpuMs)} | ${ms(r.timing.wallMs)} | ${(perRow(r) * 1000).toFixed(1)} | ${ratio} |`);
  }
  const flat = big.every((r) => perRow(r) / base <= 2);
  const largest = big[big.length - 1];
  out.push('', `Linear growth (per-row cost within 2× of the smallest): ${mark(flat)}.`);
  if (largest && largest.dataRows >= 100_000) {
    out.push(`Under 1 s for ${largest.dataRows} rows: ${mark(largest.timing.cpuMs < 1000)} (${ms(largest.timing.cpuMs)} ms CPU).`);
  }
  return out;
}

function cliTable(rows: readonly CliRow[]): string[] {
  const out = ['| workbook | .xlsx size | exit | check, CPU ms | bare exceljs read, CPU ms | ratio (target ≤ 1.3) |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    const ratio = r.check.cpuMs / r.bareRead.cpuMs;
    out.push(`| ${r.label} | ${bytes(r.fileBytes)} | ${r.exitCode} | ${ms(r.check.cpuMs)} | ${ms(r.bareRead.cpuMs)} | ${ratio.toFixed(2)} ${ratio <= 1.3 ? '' : '(missed)'} |`);
  }
  return out;
}

function officeTable(rows: readonly OfficeRow[]): string[] {
  const out = [
    '| workbook | read: syncs | read: largest sync payload | cells marked | mark: syncs | mark: largest batch payload |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const over = (n: number) => (n > PAYLOAD_LIMIT ? ' (over 5 MB)' : '');
    out.push(`| ${r.label} | ${r.readSyncs} | ${bytes(r.readMaxPayload)}${over(r.readMaxPayload)} | ${r.marked} | ${r.markSyncs} | ${bytes(r.markMaxPayload)}${over(r.markMaxPayload)} |`);
  }
  return out;
}

function bundleTable(files: readonly BundleFile[]): string[] {
  const lazyNamed = (f: BundleFile) => /^(exceljs|docx)\./.test(f.file);
  const start = files.filter((f) => f.page === 'taskpane.html');
  const other = files.filter((f) => f.page === null && !lazyNamed(f));
  const startGzip = start.reduce((n, f) => n + f.gzip, 0);
  const upper = startGzip + other.reduce((n, f) => n + f.gzip, 0);
  const out = ['| script | loaded | size | gzip |', '|---|---|---:|---:|'];
  // pdf.js's data (one chunk per standard font and per CMap, ~180 files, fetched only for the PDF that needs one):
  // one line per kind, not one per file.
  const pdfData = (f: BundleFile) => /^pdfjs-(font|cmap)-/.exec(f.file)?.[1];
  for (const f of files) {
    if (pdfData(f)) continue;
    const when = f.page ? `at start (${f.page})` : lazyNamed(f) ? 'lazily, web page only' : 'lazily';
    out.push(`| ${f.file} | ${when} | ${bytes(f.bytes)} | ${bytes(f.gzip)} |`);
  }
  for (const kind of ['font', 'cmap']) {
    const group = files.filter((f) => pdfData(f) === kind);
    if (group.length === 0) continue;
    const total = (k: 'bytes' | 'gzip') => bytes(group.reduce((n, f) => n + f[k], 0));
    out.push(`| pdfjs-${kind}-*.js (${group.length} files, pdf.js data) | lazily, each when a PDF needs it | ${total('bytes')} in all | ${total('gzip')} in all |`);
  }
  out.push('', `Task pane at start: ${bytes(startGzip)} gzip; with every lazy chunk except exceljs and docx: ${bytes(upper)} (target ≤ 400 KB: ${mark(upper <= BUNDLE_TARGET)}).`);
  out.push(`exceljs and docx split out of the start scripts: ${mark(files.some(lazyNamed) && !files.some((f) => f.page !== null && lazyNamed(f)))}.`);
  return out;
}

/** The generated part of docs/bench.md. */
export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    BENCH_START,
    `Run ${m.date} UTC on ${m.cores} × ${m.cpu}, Node ${m.node}, 1-minute load average ${m.load.toFixed(1)} while measuring.`,
    '',
    '### Engine: `check(grid)`',
    ...engineTable(r.engine),
    '',
    '### CLI: `check FILE --json` against a bare exceljs read',
    ...cliTable(r.cli),
    '',
    '### Reader (issue 14): `check --json` in a fresh process against a bare exceljs read, and the web page',
    ...(r.reader ? readerTable(r.reader) : ['(not measured in this run: `--no-reader`)']),
    '',
    '### Office layer (in-memory fake): read, check, mark',
    ...officeTable(r.office),
    '',
    '### Task pane scripts',
    ...(r.bundle ? bundleTable(r.bundle) : ['(not measured in this run)']),
    BENCH_END,
    '',
  ];
  return lines.join('\n');
}

/** Replace the generated part of an existing document (or return the report alone when it has no markers). */
export function spliceReport(doc: string, report: string): string {
  const a = doc.indexOf(BENCH_START);
  const b = doc.indexOf(BENCH_END);
  if (a < 0 || b < a) return report;
  return doc.slice(0, a) + report.trimEnd() + doc.slice(b + BENCH_END.length);
}
