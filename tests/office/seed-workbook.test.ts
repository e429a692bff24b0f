// The real engine through the Excel host on the seed 000 workbook (灵寿县医疗保障局 2021) held in the Excel fake:
// one typo is found, its cell is marked with a note, and check + clear leave every value and formula as it was.
import { check } from '../../src/engine/check';
import { MARK_FILL, NOTE_PREFIX } from '../../src/engine/mark-style';
import { runCheckCommand, clearMarksCommand } from '../../src/commands/run-command';
import { findCell, mutateCell, onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { FakeExcel } from './fake-excel';
import { runtimeHost } from './runtime-host';
import { fakeBookOf } from './fake-from-spec';

const cellIndex = (a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1) as RegExpExecArray;
  return `${Number(m[2]) - 1},${m[1].charCodeAt(0) - 65}`;
};

describe('seed 000 through the Excel host', () => {
  const base = onePerSheet(seed000Blocks()).spec;
  const leaf = findCell(base, '表3', (c) => c === 95.46) as string;
  const spec = mutateCell(base, '表3', leaf, 95.64);

  it('marks the typo with an error fill and a note, then clears back to the original workbook', async () => {
    const book = fakeBookOf(spec);
    const snapshot = () => JSON.stringify(book.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numFmt, c.fill ?? null, c.note])));
    const before = snapshot();
    const excel = new FakeExcel(book);
    const host = runtimeHost(excel, undefined, 'seed000.xlsx');

    const status = await runCheckCommand(host, (grid, file, options) => check(grid, file, options));
    expect(status.ok).toBe(true);
    expect(status.message).toMatch(/^校验完成：识别 \d+ 张表，发现 [1-9]\d* 个错误/);
    expect(excel.syncs).toBe(11);
    const marked = book.sheets.find((s) => s.name === '表3')?.cells.get(cellIndex(leaf));
    expect(marked?.fill).toEqual({ color: MARK_FILL.error, pattern: 'Solid' });
    expect(marked?.note?.startsWith(`${NOTE_PREFIX}\n错误：`)).toBe(true);
    expect(marked?.value).toBe(95.64);

    await clearMarksCommand(host);
    expect(snapshot()).toBe(before);
  });
});
