// The reader on hand-written packages: what Excel, WPS and LibreOffice write that exceljs-made fixtures never hold.
import { strToU8, zipSync } from 'fflate';
import { getCell } from '../../src/engine/grid/sheet';
import type { Cell, Sheet } from '../../src/engine/grid/types';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read-workbook';
import { partPackage, type PartBook } from './ooxml-package';

async function sheetOf(book: PartBook, i = 0): Promise<Sheet> {
  return (await readWorkbook(partPackage(book))).sheets[i];
}

function num(c: Cell | undefined): string | null {
  return c && c.value.kind === 'number' ? c.value.num.toFixed() : null;
}

describe('reader: values', () => {
  it('shared strings with rich-text runs and phonetic guides, inline strings, _xHHHH_ escapes and entities', async () => {
    const s = await sheetOf({
      sharedStrings: ['<r><t>一般公共</t></r><r><rPr><b/></rPr><t>预算</t></r><rPh sb="0" eb="1"><t>ヨサン</t></rPh>', '行政&amp;运行_x000D_'],
      sheets: [{ name: '表', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>事业</t></r><r><t xml:space="preserve"> 运行</t></r></is></c></row>' }],
    });
    expect(getCell(s, 0, 0)?.text).toBe('一般公共预算');
    expect(getCell(s, 0, 1)?.text).toBe('行政&运行\r');
    expect(getCell(s, 0, 2)?.value).toEqual({ kind: 'text', text: '事业运行' });
  });

  it('keeps a cached 0, and a formula without a cached value arrives as a formula with no value', async () => {
    const s = await sheetOf({
      sheets: [{ name: '表', sheetData: '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1"><f>SUM(C1:C9)</f></c><c r="C1"><f>1/0</f><v></v></c></row>' }],
    });
    expect(getCell(s, 0, 0)?.formula).toBe('B1-B1');
    expect(num(getCell(s, 0, 0))).toBe('0');
    expect(getCell(s, 0, 1)).toMatchObject({ formula: 'SUM(C1:C9)', value: { kind: 'blank' } });
    expect(getCell(s, 0, 2)).toMatchObject({ formula: '1/0', value: { kind: 'blank' } });
  });

  it('gives each cell of a shared formula its own references', async () => {
    const s = await sheetOf({
      sheets: [{
        name: '表',
        sheetData: '<row r="2"><c r="D2"><f t="shared" ref="D2:E4" si="0">SUM(B2:C2)+$A$1+LOG10(A2)+\'B 2\'!B2</f><v>5</v></c><c r="E2"><f t="shared" si="0"/><v>6</v></c></row><row r="4"><c r="D4"><f t="shared" si="0"/></c></row>',
      }],
    });
    expect(getCell(s, 1, 4)?.formula).toBe("SUM(C2:D2)+$A$1+LOG10(B2)+'B 2'!C2");
    expect(getCell(s, 3, 3)?.formula).toBe("SUM(B4:C4)+$A$1+LOG10(A4)+'B 2'!B4");
    expect(getCell(s, 3, 3)?.value.kind).toBe('blank');
  });

  it('booleans, errors, ISO dates (t="d"), numbers under built-in and custom formats', async () => {
    const s = await sheetOf({
      numFmts: '<numFmt numFmtId="164" formatCode="#,##0.000_ "/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>',
      xfs: [0, 4, 164, 165, 31, 14],
      sheets: [{
        name: '表',
        sheetData: '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#REF!</v></c><c r="C1" t="d"><v>2021-03-01T00:00:00Z</v></c><c r="D1" s="1"><v>1234.5</v></c><c r="E1" s="2"><v>3.14159</v></c><c r="F1" s="3"><v>44197</v></c><c r="G1" s="4"><v>44198</v></c><c r="H1" s="5"><v>1</v></c></row>',
      }],
    });
    expect(getCell(s, 0, 0)?.value).toEqual({ kind: 'bool', value: true });
    expect(getCell(s, 0, 1)?.value).toEqual({ kind: 'error', code: '#REF!' });
    expect(getCell(s, 0, 2)?.text).toBe('2021-03-01');
    expect(getCell(s, 0, 3)).toMatchObject({ numFmt: '#,##0.00', decimals: 2 });
    expect(getCell(s, 0, 4)).toMatchObject({ numFmt: '#,##0.000_ ', decimals: 3 });
    expect(getCell(s, 0, 5)?.text).toBe('2021-01-01');
    expect(getCell(s, 0, 6)?.text).toBe('2021-01-02');
    expect(getCell(s, 0, 7)?.text).toBe('1900-01-01');
  });

  it('counts serial dates from 1904 when the workbook says so', async () => {
    const s = await sheetOf({ date1904: true, xfs: [0, 14], sheets: [{ name: '表', sheetData: '<row r="1"><c r="A1" s="1"><v>42735</v></c></row>' }] });
    expect(getCell(s, 0, 0)?.text).toBe('2021-01-01');
  });

  it('reads cells without r attributes, and namespace-prefixed elements', async () => {
    const bytes = partPackage({ sheets: [{ name: '表', sheetData: '' }] });
    const s = await sheetOf({ sheets: [{ name: '表', sheetData: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c></row>' }] });
    expect([num(getCell(s, 0, 0)), num(getCell(s, 0, 1)), num(getCell(s, 1, 2))]).toEqual(['1', '2', '3']);
    expect((await readWorkbook(bytes)).sheets[0].cells).toEqual([]);
  });
});

describe('reader: sheets, merges, hidden rows and columns', () => {
  it('sheet order and state, merges with covered cells dropped, hidden rows and columns', async () => {
    const grid = await readWorkbook(partPackage({
      sheets: [
        {
          name: '收支总表',
          before: '<cols><col min="2" max="3" width="0" hidden="1"/><col min="5" max="5" width="9"/></cols>',
          sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1"><v>9</v></c></row><row r="3" hidden="1"><c r="A3"><v>1</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
        },
        { name: '隐藏', state: 'hidden', sheetData: '' },
        { name: '深藏', state: 'veryHidden', sheetData: '' },
      ],
    }));
    const [s, h, v] = grid.sheets;
    expect(grid.sheets.map((x) => `${x.name}:${x.state}`)).toEqual(['收支总表:visible', '隐藏:hidden', '深藏:veryHidden']);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(getCell(s, 0, 1)).toBeUndefined();
    expect(s.hiddenRows).toEqual([2]);
    expect(s.hiddenCols).toEqual([1, 2]);
    expect(h.cells).toEqual([]);
    expect(v.hiddenRows).toBeUndefined();
  });
});

describe('reader: what a package is when it is not a workbook', () => {
  const zip = (files: Record<string, string>) => {
    const z: Record<string, Uint8Array> = {};
    for (const [k, v] of Object.entries(files)) z[k] = strToU8(v);
    return zipSync(z);
  };
  const cases: [string, Uint8Array, RegExp, string][] = [
    ['ODS', zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>', 'META-INF/manifest.xml': '<x/>' }), /OpenDocument/, 'ods'],
    ['Numbers', zip({ 'Index/Document.iwa': 'x', 'Metadata/DocumentIdentifier': 'x' }), /Numbers/, 'numbers'],
    ['Word', zip({ '[Content_Types].xml': '<x/>', '_rels/.rels': '<x/>', 'word/document.xml': '<x/>' }), /Word 文档/, 'docx'],
    ['PowerPoint', zip({ '_rels/.rels': '<x/>', 'ppt/presentation.xml': '<x/>' }), /PowerPoint/, 'pptx'],
    ['a plain zip', zip({ 'readme.txt': 'hello' }), /压缩包/, 'zip'],
    ['PDF', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), /PDF/, 'pdf'],
  ];
  it.each(cases)('%s renamed .xlsx is named for what it is', async (_n, bytes, re, format) => {
    const e = await readWorkbook(bytes).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookReadError);
    expect((e as WorkbookReadError).message).toMatch(re);
    expect((e as WorkbookReadError).format).toBe(format);
  });
});
