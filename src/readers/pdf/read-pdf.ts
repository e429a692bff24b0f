// A published 公开 PDF -> the engine's Grid: text layer, lines, blocks (tables joined across pages, prose),
// rebuilt sheets, and where each cell was printed. A scanned PDF (no text layer) gets one clear sentence.
import { WorkbookReadError } from '../../xlsx/sniff';
import { splitBlocks } from './blocks';
import { pageLines } from './lines';
import { extractPdfText, type PdfResources } from './load-pdf';
import { rebuildGrid, type RebuiltPdf } from './rebuild';
import type { PdfPageText } from './text-types';

export type { PdfResources } from './load-pdf';
export type { RebuiltPdf } from './rebuild';

/** Fewer characters than this on every page: the pages are pictures (a scan), not text. */
const MIN_TEXT_CHARS = 10;

/** Rebuild the grid from pages already extracted (pure: tests feed pages directly). */
export function rebuildFromPages(pages: readonly PdfPageText[]): RebuiltPdf {
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.trim().length, 0), 0);
  if (pages.length === 0 || chars < MIN_TEXT_CHARS) {
    throw new WorkbookReadError('这个 PDF 没有文字层（可能是扫描件或图片），无法读取表格。请使用原始 Excel 表格，或导出带文字的 PDF 再试。');
  }
  const rebuilt = rebuildGrid(splitBlocks(pages.map(pageLines)));
  if (rebuilt.grid.sheets.length === 0) {
    throw new WorkbookReadError('PDF 中没有读到表格或说明文字。请确认这是部门预算公开文件。');
  }
  return rebuilt;
}

/** Read PDF bytes into a Grid plus the page/line of each cell. */
export async function readPdf(bytes: Uint8Array, resources: PdfResources): Promise<RebuiltPdf> {
  return rebuildFromPages(await extractPdfText(bytes, resources));
}
