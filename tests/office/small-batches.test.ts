import { HostError } from '../../src/host/workbook-host';
import { detectCapabilities } from '../../src/office/excel-host';
import { freeSheetName, insertNarrativeSheet } from '../../src/office/narrative-sheet';
import { detectOfficeHost } from '../../src/office/office-ready';
import { selectCell } from '../../src/office/select-cell';
import { createEditWatcher } from '../../src/office/watch-edits';
import { FakeContext, FakeExcel, fakeSheet, type FakeBook } from './fake-excel';

const book = (): FakeBook => ({ sheets: [fakeSheet('收支总表', [['a']]), fakeSheet('支出总表', [['b']])], comments: [] });

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const b = book();
    await selectCell(new FakeContext(b), '支出总表', '$c$7');
    expect(b.active).toBe('支出总表');
    expect(b.selection).toBe('支出总表!C7');
  });
  it('explains in Chinese when the sheet is gone', async () => {
    await expect(selectCell(new FakeContext(book()), '旧表', 'A1')).rejects.toThrow(new HostError('找不到工作表「旧表」，可能已被重命名或删除。请重新校验。'));
    await expect(selectCell(new FakeContext(book()), '收支总表', 'R1C1')).rejects.toBeInstanceOf(HostError);
  });
});

describe('insertNarrativeSheet', () => {
  it('writes paragraphs as text in a new sheet with a free name', async () => {
    const b = book();
    b.sheets.push(fakeSheet('信息公开情况说明', []));
    const ctx = new FakeContext(b);
    const name = await insertNarrativeSheet(ctx, ['一、部门职责', '=3232.07-576.27']);
    expect(name).toBe('信息公开情况说明(2)');
    const cells = b.sheets[3].cells;
    expect(cells.get('1,0')).toEqual({ value: '=3232.07-576.27', formula: undefined, numFmt: '@' });
    expect(cells.get('0,0')?.value).toBe('一、部门职责');
    expect(b.active).toBe(name);
    expect(ctx.syncs).toBe(2);
  });
  it('takes the next free name when another insert took the name meanwhile (ItemAlreadyExists)', async () => {
    const b = book();
    const excel = new FakeExcel(b);
    const names = await Promise.all([excel.run((c) => insertNarrativeSheet(c, ['一'])), excel.run((c) => insertNarrativeSheet(c, ['二']))]);
    expect(names.sort()).toEqual(['信息公开情况说明', '信息公开情况说明(2)']);
    expect(b.sheets.map((s) => s.name)).toEqual(['收支总表', '支出总表', '信息公开情况说明', '信息公开情况说明(2)']);
  });
  it('compares names case-insensitively', () => {
    expect(freeSheetName('Notes', ['notes', 'NOTES(2)'])).toBe('Notes(3)');
  });
});

describe('detectCapabilities', () => {
  it('prefers notes (1.18), then threaded comments (1.10)', () => {
    const upTo = (max: number) => (_: string, v: string) => Number(v.split('.')[1]) <= max;
    expect(detectCapabilities(upTo(18))).toEqual({ notes: true, comments: true });
    expect(detectCapabilities(upTo(16))).toEqual({ notes: false, comments: true });
    expect(detectCapabilities(upTo(9))).toEqual({ notes: false, comments: false });
  });
});

describe('createEditWatcher', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('re-checks once after the edits stop', () => {
    const onEdit = jest.fn();
    const w = createEditWatcher(onEdit, { debounceMs: 1000 });
    w.notify();
    jest.advanceTimersByTime(900);
    w.notify();
    jest.advanceTimersByTime(900);
    expect(onEdit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(100);
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('ignores events caused by its own writes and their echo', async () => {
    let now = 0;
    const onEdit = jest.fn();
    const w = createEditWatcher(onEdit, { debounceMs: 10, ownEchoMs: 500, now: () => now });
    await w.ownWrite(async () => w.notify());
    now = 400;
    w.notify();
    jest.advanceTimersByTime(100);
    expect(onEdit).not.toHaveBeenCalled();
    now = 600;
    w.notify();
    jest.advanceTimersByTime(100);
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('stops on dispose', () => {
    const onEdit = jest.fn();
    const w = createEditWatcher(onEdit, { debounceMs: 10 });
    w.notify();
    w.dispose();
    jest.advanceTimersByTime(100);
    expect(onEdit).not.toHaveBeenCalled();
  });
});

describe('detectOfficeHost', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is the browser when office.js did not load', async () => {
    await expect(detectOfficeHost(100, {})).resolves.toBe('browser');
  });
  it('is Excel when Office.onReady says so, the browser for no host', async () => {
    await expect(detectOfficeHost(100, { Office: { onReady: async () => ({ host: 'Excel' }) } })).resolves.toBe('excel');
    await expect(detectOfficeHost(100, { Office: { onReady: async () => ({ host: null }) } })).resolves.toBe('browser');
  });
  it('does not hang when Office never answers', async () => {
    const pending = detectOfficeHost(100, { Office: { onReady: () => new Promise(() => undefined) } });
    jest.advanceTimersByTime(100);
    await expect(pending).resolves.toBe('browser');
  });
});
