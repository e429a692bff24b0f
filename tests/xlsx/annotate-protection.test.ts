// The annotated copy keeps sheet protection (the legacy password attribute too) and workbook structure protection
// exactly as the input had them; exceljs alone drops both.
import JSZip from 'jszip';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { withSheetProtection, withWorkbookProtection } from '../../src/xlsx/annotate-protection';
import { FINDINGS, fixtureBytes } from './annotate-fixture';

const SHEET_TAG = '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1" formatCells="0"/>';
const BOOK_TAG = '<workbookProtection workbookPassword="CC3D" lockStructure="1"/>';

async function protectedInput(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await fixtureBytes());
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/<sheetProtection\b[^>]*\/>/, '');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', `</sheetData>${SHEET_TAG}`));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace('<sheets>', `${BOOK_TAG}<sheets>`));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('annotated copy keeps protection', () => {
  it('copies <sheetProtection> and <workbookProtection> verbatim, in schema order', async () => {
    const out = await JSZip.loadAsync(await annotateWorkbook(await protectedInput(), FINDINGS));
    const book = await out.file('xl/workbook.xml')!.async('string');
    expect(book).toContain(BOOK_TAG);
    expect(book.indexOf(BOOK_TAG)).toBeLessThan(book.indexOf('<bookViews'));
    const sheets = await Promise.all(Object.keys(out.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => out.file(f)!.async('string')));
    const withTag = sheets.filter((x) => x.includes(SHEET_TAG));
    expect(withTag).toHaveLength(1);
    expect(withTag[0].indexOf(SHEET_TAG)).toBe(withTag[0].indexOf('</sheetData>') + '</sheetData>'.length);
    expect(withTag[0].match(/<sheetProtection/g)).toHaveLength(1);
  });

  it('places the tags after <sheetCalcPr/> and before <sheets> when there is no <bookViews>', () => {
    expect(withSheetProtection('<sheetData/><sheetCalcPr fullCalcOnLoad="1"/><mergeCells/>', SHEET_TAG)).toBe(`<sheetData/><sheetCalcPr fullCalcOnLoad="1"/>${SHEET_TAG}<mergeCells/>`);
    expect(withWorkbookProtection('<workbook><workbookPr/><sheets/></workbook>', BOOK_TAG)).toBe(`<workbook><workbookPr/>${BOOK_TAG}<sheets/></workbook>`);
  });

  it('an unprotected workbook stays unprotected', async () => {
    const out = await JSZip.loadAsync(await annotateWorkbook(await fixtureBytes(), FINDINGS));
    expect(await out.file('xl/workbook.xml')!.async('string')).not.toContain('workbookProtection');
  });
});
