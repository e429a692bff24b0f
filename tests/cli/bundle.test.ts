// The command as users start it (bin/budget-disclosure.js) runs the one-file bundle lib/budget-disclosure.js
// (scripts/bundle-cli.js). Every path a command loads late — .xls through SheetJS, the PDF reader, the Word 说明,
// draft to .docx, annotate — must answer exactly as tsc's lib/cli/main.js does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(loaded).toContain(BUNDLE);
    expect(loaded.filter((m) => /lib[\\/](cli|engine)[\\/]/.test(m) && !m.endsWith('v8-tuning.js'))).toEqual([]);
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
