// Another spreadsheet program as the oracle: LibreOffice computes the same value-less formulas (random ones over a
// data sheet, and seed 000's totals) and its results must be the engine's. Skipped, with the reason printed, only
// when LibreOffice is not installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { computeFormulas } from '../../../src/engine/formula/compute-grid';
import { parseA1 } from '../../../src/engine/grid/address';
import type { Cell, Grid } from '../../../src/engine/grid/types';
import { Decimal } from '../../../src/engine/money';
import { storedFormulas, xlsxWithoutValues } from '../../fixtures/formula-xlsx';
import { seed000WithFormulaTotals } from '../../fixtures/seeds/formula-totals';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { FORMULA_SHEET, randomFormulaBook } from './random-formulas';

function onPath(names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const n of names) if (dir && existsSync(path.join(dir, n))) return path.join(dir, n);
  }
  return null;
}

const soffice = onPath(['libreoffice', 'soffice']);
if (!soffice) console.warn('libreoffice-oracle: 跳过 —— PATH 中没有 libreoffice/soffice（Debian 包 libreoffice-calc-nogui）。');
const withOffice = soffice ? describe : describe.skip;

const LO_TIMEOUT = 180_000;
const SEED = 1;
const RANDOM_FORMULAS = 400;

/** What a cell shows, for comparison: a number's Decimal, text, or 'error'/'uncomputed'. */
type Shown = { num: InstanceType<typeof Decimal> } | { text: string } | { other: string };

function engineShown(cell: Cell | undefined): Shown {
  if (!cell || cell.uncomputed) return { other: 'uncomputed' };
  const v = cell.value;
  if (v.kind === 'number' && !v.storedAsText) return { num: v.num };
  if (v.kind === 'blank') return { text: '' };
  return { text: cell.text };
}

function officeShown(value: string | null, type: string): Shown {
  if (type === 'e') return { other: 'uncomputed' };
  if (type === 'str' || type === 's' || type === 'inlineStr') return { text: value ?? '' };
  return { num: new Decimal(value ?? '0') };
}

/** Equal as shown: numbers to 12 significant digits (LibreOffice computes in binary floating point). */
function agree(a: Shown, b: Shown): boolean {
  if ('num' in a && 'num' in b) {
    const diff = a.num.minus(b.num).abs();
    return diff.lte(new Decimal('1e-9')) || diff.lte(a.num.abs().times('1e-12'));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(s: Shown): string {
  return 'num' in s ? s.num.toFixed() : 'text' in s ? `"${s.text}"` : s.other;
}

withOffice('LibreOffice computes what the engine computes', () => {
  const seed000 = seed000WithFormulaTotals();
  const random = randomFormulaBook(SEED, RANDOM_FORMULAS);
  // One book, one LibreOffice run: seed 000's sheets, then the random formulas' data and formula sheets.
  const spec: WorkbookSpec = { sheets: [...seed000.spec.sheets, ...random.spec.sheets] };
  const sheetXml = (name: string) => `xl/worksheets/sheet${spec.sheets.findIndex((s) => s.name === name) + 1}.xml`;
  let dir: string;
  let office: Map<string, Shown>;
  let engine: Grid;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'formula-lo-'));
    const source = path.join(dir, 'formulas.xlsx');
    writeFileSync(source, await xlsxWithoutValues(spec, 'empty-v'));
    const outDir = path.join(dir, 'out');
    execFileSync(soffice!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, source], {
      stdio: 'pipe',
      timeout: LO_TIMEOUT,
    });
    const stored = await storedFormulas(new Uint8Array(readFileSync(path.join(outDir, 'formulas.xlsx'))));
    office = new Map(stored.map((f) => [`${f.sheetXml}!${f.ref}`, officeShown(f.value, f.type)]));
    engine = computeFormulas(specToGrid(spec));
  }, LO_TIMEOUT);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function compare(sheet: string, a1: string, label: string): string | null {
    const at = parseA1(a1)!;
    const mine = engineShown(engine.sheets.find((s) => s.name === sheet)?.cells[at.row]?.[at.col]);
    const theirs = office.get(`${sheetXml(sheet)}!${a1}`);
    return theirs && agree(mine, theirs) ? null : `${sheet}!${a1} ${label}: engine ${show(mine)}, LibreOffice ${theirs ? show(theirs) : 'none'}`;
  }

  it(`${RANDOM_FORMULAS} random formulas reading each other bottom-up, seed ${SEED}`, () => {
    const differ = random.formulas.map((f, i) => compare(FORMULA_SHEET, `B${RANDOM_FORMULAS - i}`, `=${f}`)).filter((d) => d !== null);
    expect(differ).toEqual([]);
    const numbers = random.formulas.filter((_, i) => office.get(`${sheetXml(FORMULA_SHEET)}!B${RANDOM_FORMULAS - i}`)?.hasOwnProperty('num'));
    expect(numbers.length).toBeGreaterThan(RANDOM_FORMULAS * 0.9);
  });

  it(`seed 000's ${seed000.formulas.length} formula totals`, () => {
    const differ = seed000.formulas.map((f) => compare(f.sheet, f.a1, `=${f.formula}`)).filter((d) => d !== null);
    expect(differ).toEqual([]);
  });
});
