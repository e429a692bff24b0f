// Tell the clerk what a file really is (old .xls, CSV, PDF, or an ODS / Numbers / Word package renamed .xlsx)
// instead of a reader failing on it with 「没有任何工作表」 or 「已损坏」.
import type { ZipDirectory } from './zip';

/** What a file that is not an .xlsx turned out to be, so another reader can take it (src/readers). */
export type DetectedFormat = 'xls' | 'encrypted' | 'csv' | 'pdf' | 'ods' | 'numbers' | 'docx' | 'pptx' | 'zip';

/** An input file that cannot be read as a workbook; `message` is one zh-CN sentence saying what to do. */
export class WorkbookReadError extends Error {
  constructor(
    message: string,
    /** Set when the file is another known format. */
    readonly format?: DetectedFormat,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" in UTF-16LE: the stream an encrypted (password-protected) .xlsx carries in its OLE container. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  }
  return n > 0 && printable / n > 0.95;
}

/** Throw a clear WorkbookReadError unless the bytes look like an .xlsx (a zip container). */
export function sniffWorkbook(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new WorkbookReadError('文件是空的（0 字节），请确认选择了正确的 Excel 文件。');
  }
  if (startsWith(bytes, OLE)) {
    if (hasEncryptionInfo(bytes)) {
      throw new WorkbookReadError('工作簿设置了打开密码，无法读取。请在 Excel 中取消密码（文件 > 信息 > 保护工作簿）后另存一份再试。', 'encrypted');
    }
    throw new WorkbookReadError('这是旧版 Excel 97-2003 (.xls) 文件，暂不支持。请在 Excel 中“另存为” .xlsx 格式后再试。', 'xls');
  }
  if (startsWith(bytes, PDF)) {
    throw new WorkbookReadError('这是 PDF 文件，不是 Excel 工作簿，无法逐格校验。请选择部门预算公开表格的 .xlsx 原文件。', 'pdf');
  }
  if (startsWith(bytes, ZIP_EMPTY)) {
    throw new WorkbookReadError('文件是一个空的压缩包，不是 Excel 工作簿。请选择 .xlsx 文件。');
  }
  if (!startsWith(bytes, ZIP)) {
    if (looksLikeText(bytes)) {
      throw new WorkbookReadError('文件内容是纯文本（可能是 CSV 或网页），不是 Excel 工作簿。请在 Excel 中打开后“另存为” .xlsx 再试。', 'csv');
    }
    throw new WorkbookReadError('无法识别的文件格式，不是 Excel 工作簿 (.xlsx)。请确认文件没有损坏。');
  }
}

/** Packages that are zips but not spreadsheets in OOXML: what each is called and the parts that give it away. */
const PACKAGES: { format: DetectedFormat; parts: RegExp; message: string }[] = [
  {
    format: 'ods',
    parts: /^(content\.xml|META-INF\/manifest\.xml)$/,
    message: '这是 OpenDocument 电子表格（.ods，WPS 或 LibreOffice 保存的格式），扩展名却是 .xlsx。请在 WPS 或 LibreOffice 中“另存为” Excel 工作簿（.xlsx）后再试。',
  },
  {
    format: 'numbers',
    parts: /^(Index\/Document\.iwa|Index\.zip|Metadata\/DocumentIdentifier)$/,
    message: '这是苹果 Numbers 表格文件，扩展名却是 .xlsx。请在 Numbers 中选择“文件 > 导出为 > Excel”，保存为 .xlsx 后再试。',
  },
  {
    format: 'docx',
    parts: /^word\/document\.xml$/,
    message: '这是 Word 文档（.docx），不是 Excel 工作簿。请选择部门预算公开表格的 .xlsx 文件；情况说明请放在工作簿的一个工作表中。',
  },
  {
    format: 'pptx',
    parts: /^ppt\/presentation\.xml$/,
    message: '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿。请选择部门预算公开表格的 .xlsx 文件。',
  },
];

/** Throw a WorkbookReadError naming the format when a zip package is not an .xlsx workbook. */
export function sniffPackage(dir: ZipDirectory): void {
  if (dir.has('xl/workbook.xml') || dir.has('_rels/.rels')) {
    if (!dir.has('word/document.xml') && !dir.has('ppt/presentation.xml')) return;
  }
  const names = [...dir.keys()];
  for (const p of PACKAGES) {
    if (names.some((n) => p.parts.test(n))) throw new WorkbookReadError(p.message, p.format);
  }
  if (!dir.has('xl/workbook.xml') && !dir.has('_rels/.rels')) {
    throw new WorkbookReadError('这是一个普通的压缩包（.zip），里面没有 Excel 工作簿。请先解压，再选择其中的 .xlsx 文件。', 'zip');
  }
}
