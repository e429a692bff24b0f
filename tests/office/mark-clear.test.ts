import { check } from '../../src/engine/check';
import { MARK_FILL, NOTE_PREFIX } from '../../src/engine/mark-style';
import type { Finding } from '../../src/engine/report';
import { clearMarks } from '../../src/office/clear-marks';
import type { MarkCapabilities } from '../../src/office/excel-api';
import { markCells } from '../../src/office/mark-cells';
import { readWorkbook } from '../../src/office/read-workbook';
import { MARKS_KEY, type MarkRecord } from '../../src/office/mark-records';
import { FakeContext, fakeSheet, settingsOf, type FakeBook } from './fake-excel';

const NOTES: MarkCapabilities = { notes: true, comments: true };
const COMMENTS: MarkCapabilities = { notes: false, comments: true };
const FILL_ONLY: MarkCapabilities = { notes: false, comments: false };

// Seed 000 figures: 基本支出 2655.80 + 项目支出 576.27 = 3232.07, with a wrong total to mark.
function workbook(): FakeBook {
  const s = fakeSheet('支出总表', [
    ['科目', '合计', '基本支出', '项目支出'],
    ['医疗保障', { value: 3232.17, formula: '=C2+D2+0.1', numFmt: '0.00', fill: { color: '#FFFF00', pattern: 'Solid' } }, 2655.8, 576.27],
    ['行政运行', 2655.8, 2655.8, { value: 0, note: '经办人：张三' }],
  ]);
  const other = fakeSheet('收入总表', [['项目', '金额'], ['一般公共预算', { value: 3232.07, fill: { color: '#DDEBF7', pattern: 'Gray25' } }]]);
  return { sheets: [s, other], comments: [] };
}

function finding(sheet: string, cell: string, severity: Finding['severity'] = 'error', message = '合计不等于各项之和'): Finding {
  return { rule: 'test/sum', severity, sheet, cell, message, expected: '3232.07', actual: '3232.17' };
}

/** Values, formulas and number formats of every cell: what marking must never touch. */
function contents(b: FakeBook): string {
  return JSON.stringify(b.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numFmt])));
}
function fills(b: FakeBook): string {
  return JSON.stringify(b.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.fill ?? null])));
}
function notes(b: FakeBook): string {
  return JSON.stringify(b.sheets.map((s) => [...s.cells].filter(([, c]) => c.note !== undefined).map(([k, c]) => [k, c.note])));
}
const marksOf = (b: FakeBook): Omit<MarkRecord, 'sheetId'>[] =>
  ((settingsOf(b).get(MARKS_KEY) as { marks?: MarkRecord[] } | undefined)?.marks ?? []).map(({ sheetId: _id, ...r }) => r);
const cellAt = (b: FakeBook, sheet: number, r: number, c: number) => b.sheets[sheet].cells.get(`${r},${c}`);

