// The command as users start it (bin/budget-disclosure.js) runs the one-file bundle lib/budget-disclosure.js
// (scripts/bundle-cli.js). Every path a command loads late — .xls through SheetJS, the PDF reader, the Word 说明,
// draft to .docx, annotate — must answer exactly as tsc's lib/cli/main.js does.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { narrativeDocx } from '../fixtures/files/docx-files';
import { layoutPdf } from '../fixtures/files/pdf-layout';
import { tablePages } from '../fixtures/files/pdf-table';
import { specAs } from '../fixtures/files/sheetjs-files';
import { expenditureSummary000 } from '../fixtures/seeds/seed000';
import { narrative000 } from '../fixtures/seeds/seed000-narrative';
import { sampleWithErrorsSpec } from '../fixtures/seeds/workbooks';
import { specToXlsx } from '../fixtures/workbook-spec';

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'lib', 'budget-disclosure.js');
const dir = mkdtempSync(join(tmpdir(), 'bd-bundle-'));
const file = (name: string) => join(dir, name);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The bin as a user runs it (it loads the bundle). */
function viaBin(args: string[]): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'budget-disclosure.js'), ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** tsc's modules, unbundled. */
function viaModules(args: string[]): Run {
  const main = JSON.stringify(join(ROOT, 'lib', 'cli', 'main.js'));
  const script = `require(${main}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
  const r = spawnSync(process.execPath, ['-e', script, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  writeFileSync(file('errors.xlsx'), await specToXlsx(sampleWithErrorsSpec()));
  writeFileSync(file('errors.xls'), await specAs(sampleWithErrorsSpec(), 'biff8'));
  const block = expenditureSummary000();
  const rows = block.rows.map((r) => [...r]);
  rows.find((r) => r[1] === '2101550')![3] = 383.68;
  writeFileSync(file('published.pdf'), await layoutPdf(tablePages({ ...block, rows }, { rowsPerPage: 14 })));
  writeFileSync(file('说明.docx'), await narrativeDocx(narrative000(), (t) => t.replace('2021年预算收入3232.07万元', '2021年预算收入3223.07万元')));
});

describe('the bundled command line', () => {
  it('is built by build:cli and is what bin loads, in place of the modules in lib/', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    // The bundle holds the engine itself, not requires of lib/ files.
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text).not.toMatch(/require\("\.\.?\//);
    expect(text).toContain('checkRecognized');
    // What bin loaded, listed at exit by a preloaded probe: the bundle, and no module of lib/cli or lib/engine.
    writeFileSync(file('probe.js'), "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));");
    const r = spawnSync(process.execPath, ['-r', file('probe.js'), join(ROOT, 'bin', 'budget-disclosure.js'), 'check', 'errors.xlsx'], { cwd: dir, encoding: 'utf8' });
    const loaded = JSON.parse(r.stderr) as string[];
    // bin runs the bundle through bundle-loader (with its code cache), so the bundle is not in require's cache.
    expect(loaded).toContain(join(ROOT, 'lib', 'cli', 'bundle-loader.js'));
    expect(loaded.filter((m) => /lib[\\/](cli|engine)[\\/]/.test(m) && !/(v8-tuning|bundle-loader)\.js$/.test(m))).toEqual([]);
  });

  it.each([
    ['check .xlsx --json', ['check', 'errors.xlsx', '--json']],
    ['check .xlsx (text)', ['check', 'errors.xlsx']],
    ['check .xls (SheetJS, loaded late)', ['check', 'errors.xls', '--json']],
    ['check a published PDF (pdf.js, loaded late)', ['check', 'published.pdf', '--json']],
    ['check --narrative 说明.docx (mammoth, loaded late)', ['check', 'errors.xlsx', '--narrative', '说明.docx', '--json']],
    ['draft to stdout', ['draft', 'errors.xlsx']],
    ['a file that is not there', ['check', 'missing.xlsx']],
  ])('%s: the same output and exit code as the modules', (_what, args) => {
    const bundled = viaBin(args);
    expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(0);
    expect(bundled).toEqual(viaModules(args));
  });

  it('annotate and draft -o .docx write the same files as the modules', () => {
    const a = viaBin(['annotate', 'errors.xlsx', '-o', 'bundled.xlsx']);
    const b = viaModules(['annotate', 'errors.xlsx', '-o', 'modules.xlsx']);
    expect(a.status).toBe(b.status);
    expect(readFileSync(file('bundled.xlsx')).length).toBeGreaterThan(1000);
    const d1 = viaBin(['draft', 'errors.xlsx', '-o', 'bundled.docx']);
    const d2 = viaModules(['draft', 'errors.xlsx', '-o', 'modules.docx']);
    expect(d1.status).toBe(0);
    expect(d1.status).toBe(d2.status);
    expect(readFileSync(file('bundled.docx')).length).toBeGreaterThan(1000);
  });
});

/** Load `bundle` as bin does (V8 tuned first) in a fresh process and check errors.xlsx: the cache use and the report. */
function loadAndCheck(bundle: string): { cache: string; report: string } {
  const lib = JSON.stringify(join(ROOT, 'lib', 'cli'));
  const script = [
    `require(${lib} + '/v8-tuning.js').tuneV8ForShortRun();`,
    `const l = require(${lib} + '/bundle-loader.js').loadBundle(${JSON.stringify(bundle)});`,
    `let out = ''; l.exports.main(['check', 'errors.xlsx', '--json'], { stdout: (t) => void (out += t), stderr: () => undefined })`,
    `.then(() => process.stdout.write(JSON.stringify({ cache: l.cache, report: out })));`,
  ].join('\n');
  // Copies outside the project find its packages through NODE_PATH.
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
  const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24, env });
  return JSON.parse(r.stdout) as { cache: string; report: string };
}

describe('the bundle’s V8 code cache (lib/budget-disclosure.cache)', () => {
  const CACHE = join(ROOT, 'lib', 'budget-disclosure.cache');
  const expected = () => viaModules(['check', 'errors.xlsx', '--json']).stdout;

  it('is written by build:cli and read back by bin', () => {
    expect(existsSync(CACHE)).toBe(true);
    expect(readFileSync(CACHE).toString('latin1', 0, 64)).toMatch(/^[0-9a-f]{64}$/);
    expect(loadAndCheck(BUNDLE)).toEqual({ cache: 'used', report: expected() });
  });

  it('is not used for a bundle of the same length that differs in one byte (V8 would only compare lengths)', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    const at = text.indexOf('budget-disclosure draft');
    expect(at).toBeGreaterThan(0);
    // The same length, one character changed in the usage text, which a check of errors.xlsx does not print.
    const changed = text.slice(0, at) + 'B' + text.slice(at + 1);
    expect(changed.length).toBe(text.length);
    writeFileSync(file('changed.js'), changed);
    copyFileSync(CACHE, file('changed.cache'));
    expect(loadAndCheck(file('changed.js'))).toEqual({ cache: 'stale', report: expected() });
  });

  it('a damaged cache or none at all: the bundle is compiled as usual, with the same report', () => {
    copyFileSync(BUNDLE, file('damaged.js'));
    const cache = readFileSync(CACHE);
    writeFileSync(file('damaged.cache'), Buffer.concat([cache.subarray(0, 64), Buffer.alloc(cache.length - 64, 7)]));
    expect(loadAndCheck(file('damaged.js'))).toEqual({ cache: 'rejected', report: expected() });
    copyFileSync(BUNDLE, file('bare.js'));
    expect(loadAndCheck(file('bare.js'))).toEqual({ cache: 'none', report: expected() });
  });
});

