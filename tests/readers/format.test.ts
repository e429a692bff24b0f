// The reader is chosen from the bytes, not the name: every kind of file a clerk may pick is told apart.
import { Document, Packer, Paragraph } from 'docx';
import { detectFormat, isSheetJsFormat } from '../../src/readers/format';
import { oleFile } from '../robustness/bad-files';
import { specAs } from '../fixtures/files/sheetjs-files';
import { layoutPdf } from '../fixtures/files/pdf-layout';
import { specToXlsx } from '../fixtures/workbook-spec';

const SPEC = { sheets: [{ name: '表1', rows: [['部门预算支出总表'], ['合计', 1.5]] }] };

describe('detectFormat', () => {
  it('tells .xlsx, .xls, .ods and .xlsb apart by content', async () => {
    expect(detectFormat(new Uint8Array(await specToXlsx(SPEC)))).toBe('xlsx');
    expect(detectFormat(await specAs(SPEC, 'biff8'))).toBe('xls');
    expect(detectFormat(await specAs(SPEC, 'ods'))).toBe('ods');
    expect(detectFormat(await specAs(SPEC, 'xlsb'))).toBe('xlsb');
  });

  it('finds a PDF and a Word document whatever their names', async () => {
    expect(detectFormat(await layoutPdf([[{ text: '说明', x: 10, y: 10 }]]))).toBe('pdf');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('情况说明')] }] }));
    expect(detectFormat(new Uint8Array(docx))).toBe('docx');
  });

  it('separates encrypted files and Word 97 documents from .xls in an OLE container', () => {
    expect(detectFormat(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(detectFormat(oleFile(['WordDocument', '1Table']))).toBe('doc');
    expect(detectFormat(oleFile(['Workbook']))).toBe('xls');
  });

  it('leaves text and empty files to the .xlsx reader, which explains them', () => {
    expect(detectFormat(new TextEncoder().encode('科目编码,科目名称\n201,一般公共服务支出\n'))).toBe('other');
    expect(detectFormat(new Uint8Array())).toBe('other');
  });

  it('routes only spreadsheet formats to SheetJS', () => {
    expect(['xls', 'ods', 'xlsb'].every((f) => isSheetJsFormat(f as never))).toBe(true);
    expect(['xlsx', 'pdf', 'docx', 'other'].some((f) => isSheetJsFormat(f as never))).toBe(false);
  });
});
