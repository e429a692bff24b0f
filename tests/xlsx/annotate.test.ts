// The annotated copy: fills and notes where the findings are, nothing else changed, a results sheet first.
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MARK_FILL, NOTE_PREFIX, noteText } from '../../src/engine/mark-style';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { collectInternalLinks } from '../../src/xlsx/annotate-keep-links';
import { NOTE_SEPARATOR } from '../../src/xlsx/annotate-note';
import { cellLinkTarget, RESULTS_SHEET_NAME, uniqueSheetName } from '../../src/xlsx/annotate-results-sheet';
import { specToWorkbook } from '../fixtures/workbook-spec';
import { argb, fillOf, FINDINGS, fixtureBytes, load, noteOf, OTHER, SPEC, SUMMARY, USER_NOTE } from './annotate-fixture';


let input: Uint8Array;
let original: ExcelJS.Workbook;
let annotated: ExcelJS.Workbook;
let output: Uint8Array;

beforeAll(async () => {
  input = await fixtureBytes();
  original = await load(input);
  output = await annotateWorkbook(input, FINDINGS);
  annotated = await load(output);
});

describe('fills and notes', () => {
  it('fills each finding cell with the colour of its worst severity', () => {
    const ws = annotated.getWorksheet(SUMMARY)!;
    expect(fillOf(ws, 'E8')).toBe(argb(MARK_FILL.error));
    expect(fillOf(ws, 'E5')).toBe(argb(MARK_FILL.warning));
    const other = annotated.getWorksheet(OTHER)!;
    expect(fillOf(other, 'A2')).toBe(argb(MARK_FILL.error));
    expect(fillOf(other, 'B2')).toBe(argb(MARK_FILL.info));
    expect(fillOf(other, 'B1')).toBe(argb(MARK_FILL.warning));
  });

  it('marks the top-left cell of a merged area when a finding points inside it', () => {
    const ws = annotated.getWorksheet(SUMMARY)!;
    expect(fillOf(ws, 'B3')).toBe(argb(MARK_FILL.info));
    expect(noteOf(ws, 'B3')).toBe(noteText([FINDINGS[3]]));
  });

  it('does not recolour cells that shared a style object with a marked cell', () => {
    const before = original.getWorksheet(SUMMARY)!;
    // Precondition: exceljs hands E5, E6 and C5 the same style object after load.
    expect(before.getCell('E6').style).toBe(before.getCell('E5').style);
    const ws = annotated.getWorksheet(SUMMARY)!;
    for (const a1 of ['E6', 'C5', 'C8', 'A5', 'D8']) expect(fillOf(ws, a1)).toBeUndefined();
  });

  it('puts every finding at a cell into one note, most severe first as reported', () => {
    const ws = annotated.getWorksheet(SUMMARY)!;
    const note = noteOf(ws, 'E8');
    expect(note).toBe(noteText([FINDINGS[0], FINDINGS[1]]));
    expect(note).toContain('（应为 3232.07，实为 3232.08）');
    expect(note.startsWith(NOTE_PREFIX)).toBe(true);
  });

  it("keeps the clerk's own notes and appends ours below a separator", () => {
    const ws = annotated.getWorksheet(OTHER)!;
    const rich = ws.getCell('A2').note as ExcelJS.Comment;
    expect(rich.texts?.[0]).toEqual(USER_NOTE.texts?.[0]);
    expect(noteOf(ws, 'A2')).toBe(`张会计:\n此项请核对${NOTE_SEPARATOR}${noteText([FINDINGS[4]])}`);
    expect(noteOf(ws, 'B1')).toBe(`原有批注${NOTE_SEPARATOR}${noteText([FINDINGS[6]])}`);
  });

  it('does not stack notes when an annotated copy is annotated again', async () => {
    const again = await load(await annotateWorkbook(output, FINDINGS));
    const ws = again.getWorksheet(OTHER)!;
    expect(noteOf(ws, 'B1')).toBe(`原有批注${NOTE_SEPARATOR}${noteText([FINDINGS[6]])}`);
    expect(noteOf(again.getWorksheet(SUMMARY)!, 'E8')).toBe(noteText([FINDINGS[0], FINDINGS[1]]));
    expect(again.worksheets.map((s) => s.name)).toEqual([`${RESULTS_SHEET_NAME}(2)`, RESULTS_SHEET_NAME, SUMMARY, OTHER]);
  });

  it('leaves a workbook without findings unmarked', async () => {
    const wb = await load(await annotateWorkbook(input, []));
    const ws = wb.getWorksheet(SUMMARY)!;
    expect(fillOf(ws, 'E8')).toBeUndefined();
    expect(noteOf(ws, 'E8')).toBe('');
    expect(wb.worksheets[0].getCell('A1').value).toBe('校验完成，未发现问题。');
  });
});

