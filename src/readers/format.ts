// What a file really is, from its bytes (never from its extension alone): clerks rename .et to .xls, save a
// PDF as "预算.xlsx", or pick the Word 说明 where the workbook was meant.

/** The kinds of input the readers tell apart. */
export type FileFormat =
  | 'xlsx'
  /** Excel 97-2003 .xls and WPS .et: BIFF records in an OLE container. */
  | 'xls'
  /** OpenDocument spreadsheet (.ods). */
  | 'ods'
  /** Binary Excel 2007+ workbook (.xlsb). */
  | 'xlsb'
  | 'pdf'
  | 'docx'
  /** Word 97-2003 .doc / WPS .wps (OLE with a WordDocument stream). */
  | 'doc'
  /** OpenDocument text (.odt). */
  | 'odt'
  /** An OLE container holding an encrypted (password-protected) Office file. */
  | 'encrypted'
  /** Anything else: left to the .xlsx reader, which explains empty, text and unknown files. */
  | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Enough of a zip's central directory and an OLE directory to find the entry names. */
const SCAN_LIMIT = 1 << 22;

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(s: string): number[] {
  return Array.from(s, (ch) => ch.charCodeAt(0));
}

function utf16le(s: string): number[] {
  return Array.from(s).flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/** True when `needle` occurs in the first SCAN_LIMIT bytes or the last SCAN_LIMIT bytes (a zip's directory). */
function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const scan = (from: number, to: number): boolean => {
    const last = Math.min(to, bytes.length) - needle.length;
    // The native indexOf finds each candidate first byte; only those are compared further.
    for (let i = bytes.indexOf(needle[0], Math.max(0, from)); i >= 0 && i <= last; i = bytes.indexOf(needle[0], i + 1)) {
      let j = 1;
      while (j < needle.length && bytes[i + j] === needle[j]) j++;
      if (j === needle.length) return true;
    }
    return false;
  };
  if (bytes.length <= 2 * SCAN_LIMIT) return scan(0, bytes.length);
  return scan(0, SCAN_LIMIT) || scan(bytes.length - SCAN_LIMIT, bytes.length);
}

/** "%PDF-" within the first 1024 bytes (the PDF specification allows leading junk). */
function isPdf(bytes: Uint8Array): boolean {
  const sig = ascii('%PDF-');
  const limit = Math.min(bytes.length, 1024) - sig.length;
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, sig, i)) return true;
  return false;
}

function zipFormat(bytes: Uint8Array): FileFormat {
  if (contains(bytes, ascii('word/document.xml'))) return 'docx';
  if (contains(bytes, ascii('xl/workbook'))) return contains(bytes, ascii('xl/workbook.bin')) ? 'xlsb' : 'xlsx';
  // ODF names its type in an uncompressed `mimetype` entry (first, per the standard) or manifest.
  if (contains(bytes, ascii('application/vnd.oasis.opendocument.spreadsheet'))) return 'ods';
  if (contains(bytes, ascii('application/vnd.oasis.opendocument.text'))) return 'odt';
  return 'xlsx';
}

function oleFormat(bytes: Uint8Array): FileFormat {
  if (contains(bytes, utf16le('EncryptionInfo'))) return 'encrypted';
  if (contains(bytes, utf16le('WordDocument'))) return 'doc';
  return 'xls';
}

/** Decide what the bytes hold. */
export function detectFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, ZIP)) return zipFormat(bytes);
  if (startsWith(bytes, OLE)) return oleFormat(bytes);
  if (isPdf(bytes)) return 'pdf';
  return 'other';
}

/** Formats read through SheetJS (loaded lazily, only for such files). */
export function isSheetJsFormat(format: FileFormat): format is 'xls' | 'ods' | 'xlsb' {
  return format === 'xls' || format === 'ods' || format === 'xlsb';
}

/** A clerk's name for a format, in messages. */
export const FORMAT_NAMES: Record<FileFormat, string> = {
  xlsx: 'Excel 工作簿（.xlsx）',
  xls: 'Excel 97-2003 / WPS 表格（.xls / .et）',
  ods: 'OpenDocument 表格（.ods）',
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  pdf: 'PDF 文件',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97-2003 文档（.doc）',
  odt: 'OpenDocument 文档（.odt）',
  encrypted: '设置了密码的文件',
  other: '未知格式的文件',
};
