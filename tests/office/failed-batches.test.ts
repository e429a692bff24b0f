// Issue 13 items 2-4: a write batch Excel refuses part-way (note where a threaded comment is, comment where a note
// is, a protected sheet) never loses a cell's original fill, every fill property comes back, gradients are left
// alone, and records follow a sheet through a rename (and a reopened file, where ids change).
import { MARK_FILL, NOTE_PREFIX } from '../../src/engine/mark-style';
import { FakeExcel, fakeSheet, fillAt, renameSheet, reopenBook, type FakeBook, type FakeFill } from './fake-excel';
import { COMMENTS, finding, NOTES, runtimeHost } from './runtime-host';

const BLUE: FakeFill = { color: '#DDEBF7', pattern: 'Solid' };
const PATTERNED: FakeFill = { color: '#DDEBF7', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0.4, patternTintAndShade: -0.25 };

function book(): FakeBook {
  return {
    sheets: [
      fakeSheet('支出总表', [
        ['科目', '合计', '基本支出'],
        ['医疗保障', { value: 3232.17, fill: { ...BLUE } }, { value: 2655.8, fill: { ...PATTERNED } }],
        ['行政运行', { value: 2655.8, note: '经办人：张三' }, { value: 95.46, fill: { color: '#FFC000', pattern: 'LinearGradient' } }],
      ]),
      fakeSheet('收入总表', [['项目', '金额'], ['一般公共预算', { value: 3232.07, fill: { ...BLUE } }]]),
    ],
    comments: [],
  };
}

const snapshot = (b: FakeBook) => JSON.stringify(b.sheets.map((s) => [s.name, [...s.cells].map(([k, c]) => [k, c.value, c.fill ?? null, c.note ?? null])]));

describe('a batch Excel refuses part-way', () => {
  it('a threaded comment on a marked cell: the other cells get notes, nothing is lost, clear restores all', async () => {
    const b = book();
    b.comments.push({ id: 'user-1', sheet: '支出总表', cell: 'B2', content: '请复核这个数' });
    const before = snapshot(b);
    const excel = new FakeExcel(b);
    const host = runtimeHost(excel, NOTES);
    const findings = [finding('支出总表', 'B2'), finding('支出总表', 'C2', 'warning'), finding('收入总表', 'B2')];
    await host.markFindings(findings).catch(() => undefined);
    await host.markFindings(findings).catch(() => undefined);
    expect(fillAt(b, '支出总表', 'B2')?.color).toBe(MARK_FILL.error);
    expect(b.sheets[0].cells.get('1,2')?.note?.startsWith(NOTE_PREFIX)).toBe(true);
    expect(b.comments).toEqual([{ id: 'user-1', sheet: '支出总表', cell: 'B2', content: '请复核这个数' }]);
    await host.clearMarks();
    expect(snapshot(b)).toBe(before);
  });

  it('comments only (no notes API) and a legacy note on a marked cell: nothing is lost, clear restores all', async () => {
    const b = book();
    const before = snapshot(b);
    const host = runtimeHost(new FakeExcel(b), COMMENTS);
    const findings = [finding('支出总表', 'B3'), finding('支出总表', 'B2'), finding('收入总表', 'B2')];
    await host.markFindings(findings).catch(() => undefined);
    await host.markFindings(findings).catch(() => undefined);
    expect(fillAt(b, '收入总表', 'B2')?.color).toBe(MARK_FILL.error);
    expect(b.sheets[0].cells.get('2,1')?.note).toBe('经办人：张三');
    await host.clearMarks();
    expect(snapshot(b)).toBe(before);
    expect(b.comments).toEqual([]);
  });

  it('a protected sheet is left alone and named; the others are marked and cleared', async () => {
    const b = book();
    b.sheets[1].protected = true;
    const before = snapshot(b);
    const host = runtimeHost(new FakeExcel(b), NOTES);
    const outcome = await host.markFindings([finding('支出总表', 'B2'), finding('收入总表', 'B2')]);
    expect(fillAt(b, '支出总表', 'B2')?.color).toBe(MARK_FILL.error);
    expect(fillAt(b, '收入总表', 'B2')).toEqual(BLUE);
    expect(JSON.stringify(outcome)).toContain('收入总表');
    await host.clearMarks();
    expect(snapshot(b)).toBe(before);
  });

  it('never records the mark colour as a cell\'s original fill', async () => {
    const b = book();
    b.sheets[1].cells.set('0,1', { value: '金额', fill: { color: MARK_FILL.error, pattern: 'Solid' } });
    const host = runtimeHost(new FakeExcel(b), NOTES);
    await host.markFindings([finding('收入总表', 'B1')]);
    await host.clearMarks();
    expect(fillAt(b, '收入总表', 'B1')?.color).not.toBe(MARK_FILL.error);
  });
});

describe('fills and sheets', () => {
  it('restores colour, pattern, pattern colour and both tints; leaves a gradient unfilled-by-us and says so', async () => {
    const b = book();
    const before = snapshot(b);
    const host = runtimeHost(new FakeExcel(b), NOTES);
    const outcome = await host.markFindings([finding('支出总表', 'C2'), finding('支出总表', 'C3', 'warning')]);
    expect(fillAt(b, '支出总表', 'C2')).toEqual({ color: MARK_FILL.error, pattern: 'Solid' });
    expect(fillAt(b, '支出总表', 'C3')).toEqual({ color: '#FFC000', pattern: 'LinearGradient' });
    expect(b.sheets[0].cells.get('2,2')?.note?.startsWith(NOTE_PREFIX)).toBe(true);
    expect(JSON.stringify(outcome)).toMatch(/"gradient":1/);
    await host.clearMarks();
    expect(snapshot(b)).toBe(before);
  });

  it('clears the marks of a sheet renamed after the check', async () => {
    const b = book();
    const before = snapshot(b).replace('"支出总表"', '"表3"');
    const host = runtimeHost(new FakeExcel(b), NOTES);
    await host.markFindings([finding('支出总表', 'B2'), finding('支出总表', 'A1')]);
    renameSheet(b, '支出总表', '表3');
    await host.clearMarks();
    expect(snapshot(b)).toBe(before);
  });

  it('clears the marks after the file was closed and reopened (new worksheet ids)', async () => {
    const b = book();
    const before = snapshot(b);
    await runtimeHost(new FakeExcel(b), NOTES).markFindings([finding('支出总表', 'B2')]);
    reopenBook(b);
    await runtimeHost(new FakeExcel(b), NOTES).clearMarks();
    expect(snapshot(b)).toBe(before);
  });
});
