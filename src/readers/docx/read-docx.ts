// A Word 情况说明 (.docx) -> numbered paragraphs, through mammoth (tracked deletions, fields, hyperlinks, tables
// and text boxes are its job, not ours), loaded only when a .docx is opened.
import { detectFormat } from '../format';
import { WorkbookReadError } from '../../xlsx/sniff';

/** A paragraph of the document with its 1-based number (empty paragraphs are not counted). */
export interface DocxParagraph {
  number: number;
  text: string;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/** Why a file handed in as the Word 说明 cannot be read, in one sentence. */
function notDocx(bytes: Uint8Array): WorkbookReadError | null {
  switch (detectFormat(bytes)) {
    case 'docx':
      return null;
    case 'doc':
      return new WorkbookReadError('这是旧版 Word 97-2003 (.doc) 文件，暂不支持。请在 Word 或 WPS 中“另存为” .docx 格式后再试。');
    case 'odt':
      return new WorkbookReadError('这是 OpenDocument 文本 (.odt) 文件，暂不支持。请在 WPS 或 LibreOffice 中“另存为” .docx 格式后再试。');
    case 'encrypted':
      return new WorkbookReadError('Word 文档设置了打开密码，无法读取。请取消密码后另存一份再试。');
    case 'pdf':
      return new WorkbookReadError('这是 PDF 文件，不是 Word 文档。请选择 .docx 格式的情况说明，或直接校验这个 PDF。');
    default:
      return new WorkbookReadError('这不是 Word 文档 (.docx)。请选择用 Word 或 WPS 保存的 .docx 格式情况说明。');
  }
}

/** The non-empty paragraphs of a .docx, numbered from 1 in reading order (table cells included). */
export async function readDocxParagraphs(bytes: Uint8Array): Promise<DocxParagraph[]> {
  const wrong = notDocx(bytes);
  if (wrong) throw wrong;
  let text: string;
  try {
    const mammoth = await import('mammoth');
    const data = toArrayBuffer(bytes);
    // mammoth's Node build reads `buffer`, its browser build (webpack's pick) `arrayBuffer`: give both the bytes.
    const input = { arrayBuffer: data, buffer: data } as { arrayBuffer: ArrayBuffer };
    text = (await mammoth.extractRawText(input)).value;
  } catch {
    throw new WorkbookReadError('Word 文档已损坏或不完整，无法读取。请在 Word 或 WPS 中重新保存为 .docx 后再试。');
  }
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '');
  if (paragraphs.length === 0) throw new WorkbookReadError('Word 文档中没有文字，无法核对情况说明。');
  return paragraphs.map((text, i) => ({ number: i + 1, text }));
}
