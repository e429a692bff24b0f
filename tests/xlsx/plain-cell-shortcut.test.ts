// The sheet reader reads plain cells (`<c …/>`, `<c …><v>…</v></c>`) whole, without the scanner's events, and
// builds plain number cells without a raw cell. Whatever the XML and wherever the chunks are cut, the sheet it reads
// must be exactly the sheet the events give.
import fc from 'fast-check';
import { parseRangeA1 } from '../../src/engine/grid/address';
import { normalizeCell } from '../../src/engine/grid/normalize';
import { SheetReader, type RawSheet } from '../../src/xlsx/ooxml-sheet';
import type { CellStyle } from '../../src/xlsx/ooxml-strings';
import { XmlScanner } from '../../src/xlsx/xml-scan';

const STYLES: CellStyle[] = [
  { numFmt: undefined, isDate: false, indent: 0 },
  { numFmt: '#,##0.00', isDate: false, indent: 0 },
  { numFmt: 'yyyy-mm-dd', isDate: true, indent: 0 },
  { numFmt: 'General', isDate: false, indent: 2 },
  { numFmt: '0.0%', isDate: false, indent: 0 },
];
const STRINGS = ['合计', '一般公共服务支出', '  人员经费 ', '2101101'];

/** Read `xml` fed in `chunks` pieces; `shortcut` false drops the reader's element shortcut (events only). */
function read(xml: string, cuts: number[], shortcut: boolean): { sheet: RawSheet; cells: number } {
  let cells = 0;
  const reader = new SheetReader({ strings: STRINGS, styles: STYLES, date1904: false, onCell: () => void cells++ });
  const events = reader.handler;
  const scanner = new XmlScanner(shortcut ? events : { open: events.open, close: events.close, text: events.text });
  let at = 0;
  for (const cut of [...cuts, xml.length]) {
    const to = Math.max(at, Math.min(cut, xml.length));
    scanner.write(xml.slice(at, to));
    at = to;
  }
  scanner.end();
  return { sheet: reader.result(), cells };
}