describe('markCells and clearMarks', () => {
  it('fills and notes findings, then restores fills (including no fill) and notes exactly, never touching values', async () => {
    const b = workbook();
    const before = { contents: contents(b), fills: fills(b), notes: notes(b) };
    const ctx = new FakeContext(b);
    const { grid } = await readWorkbook(ctx);
    const report = check(grid, 'test.xlsx');
    const findings = [...report.findings, finding('支出总表', 'B2'), finding('支出总表', 'C2', 'warning'), finding('支出总表', 'D3'), finding('收入总表', 'B2')];
    await markCells(ctx, findings, NOTES);

    expect(cellAt(b, 0, 1, 1)?.fill).toEqual({ color: MARK_FILL.error, pattern: 'Solid' });
    expect(cellAt(b, 0, 1, 2)?.fill).toEqual({ color: MARK_FILL.warning, pattern: 'Solid' });
    expect(cellAt(b, 0, 1, 1)?.note).toBe(`${NOTE_PREFIX}\n错误：合计不等于各项之和（应为 3232.07，实为 3232.17）`);
    expect(cellAt(b, 0, 2, 3)?.note).toBe('经办人：张三');
    expect(marksOf(b).find((m) => m.cell === 'D3')?.added).toBeNull();
    expect(contents(b)).toBe(before.contents);

    await clearMarks(ctx, NOTES);
    expect(contents(b)).toBe(before.contents);
    expect(notes(b)).toBe(before.notes);
    expect(cellAt(b, 0, 1, 1)?.fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    expect(cellAt(b, 1, 1, 1)?.fill).toEqual({ color: '#DDEBF7', pattern: 'Gray25' });
    expect(cellAt(b, 0, 1, 2)?.fill).toBeNull();
    expect(marksOf(b)).toEqual([]);
  });

  it('restores earlier marks before re-marking and keeps the first original fill', async () => {
    const b = workbook();
    const ctx = new FakeContext(b);
    await markCells(ctx, [finding('支出总表', 'B2'), finding('支出总表', 'C2')], NOTES);
    await markCells(ctx, [finding('支出总表', 'B2', 'warning', '新的提示')], NOTES);
    expect(cellAt(b, 0, 1, 2)?.fill).toBeNull();
    expect(cellAt(b, 0, 1, 2)?.note).toBeUndefined();
    expect(cellAt(b, 0, 1, 1)?.fill?.color).toBe(MARK_FILL.warning);
    expect(cellAt(b, 0, 1, 1)?.note).toBe(`${NOTE_PREFIX}\n警告：新的提示（应为 3232.07，实为 3232.17）`);
    expect(marksOf(b)).toEqual([
      { sheet: '支出总表', cell: 'B2', original: { color: '#FFFF00', pattern: 'Solid' }, markColor: MARK_FILL.warning, added: 'note' },
    ]);
    await clearMarks(ctx, NOTES);
    expect(cellAt(b, 0, 1, 1)?.fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    expect(cellAt(b, 0, 1, 1)?.note).toBeUndefined();
  });

  it('leaves a fill the user set after marking, and a note the user rewrote', async () => {
    const b = workbook();
    const ctx = new FakeContext(b);
    await markCells(ctx, [finding('支出总表', 'B2'), finding('支出总表', 'C2')], NOTES);
    const b2 = cellAt(b, 0, 1, 1);
    if (b2) b2.fill = { color: '#00B050', pattern: 'Solid' };
    const c2 = cellAt(b, 0, 1, 2);
    if (c2) c2.note = '我已核对';
    await clearMarks(ctx, NOTES);
    expect(cellAt(b, 0, 1, 1)?.fill).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(cellAt(b, 0, 1, 2)?.note).toBe('我已核对');
    expect(cellAt(b, 0, 1, 2)?.fill).toBeNull();
  });

  it('uses the same number of syncs (4) for 5 findings and 500, on 1 sheet or 12', async () => {
    const counts: number[] = [];
    for (const [n, sheets] of [[5, 1], [500, 1], [500, 12]]) {
      const book: FakeBook = {
        sheets: Array.from({ length: sheets }, (_, i) => fakeSheet(`表${i + 1}`, Array.from({ length: 50 }, () => Array.from({ length: 10 }, () => 1)))),
        comments: [],
      };
      const findings = Array.from({ length: n }, (_, i) => finding(`表${(i % sheets) + 1}`, `${String.fromCharCode(65 + (i % 10))}${Math.floor(i / 10) + 1}`));
      const ctx = new FakeContext(book);
      await markCells(ctx, findings, NOTES);
      counts.push(ctx.syncs);
      expect(marksOf(book)).toHaveLength(n);
      const marked = ctx.syncs;
      await markCells(ctx, findings, NOTES);
      counts.push(ctx.syncs - marked);
    }
    expect(counts).toEqual([4, 4, 4, 4, 4, 4]);
  });

  it('skips findings on missing sheets and groups findings on one cell (sheet names compared like Excel)', async () => {
    const b = workbook();
    const ctx = new FakeContext(b);
    const findings = [finding('支出总表', 'B2'), finding('支出总表', '$b$2', 'warning'), finding('已删除', 'A1'), finding('', 'A1')];
    const result = await markCells(ctx, findings, NOTES);
    expect(result).toEqual({ cells: 1, skipped: 2, protectedSheets: [], gradient: 0, unannotated: 0, overLimit: 0 });
    expect(cellAt(b, 0, 1, 1)?.note?.split('\n')).toHaveLength(3);
    expect(ctx.syncs).toBe(4);
  });

  it('marks errors first and at most maxCells cells, saying how many were left', async () => {
    const b = workbook();
    const ctx = new FakeContext(b);
    const result = await markCells(ctx, [finding('支出总表', 'A1', 'info'), finding('支出总表', 'B2', 'warning'), finding('收入总表', 'B2')], NOTES, { maxCells: 2 });
    expect(result.overLimit).toBe(1);
    expect(cellAt(b, 0, 0, 0)?.fill ?? null).toBeNull();
    expect(cellAt(b, 1, 1, 1)?.fill?.color).toBe(MARK_FILL.error);
  });

  it('falls back to comments, and removes only the comments it added', async () => {
    const b = workbook();
    const ctx = new FakeContext(b);
    await markCells(ctx, [finding('支出总表', 'B2')], COMMENTS);
    expect(b.comments).toHaveLength(1);
    expect(b.comments[0]).toMatchObject({ sheet: '支出总表', cell: 'B2' });
    expect(marksOf(b)[0].added).toBe('comment');
    b.comments.push({ id: 'user', sheet: '收入总表', cell: 'A1', content: '请复核' });
    await clearMarks(ctx, COMMENTS);
    expect(b.comments.map((c) => c.id)).toEqual(['user']);
  });

  it('marks with fill only where neither notes nor comments exist', async () => {
    const b = workbook();
    const before = notes(b);
    const ctx = new FakeContext(b);
    await markCells(ctx, [finding('支出总表', 'A1', 'info')], FILL_ONLY);
    expect(cellAt(b, 0, 0, 0)?.fill?.color).toBe(MARK_FILL.info);
    expect(notes(b)).toBe(before);
    expect(b.comments).toEqual([]);
    await clearMarks(ctx, FILL_ONLY);
    expect(cellAt(b, 0, 0, 0)?.fill).toBeNull();
  });

  it('looks once and writes nothing when there is nothing to clear', async () => {
    const b = workbook();
    const ctx = new FakeContext(b);
    expect(await clearMarks(ctx, NOTES)).toEqual({ cells: 0, protectedSheets: [], missing: 0 });
    expect(ctx.syncs).toBe(1);
    expect(b.settings?.has(MARKS_KEY) ?? false).toBe(false);
  });
});
