// The strict Excel fake holds the Office layer to what Excel does (issue 13 item 10): each rule below is one way the
// old fake was more lenient than Excel. These tests pin the fake itself, so a later "simplification" cannot quietly
// make it lenient again.
import { FakeContext, FakeExcel, FakeOfficeError, fakeSheet, renameSheet, settingsOf, type FakeBook } from './fake-excel';
import { MERGED_AREAS_LIMIT } from './fake-range';
import { PAYLOAD_LIMIT } from './fake-wire';

const book = (): FakeBook => ({
  sheets: [fakeSheet('收支总表', [['部门收支总表', null], ['项目', 3232.07]]), fakeSheet('支出总表', [['b']])],
  comments: [],
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('strict Excel fake', () => {
  it('refuses load() without names or with a property the object lacks, and reading what was not loaded', async () => {
    const ctx = new FakeContext(book());
    const range = ctx.workbook.worksheets.getItem('收支总表').getRange('B2');
    expect(() => range.load()).toThrow(/name the properties/);
    expect(() => range.load('value')).toThrow(/has no property "value"/);
    expect(() => range.format.fill.load('colour')).toThrow(/RangeFill has no property "colour"/);
    range.load('values');
    range.format.fill.load('color');
    await ctx.sync();
    expect(range.values).toEqual([[3232.07]]);
    expect(() => range.text).toThrow(/PropertyNotLoaded/);
    expect(() => range.format.fill.pattern).toThrow(/PropertyNotLoaded/);
  });

  it('gives each runtime its own copy of the document settings; saveAsync writes the whole copy back', () => {
    const b = book();
    const excel = new FakeExcel(b);
    const pane = excel.runtime();
    const ribbon = excel.runtime();
    ribbon.set('k', 'ribbon');
    ribbon.saveAsync();
    expect(pane.get('k')).toBeNull();
    pane.set('other', 1);
    pane.saveAsync();
    expect(settingsOf(b).has('k')).toBe(false);
  });

  it('reads workbook.settings fresh in every Excel.run', async () => {
    const b = book();
    const excel = new FakeExcel(b);
    await excel.run(async (ctx) => {
      ctx.workbook.settings.add('k', { n: 1 });
      await ctx.sync();
    });
    const value = await excel.run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject('k');
      s.load('value');
      await ctx.sync();
      return s.value;
    });
    expect(value).toEqual({ n: 1 });
  });

  it('uses a context only inside its own Excel.run', async () => {
    const excel = new FakeExcel(book());
    let kept: FakeContext | undefined;
    await excel.run(async (ctx) => {
      kept = ctx;
    });
    expect(() => kept?.workbook.worksheets.getItem('收支总表').activate()).toThrow(/InvalidObjectPath/);
    await expect(excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('收支总表').activate())).rejects.toThrow(/without context.sync/);
  });

  it('refuses a request or a response over 5 MB', async () => {
    const b: FakeBook = { sheets: [fakeSheet('长文本', Array.from({ length: 400 }, () => Array.from({ length: 10 }, () => '绩效目标'.repeat(60))))], comments: [] };
    const ctx = new FakeContext(b);
    const all = ctx.workbook.worksheets.getItem('长文本').getRange('A1:J400');
    all.load('values');
    expect(await codeOf(ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    expect(ctx.largestResponse).toBeGreaterThan(PAYLOAD_LIMIT);
    const write = ctx.workbook.worksheets.getItem('长文本').getRange('A1:J300');
    write.values = Array.from({ length: 300 }, () => Array.from({ length: 10 }, () => '说明'.repeat(300)));
    expect(await codeOf(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    expect(b.sheets[0].cells.get('0,0')?.value).toBe('绩效目标'.repeat(60));
  });

  it('fails getMergedAreasOrNullObject over 512 merged areas', async () => {
    const b = book();
    b.sheets[0].merges = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, i) => `A${i * 2 + 10}:B${i * 2 + 10}`);
    const ctx = new FakeContext(b);
    ctx.workbook.worksheets.getItem('收支总表').getRange().getMergedAreasOrNullObject().load('areas/items/address');
    expect(await codeOf(ctx.sync())).toBe('GeneralException');
    b.sheets[0].merges.pop();
    const merged = ctx.workbook.worksheets.getItem('收支总表').getRange().getMergedAreasOrNullObject();
    merged.load('areas/items/address');
    await ctx.sync();
    expect(merged.areas.items).toHaveLength(MERGED_AREAS_LIMIT);
  });

  it('refuses a note where a threaded comment is and a comment where a note is; earlier writes of the batch stay', async () => {
    const b = book();
    const ctx = new FakeContext(b);
    const ws = ctx.workbook.worksheets.getItem('收支总表');
    ctx.workbook.comments.add(ws.getRange('A1'), '请复核');
    await ctx.sync();
    ws.getRange('B2').format.fill.color = '#F4A6A6';
    ws.notes.add('A1', '说明');
    expect(await codeOf(ctx.sync())).toBe('InvalidOperation');
    expect(b.sheets[0].cells.get('1,1')?.fill).toEqual({ color: '#F4A6A6', pattern: 'Solid' });
    ws.notes.add('B2', '经办人');
    await ctx.sync();
    ctx.workbook.comments.add(ws.getRange('B2'), '批注');
    expect(await codeOf(ctx.sync())).toBe('InvalidOperation');
  });

  it('throws AccessDenied for writes to a protected sheet, but still reads it', async () => {
    const b = book();
    b.sheets[0].protected = true;
    const ctx = new FakeContext(b);
    const ws = ctx.workbook.worksheets.getItem('收支总表');
    const cell = ws.getRange('B2');
    cell.load('values');
    await ctx.sync();
    cell.format.fill.color = '#F4A6A6';
    expect(await codeOf(ctx.sync())).toBe('AccessDenied');
    ws.notes.add('B2', 'x');
    expect(await codeOf(ctx.sync())).toBe('AccessDenied');
  });

  it('throws ItemAlreadyExists for a duplicate sheet name, compared case-insensitively', async () => {
    const b = book();
    b.sheets.push(fakeSheet('Notes', []));
    const ctx = new FakeContext(b);
    ctx.workbook.worksheets.add('NOTES');
    expect(await codeOf(ctx.sync())).toBe('ItemAlreadyExists');
    ctx.workbook.worksheets.add('收支总表');
    expect(await codeOf(ctx.sync())).toBe('ItemAlreadyExists');
  });

  it('rejects batches in cell-edit mode unless they ask to wait (delayForCellEdit)', async () => {
    const b = book();
    const excel = new FakeExcel(b);
    excel.startEditing();
    const touch = (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem('收支总表').getRange('B2').format.fill.color = '#FFD966';
      return ctx.sync();
    };
    expect(await codeOf(excel.run(touch))).toBe('InvalidOperationInCellEditMode');
    const waiting = excel.run({ delayForCellEdit: true }, touch);
    await new Promise((r) => setTimeout(r, 10));
    expect(b.sheets[0].cells.get('1,1')?.fill).toBeUndefined();
    excel.stopEditing();
    await waiting;
    expect(b.sheets[0].cells.get('1,1')?.fill).toEqual({ color: '#FFD966', pattern: 'Solid' });
  });

  it('keeps all five fill properties, refuses to write a gradient, and keeps a sheet id across a rename', async () => {
    const b = book();
    b.sheets[0].cells.set('1,1', { value: 1, fill: { color: '#FFC000', pattern: 'LinearGradient' } });
    const ctx = new FakeContext(b);
    const ws = ctx.workbook.worksheets.getItem('收支总表');
    const fill = ws.getRange('B2').format.fill;
    fill.load('color,pattern,patternColor,tintAndShade,patternTintAndShade');
    ws.load('id');
    await ctx.sync();
    expect([fill.pattern, fill.patternColor, fill.tintAndShade]).toEqual(['LinearGradient', null, 0]);
    fill.pattern = 'LinearGradient';
    expect(await codeOf(ctx.sync())).toBe('InvalidArgument');
    const id = ws.id;
    renameSheet(b, '收支总表', '表1');
    const byId = ctx.workbook.worksheets.getItem(id);
    byId.load('name');
    await ctx.sync();
    expect(byId.name).toBe('表1');
  });
});