const ref = fc.tuple(fc.constantFrom('A', 'B', 'C', 'AA', 'b'), fc.integer({ min: 1, max: 30 })).map(([c, r]) => `${c}${r}`);
const attrs = fc
  .tuple(
    fc.option(ref, { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    fc.option(fc.constantFrom('s', 'n', 'str', 'b', 'e', 'inlineStr', 'd', 'x'), { nil: undefined }),
    fc.constantFrom(' ', '  ', '\n', ' x14ac:dyDescent="0.25" ', "  r='Z9' ", ' r="C3" ', ' s="" ', ' s="x" ', ' t="s" ', ' r = "D4" ', ' cm="1" '),
    fc.constantFrom('', ' s="007"', ' r="A&#49;"', ' t="&#115;"', ' s="1&#50;"', " t='str'", ' R="A1"', ' x="&amp;"', ' s="99999"', ' r="A0"', ' r="1A"'),
  )
  .map(([r, s, t, sp, extra]) => [r && `r="${r}"`, s !== undefined && `s="${s}"`, t && `t="${t}"`].filter(Boolean).join(sp) + extra);
const value = fc.constantFrom('0', '12', '1234.5', '-0.25', '1e3', ' 7 ', '', 'abc', '1', '3', '#N/A', '45000', '2026-01-02', '1&amp;2', '&#49;2', 'Infinity', '-0', '0.1');
const cell = fc.oneof(
  fc.tuple(attrs, value).map(([a, v]) => `<c ${a}><v>${v}</v></c>`),
  attrs.map((a) => `<c ${a}/>`),
  attrs.map((a) => `<c${a ? ` ${a}` : ''}></c>`),
  fc.tuple(attrs, value).map(([a, v]) => `<c ${a}><f>SUM(A1:A2)</f><v>${v}</v></c>`),
  fc.tuple(attrs, value).map(([a, v]) => `<c ${a}><v>${v}</v> </c>`),
  fc.tuple(attrs, value).map(([a, v]) => `<x:c ${a}><x:v>${v}</x:v></x:c>`),
  attrs.map((a) => `<c ${a}><is><r><t>支出</t></r><r><t xml:space="preserve"> 合计</t></r></is></c>`),
  fc.constant('<col min="2" max="3" hidden="1"/>'),
  fc.constant('<cols/>'),
  fc.constant('<mergeCell ref="A1:C2"/>'),
);
const row = fc.tuple(fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), fc.array(cell, { maxLength: 6 })).map(
  ([r, cells]) => `<row${r ? ` r="${r}"` : ''}>${cells.join('')}</row>`,
);
const sheetXml = fc.array(row, { maxLength: 8 }).map((rows) => `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);

describe('plain cells read whole', () => {
  it('a typical sheet: numbers, shared strings, a formula, a date, a blank, an empty value', () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>1234.5</v></c>' +
      '<c r="C2" s="2"><v>45000</v></c><c r="D2"/><c r="E2"><v></v></c><c r="F2"><f>B2*2</f><v>2469</v></c></row></sheetData></worksheet>';
    const { sheet, cells } = read(xml, [], true);
    expect(cells).toBe(4);
    const r = sheet.rows[1];
    expect(r[0]).toMatchObject({ value: { kind: 'text', text: '一般公共服务支出' } });
    expect(r[1]).toMatchObject({ numFmt: '#,##0.00', text: '1234.5', decimals: 2, value: { kind: 'number', cents: 123450 } });
    expect(r[2]).toMatchObject({ value: { kind: 'text' }, text: '2023-03-15' });
    expect(r[3]).toBeUndefined();
    expect(r[4]).toBeUndefined();
    expect(r[5]).toMatchObject({ formula: 'B2*2', value: { kind: 'number' } });
    expect(read(xml, [], false)).toEqual({ sheet, cells });
  });

  it('reads every sheet, cut anywhere, exactly as the events do', () => {
    fc.assert(
      fc.property(sheetXml, fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 6 }), (xml, cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const events = read(xml, [], false);
        expect(read(xml, [], true)).toEqual(events);
        expect(read(xml, sorted, true)).toEqual(events);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('merge refs read without regular expressions', () => {
  const letters = fc.stringMatching(/^[A-Za-z$]{0,4}$/);
  const digits = fc.stringMatching(/^[0-9$]{0,8}$/);
  const part = fc.oneof(
    fc.tuple(fc.constantFrom('A', 'Z', 'AA', 'XFD', 'ZZZ', 'B'), fc.oneof(fc.integer({ min: 0, max: 1_048_577 }), fc.integer({ min: 0, max: 99_999_999 }))).map(([c, r]) => `${c}${r}`),
    fc.tuple(letters, digits).map(([c, r]) => `${c}${r}`),
  );
  const ref = fc.oneof(
    fc.tuple(part, part).map(([a, b]) => `${a}:${b}`),
    part,
    fc.tuple(part, part, part).map(([a, b, c]) => `${a}:${b}:${c}`),
    fc.tuple(part, part).map(([a, b]) => ` ${a}:${b} `),
  );

  it('gives the merge parseRangeA1 gives, for every ref a file may hold', () => {
    expect(read('<worksheet><mergeCells><mergeCell ref="B3:D7"/><mergeCell ref="D7:B3"/></mergeCells></worksheet>', [], true).sheet.merges).toEqual([
      { top: 2, left: 1, bottom: 6, right: 3 },
      { top: 2, left: 1, bottom: 6, right: 3 },
    ]);
    fc.assert(
      fc.property(ref, (r) => {
        const expected = parseRangeA1(r);
        expect(read(`<worksheet><mergeCells><mergeCell ref="${r}"/></mergeCells></worksheet>`, [], true).sheet.merges).toEqual(expected ? [expected] : []);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('shared-string cells made straight from the string', () => {
  const strings = ['合计', '', ' ', '#N/A', '１２３．４５', '(1,234.50)', '-', '一般公共服务支出\n', '2101101', '  人员经费 '];
  it('are the cells normalizeCell makes of the raw cell (value, text, format, indent), whatever the string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: strings.length + 1 }), fc.integer({ min: 0, max: STYLES.length }), (i, style) => {
        let cells = 0;
        const reader = new SheetReader({ strings, styles: STYLES, date1904: false, onCell: () => void cells++ });
        const scanner = new XmlScanner(reader.handler);
        scanner.write(`<worksheet><sheetData><row r="1"><c r="A1" s="${style}" t="s"><v>${i}</v></c></row></sheetData></worksheet>`);
        scanner.end();
        const st = STYLES[style];
        const s = strings[i];
        const general = (v: string) => normalizeCell({ value: v, text: v, numFmt: st?.numFmt, ...(st && st.indent > 0 ? { indent: st.indent } : {}) });
        const expected = s === undefined || s === '' ? undefined : general(s);
        expect(reader.result().rows[0]?.[0]).toEqual(expected);
        expect(cells).toBe(expected ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});
