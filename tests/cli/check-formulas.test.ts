// `check --json` and `draft` end to end on .xlsx files whose totals are formulas saved without a value.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import type { Report } from '../../src/engine/report';
import { xlsxWithoutValues } from '../fixtures/formula-xlsx';
import { mutateCell } from '../fixtures/seeds/arrangements';
import { seed000WithFormulaTotals } from '../fixtures/seeds/formula-totals';
import { seed000Workbook } from '../fixtures/seeds/workbooks';
import { specToXlsx } from '../fixtures/workbook-spec';

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const BIN = join(__dirname, '../../bin/budget-disclosure.js');
const LIB = join(__dirname, '../../lib/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'bd-formulas-'));
const file = (name: string) => join(dir, name);
const book = seed000WithFormulaTotals();

beforeAll(async () => {
  writeFileSync(file('typed.xlsx'), await specToXlsx(seed000Workbook().spec));
  writeFileSync(file('openpyxl.xlsx'), await xlsxWithoutValues(book.spec, 'empty-v'));
  writeFileSync(file('manual.xlsx'), await xlsxWithoutValues(book.spec, 'manual-calc'));
  const lookup = mutateCell(book.spec, '三公经费', 'D8', { v: null, f: 'VLOOKUP("公务用车",基本支出表!C:D,2,0)' });
  writeFileSync(file('vlookup.xlsx'), await xlsxWithoutValues(lookup, 'empty-v'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checkJson(name: string): Promise<{ code: number; report: Report }> {
  const io = capture();
  const code = await main(['check', file(name), '--json'], io);
  return { code, report: JSON.parse(io.out) as Report };
}

describe('check --json on formulas without cached values', () => {
  it.each(['openpyxl.xlsx', 'manual.xlsx'])('%s: exit 0, no error, no warning, every table recognized', async (name) => {
    const { code, report } = await checkJson(name);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.tables).toHaveLength(11);
  });

  it('an uncomputable formula is reported as one warning of its table, at its first cell', async () => {
    const { report } = await checkJson('vlookup.xlsx');
    const warnings = report.findings.filter((f) => f.rule === 'cell/formula-uncomputed');
    expect(warnings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.table}`)).toEqual(['warning 三公经费!C6 three-public-expenses']);
    expect(warnings[0].message).toMatch(/^公式没有计算结果，无法核对：本表 4 个单元格/);
  });

  it('the installed command (bin/budget-disclosure.js) gives the same clean result', () => {
    if (!existsSync(LIB)) {
      console.log('skipped: lib/ is not compiled (npm test runs npm run build:cli first)');
      return;
    }
    const run = spawnSync(process.execPath, [BIN, 'check', file('openpyxl.xlsx'), '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.summary.errors).toBe(0);
    expect(report.tables).toHaveLength(11);
  });
});

describe('draft on formulas without cached values', () => {
  it('drafts the same 情况说明 as from the typed workbook', async () => {
    const typed = capture();
    const formulas = capture();
    expect(await main(['draft', file('typed.xlsx')], typed)).toBe(0);
    expect(await main(['draft', file('openpyxl.xlsx')], formulas)).toBe(0);
    expect(formulas.out).toContain('基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元');
    expect(formulas.out).toBe(typed.out);
  });
});