/** Cells the findings mark (C3 is inside the B3:C3 merge). */
const MARKED = new Set([`${SUMMARY}!E8`, `${SUMMARY}!E5`, `${SUMMARY}!B3`, `${OTHER}!A2`, `${OTHER}!B2`, `${OTHER}!B1`]);

/** The workbook's default font (font 0): a restyled cell names it explicitly where the original left it implied. */
const DEFAULT_FONT = { name: 'Calibri', family: 2, scheme: 'minor', size: 11, color: { theme: 1 } };

/** Everything about a cell except its fill, the only thing annotating may change besides the note. */
function cellSnapshot(cell: ExcelJS.Cell, marked: boolean): Record<string, unknown> {
  const { fill, ...style } = cell.style;
  const base = { value: cell.value, formula: cell.formula, numFmt: cell.numFmt, type: cell.type };
  if (!marked) return { ...base, style: { ...style, fill } };
  const border = style.border && Object.keys(style.border).length > 0 ? style.border : undefined;
  return { ...base, style: { ...style, font: style.font ?? DEFAULT_FONT, border } };
}

describe('the original sheets', () => {
  it('keeps every value, formula, cached result, number format and style of every cell', () => {
    let compared = 0;
    for (const before of original.worksheets) {
      const after = annotated.getWorksheet(before.name)!;
      before.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const marked = MARKED.has(`${before.name}!${cell.address}`);
          const got = { at: cell.address, ...cellSnapshot(after.getCell(r, c), marked) };
          expect(got).toEqual({ at: cell.address, ...cellSnapshot(cell, marked) });
          compared++;
        });
      });
      expect(after.actualRowCount).toBe(before.actualRowCount);
      expect(after.columnCount).toBe(before.columnCount);
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('keeps formulas with their cached results and the custom number format', () => {
    const ws = annotated.getWorksheet(SUMMARY)!;
    expect(ws.getCell('E8').value).toEqual({ formula: 'SUM(E5:E7)', result: 3232.07 });
    expect(ws.getCell('C8').value).toEqual({ formula: 'C5', result: 3232.07 });
    expect(ws.getCell('E7').numFmt).toBe('#,##0.00_ ');
    expect(annotated.getWorksheet(OTHER)!.getCell('B2').value).toBe('60.25');
  });

  it('keeps merges and sheet order after the results sheet', () => {
    for (const s of SPEC.sheets) {
      const merges = (annotated.getWorksheet(s.name)!.model as { merges: string[] }).merges;
      expect([...merges].sort()).toEqual([...(s.merges ?? [])].sort());
    }
    expect(annotated.worksheets.map((s) => s.name)).toEqual([RESULTS_SHEET_NAME, SUMMARY, OTHER]);
  });

  it('does not change the input bytes', async () => {
    const bytes = await fixtureBytes();
    const copy = Uint8Array.from(bytes);
    await annotateWorkbook(bytes, FINDINGS);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});

describe('naming', () => {
  it('quotes sheet names in link targets and doubles inner apostrophes', () => {
    expect(cellLinkTarget("Tom's 表", '$b$7')).toBe("#'Tom''s 表'!B7");
    expect(cellLinkTarget('Sheet1', 'A1')).toBe("#'Sheet1'!A1");
  });

  it('numbers the results sheet past names already taken', () => {
    expect(uniqueSheetName(['Sheet1'])).toBe('校验结果');
    expect(uniqueSheetName(['校验结果', '校验结果(2)'])).toBe('校验结果(3)');
  });
});

describe('the results sheet', () => {
  const rowTexts = (ws: ExcelJS.Worksheet, r: number): unknown[] =>
    Array.from({ length: 8 }, (_, i) => {
      const v = ws.getCell(r, i + 1).value;
      return typeof v === 'object' && v !== null && 'text' in v ? v.text : v;
    });

  it('comes first, is the active tab, and starts with counts and a header row', () => {
    const ws = annotated.worksheets[0];
    expect(ws.name).toBe(RESULTS_SHEET_NAME);
    expect(annotated.views[0].activeTab).toBe(0);
    expect(ws.getCell('A1').value).toBe(
      '共 8 条校验结果：错误 2 条，警告 4 条，提示 2 条。点击「单元格」列可跳转到对应单元格。',
    );
    expect(rowTexts(ws, 2)).toEqual(['序号', '严重程度', '工作表', '单元格', '说明', '应为', '实为', '规则']);
    expect(ws.getColumn(5).width).toBeGreaterThanOrEqual(40);
    expect(ws.getCell('E3').alignment?.wrapText).toBe(true);
  });

  it('lists every finding in report order', () => {
    const ws = annotated.worksheets[0];
    expect(rowTexts(ws, 3)).toEqual([1, '错误', SUMMARY, 'E8', '支出总计与各项之和不符', '3232.07', '3232.08', '合计 = 各类之和']);
    expect(rowTexts(ws, 10)).toEqual([8, '警告', '不存在的表', 'A1', '找不到该工作表', '', '', '其他校验']);
    expect(ws.getCell(11, 1).value).toBeNull();
  });

  it('keeps formula-looking messages as text, never formulas', async () => {
    const ws = annotated.worksheets[0];
    expect(rowTexts(ws, 7).slice(4, 7)).toEqual(['=SUM(A1:A3) 看起来像公式', '=1+1', '@x']);
    expect(ws.getCell('E8').value).toBe('+1 以文本形式存储的数字');
    expect(ws.getCell('E9').value).toBe('-2 表头');
    for (const a1 of ['E7', 'F7', 'G7', 'E8', 'E9']) expect(ws.getCell(a1).type).toBe(3 /* ValueType.String */);
    const zip = await JSZip.loadAsync(output);
    const xml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    expect(xml).toContain('<c r="E7"');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('links each cell address to its cell inside the workbook, quoting sheet names', async () => {
    const zip = await JSZip.loadAsync(output);
    const xml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    const links = [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1]);
    const attrs = links.map((a) => Object.fromEntries([...a.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])));
    expect(attrs.map((a) => [a.ref, a.location])).toEqual([
      ['D3', '&apos;收支 总表&apos;!E8'],
      ['D4', '&apos;收支 总表&apos;!E8'],
      ['D5', '&apos;收支 总表&apos;!E5'],
      ['D6', '&apos;收支 总表&apos;!C3'],
      ['D7', '&apos;Tom&apos;&apos;s 表&apos;!A2'],
      ['D8', '&apos;Tom&apos;&apos;s 表&apos;!B2'],
      ['D9', '&apos;Tom&apos;&apos;s 表&apos;!B1'],
    ]);
    // In-workbook links carry no relationship (an external one would be opened as a file path).
    expect(attrs.every((a) => a['r:id'] === undefined)).toBe(true);
    const rels = zip.file('xl/worksheets/_rels/sheet3.xml.rels');
    const relsXml = rels ? await rels.async('string') : '';
    expect(relsXml).not.toContain('hyperlink');
  });

  it('prints on A4 landscape, one page wide, repeating the header row', () => {
    const setup = annotated.worksheets[0].pageSetup;
    expect([setup.paperSize, setup.orientation, setup.fitToWidth, setup.printTitlesRow]).toEqual([9, 'landscape', 1, '2:2']);
  });

  it('lists findings on a hidden sheet without a link (Excel cannot jump there)', async () => {
    const hidden = { ...SPEC, sheets: [...SPEC.sheets, { name: '隐藏表', rows: [['x']], state: 'hidden' as const }] };
    const bytes = new Uint8Array((await specToWorkbook(hidden).xlsx.writeBuffer()) as ArrayBuffer);
    const f = { rule: 'r', severity: 'warning' as const, sheet: '隐藏表', cell: 'A1', message: '隐藏表中的问题' };
    const out = await annotateWorkbook(bytes, [FINDINGS[0], f]);
    const links = await collectInternalLinks(await JSZip.loadAsync(out));
    expect(links.get(RESULTS_SHEET_NAME)?.map((t) => /ref="(\w+)"/.exec(t)?.[1])).toEqual(['D3']);
    const wb = await load(out);
    expect(wb.worksheets[0].getCell('D4').value).toBe('A1');
    expect(wb.getWorksheet('隐藏表')!.state).toBe('hidden');
    expect(fillOf(wb.getWorksheet('隐藏表')!, 'A1')).toBe(argb(MARK_FILL.warning));
  });

  it('numbers its name when the workbook already has a 校验结果 sheet', async () => {
    const wb = specToWorkbook({ sheets: [{ name: RESULTS_SHEET_NAME, rows: [['x']] }, ...SPEC.sheets] });
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const out = await load(await annotateWorkbook(bytes, FINDINGS));
    expect(out.worksheets.map((s) => s.name)).toEqual([`${RESULTS_SHEET_NAME}(2)`, RESULTS_SHEET_NAME, SUMMARY, OTHER]);
    expect(out.getWorksheet(RESULTS_SHEET_NAME)!.getCell('A1').value).toBe('x');
  });
});
