// `annotate` on a file that is not .xlsx: .xls / .et / .ods / .xlsb become an .xlsx copy first (the annotated
// copy is always .xlsx, and the clerk is told so); a PDF or a Word file cannot carry cell marks.
import * as path from 'node:path';
import { detectFormat, isSheetJsFormat } from '../readers/format';
import { UserInputError } from './io';

/** The .xlsx bytes to annotate, where the copy goes, and what to tell the clerk about the format. */
export interface AnnotateSource {
  bytes: Uint8Array;
  output: string;
  /** Set when the input was converted: one zh-CN sentence printed before the usual line. */
  note: string | null;
}

/** An output path ending in .xlsx (the extension replaced when it was another one). */
export function asXlsxPath(output: string): string {
  const ext = path.extname(output);
  return ext.toLowerCase() === '.xlsx' ? output : `${ext ? output.slice(0, -ext.length) : output}.xlsx`;
}

/** Prepare the input for the .xlsx annotator. */
export async function annotateSource(bytes: Uint8Array, output: string): Promise<AnnotateSource> {
  const format = detectFormat(bytes);
  if (format === 'pdf') {
    throw new UserInputError('PDF 文件无法加标注：标注要写在表格的单元格里。请用 check 查看问题所在的页和行，或对原始 Excel 表格运行 annotate。');
  }
  if (format === 'docx' || format === 'doc' || format === 'odt') {
    throw new UserInputError('这是 Word 文档，无法生成表格标注副本。核对 Word 情况说明请用：check 表格.xlsx --narrative 说明.docx。');
  }
  if (!isSheetJsFormat(format)) return { bytes, output, note: null };
  const { sheetJsToXlsx } = await import('../readers/sheetjs/read-sheetjs');
  const xlsxOutput = asXlsxPath(output);
  return {
    bytes: await sheetJsToXlsx(bytes),
    output: xlsxOutput,
    note: `原文件是 .xls / .et / .ods 格式，标注副本保存为 .xlsx 格式（「${xlsxOutput}」），原文件不会被修改。`,
  };
}
