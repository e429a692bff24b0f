// Tell the clerk what a file really is before exceljs fails on it with an unreadable stack.

/** An input file that cannot be read as a workbook; `message` is one zh-CN sentence saying what to do. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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
      throw new WorkbookReadError('工作簿设置了打开密码，无法读取。请在 Excel 中取消密码（文件 > 信息 > 保护工作簿）后另存一份再试。');
    }
    throw new WorkbookReadError('这是旧版 Excel 97-2003 (.xls) 文件，暂不支持。请在 Excel 中“另存为” .xlsx 格式后再试。');
  }
  if (startsWith(bytes, ZIP_EMPTY)) {
    throw new WorkbookReadError('文件是一个空的压缩包，不是 Excel 工作簿。请选择 .xlsx 文件。');
  }
  if (!startsWith(bytes, ZIP)) {
    if (looksLikeText(bytes)) {
      throw new WorkbookReadError('文件内容是纯文本（可能是 CSV 或网页），不是 Excel 工作簿。请在 Excel 中打开后“另存为” .xlsx 再试。');
    }
    throw new WorkbookReadError('无法识别的文件格式，不是 Excel 工作簿 (.xlsx)。请确认文件没有损坏。');
  }
}
