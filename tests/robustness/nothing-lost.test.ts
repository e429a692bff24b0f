// Nothing lost: over every fixture workbook, in the Office fake, values, formulas, number formats, fills and notes
// are exactly as before after read + check + mark + clear (for each way Excel can annotate); and the CLI's
// annotate never changes its input and leaves nothing behind when its write is interrupted.
import { promises as fsp, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnnotate } from '../../src/cli/annotate';
import { writeFileAtomic } from '../../src/cli/atomic-write';
import type { CliIo } from '../../src/cli/io';
import { check } from '../../src/engine/check';
import { clearMarks } from '../../src/office/clear-marks';
import type { MarkCapabilities } from '../../src/office/excel-api';
import { markCells } from '../../src/office/mark-cells';
import { readWorkbook } from '../../src/office/read-workbook';
import { memorySettingsStore } from '../../src/office/settings';
import { readWorkbook as readXlsx } from '../../src/xlsx/read-workbook';
import { mutateCell } from '../fixtures/seeds/arrangements';
import { seed000Workbook, seed001Workbook, seed002Workbook, seed004Workbook } from '../fixtures/seeds/workbooks';
import { specToXlsx, type WorkbookSpec } from '../fixtures/workbook-spec';
import type { FakeBook } from '../office/fake-excel';
import { contextOf, fakeBookOf } from './fake-book';

const FIXTURES: Record<string, () => WorkbookSpec> = {
  'seed 000': () => seed000Workbook().spec,
  // One number changed (行政运行 95.46 -> 95.64 on 表3 = 支出总表), so there are errors to mark.
  'seed 000 with a typo': () => mutateCell(seed000Workbook().spec, '表3', 'D18', 95.64),
  'seed 001': () => seed001Workbook().spec,
  'seed 002': () => seed002Workbook().spec,
  'seed 004': () => seed004Workbook(),
};

const CAPS: Record<string, MarkCapabilities> = {
  notes: { notes: true, comments: true },
  comments: { notes: false, comments: true },
  'fill only': { notes: false, comments: false },
};

/** Give some cells a user's own fill and note, so restoring them is tested too. */
function withUserFormatting(book: FakeBook): FakeBook {
  for (const sheet of book.sheets) {
    let i = 0;
    for (const cell of sheet.cells.values()) {
      if (i % 7 === 0) cell.fill = { color: '#DDEBF7', pattern: i % 2 ? 'Solid' : 'Gray25' };
      if (i % 11 === 0) cell.note = '经办人核对过';
      i++;
    }
  }
  return book;
}

/** Everything the clerk owns, per cell, as text. */
function snapshot(book: FakeBook): string {
  return JSON.stringify(book.sheets.map((s) => [s.name, [...s.cells].filter(([, c]) => c.value !== '' || c.formula || c.fill || c.note).map(([k, c]) => [k, c.value, c.formula, c.numFmt, c.fill ?? null, c.note ?? null])]));
}

describe.each(Object.keys(FIXTURES))('%s in the Office fake', (fixture) => {
  it.each(Object.keys(CAPS))('check + mark + clear leaves every value, formula, format, fill and note as it was (%s)', async (caps) => {
    const book = withUserFormatting(fakeBookOf(FIXTURES[fixture]()));
    const before = snapshot(book);
    const store = memorySettingsStore();
    const ctx = contextOf(book);
    const { grid, sheetNames } = await readWorkbook(ctx);
    const report = check(grid, `${fixture}.xlsx`);
    const marked = await markCells(ctx, report.findings, store, CAPS[caps], sheetNames);
    if (marked.cells > 0) expect(snapshot(book)).not.toBe(before);
    await clearMarks(ctx, store, CAPS[caps], sheetNames);
    expect(snapshot(book)).toBe(before);
    expect(book.comments).toEqual([]);
  });
});

it('the typo fixture really has findings to mark (so the restore above is exercised)', async () => {
  const { grid } = await readWorkbook(contextOf(fakeBookOf(FIXTURES['seed 000 with a typo']())));
  expect(check(grid, 'x.xlsx').summary.errors).toBeGreaterThan(0);
});

const quiet = (): CliIo & { out: string; err: string } => {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
};

/** Values, formulas and formats of every cell of an .xlsx, through our reader. */
async function contents(bytes: Uint8Array, skip: string[] = []): Promise<string> {
  const grid = await readXlsx(bytes);
  return JSON.stringify(grid.sheets.filter((s) => !skip.includes(s.name)).map((s) => [s.name, s.cells.map((row) => (row ?? []).map((c) => (c ? [c.text, c.formula, c.numFmt] : null)))]));
}

describe.each(Object.keys(FIXTURES))('annotate on %s', (fixture) => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bd-lost-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never touches its input, and the copy keeps every value, formula and number format', async () => {
    const input = join(dir, 'in.xlsx');
    const bytes = new Uint8Array(await specToXlsx(FIXTURES[fixture]()));
    writeFileSync(input, bytes);
    const mtime = statSync(input).mtimeMs;
    const code = await runAnnotate([input, '-o', join(dir, 'out.xlsx')], quiet());
    expect([0, 1]).toContain(code);
    expect(Buffer.compare(readFileSync(input), Buffer.from(bytes))).toBe(0);
    expect(statSync(input).mtimeMs).toBe(mtime);
    const out = new Uint8Array(readFileSync(join(dir, 'out.xlsx')));
    expect(await contents(out, ['校验结果', '检查表'])).toBe(await contents(bytes));
  });

  it('leaves no partial or temporary file when the write is interrupted half-way', async () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, new Uint8Array(await specToXlsx(FIXTURES[fixture]())));
    const halfThenKilled = async (file: string, b: Uint8Array) => {
      await fsp.writeFile(file, b.slice(0, Math.floor(b.length / 2)));
      throw Object.assign(new Error('interrupted'), { code: 'EINTR' });
    };
    const code = await runAnnotate([input, '-o', join(dir, 'out.xlsx')], quiet(), {
      writeFile: (p, b) => writeFileAtomic(p, b, { write: halfThenKilled }),
    });
    expect(code).toBe(2);
    expect(readdirSync(dir)).toEqual(['in.xlsx']);
  });
});
