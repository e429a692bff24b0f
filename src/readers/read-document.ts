// One entry for every file a clerk or reviewer picks: the format is read from the bytes, then the reader for it
// (exceljs for .xlsx; SheetJS, pdf.js and mammoth load only when such a file comes).
import type { Grid } from '../engine/grid/types';
import { readWorkbook, WorkbookReadError, type ReadOptions as XlsxReadOptions } from '../xlsx/read-workbook';
import { detectFormat, isSheetJsFormat, type FileFormat } from './format';
import type { PdfResources } from './pdf/load-pdf';
import type { PdfSpot } from './pdf/text-types';

/** A document read into the engine's Grid. */
export interface ReadDocument {
  format: FileFormat;
  grid: Grid;
  /** PDF only: where each cell of the rebuilt grid is printed (see pdf/locate.ts). */
  spots?: ReadonlyMap<string, PdfSpot>;
}

/** What readers need from the host: where pdf.js finds its data files, and the .xlsx reader's limits. */
export interface ReadOptions {
  pdf: PdfResources;
  xlsx?: XlsxReadOptions;
}

/** The sentence for a file that is not a spreadsheet or a PDF. */
function notATable(format: FileFormat): WorkbookReadError | null {
  switch (format) {
    case 'docx':
    case 'doc':
    case 'odt':
      return new WorkbookReadError('这是 Word 文档，不是预算表格。请先打开预算表格（.xlsx、.xls、.et 或 PDF），再用「核对 Word 说明」（命令行 --narrative 说明.docx）核对它。');
    case 'encrypted':
      return new WorkbookReadError('工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中取消密码（文件 > 信息 > 保护工作簿）后另存一份再试。');
    default:
      return null;
  }
}

/** Read any supported file into a Grid; WorkbookReadError (one zh-CN sentence) when it cannot. */
export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  const format = detectFormat(bytes);
  const refused = notATable(format);
  if (refused) throw refused;
  if (isSheetJsFormat(format)) {
    const { readSheetJsWorkbook } = await import('./sheetjs/read-sheetjs');
    return { format, grid: await readSheetJsWorkbook(bytes) };
  }
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf/read-pdf');
    const { grid, spots } = await readPdf(bytes, options.pdf);
    return { format, grid, spots };
  }
  return { format, grid: await readWorkbook(bytes, options.xlsx) };
}
