// pdf.js, loaded on first use, with no worker fetched from anywhere: the worker code runs in the same thread
// (imported as a module), fonts are never evaluated, and cMaps come from the app's own files.
import { WorkbookReadError } from '../../xlsx/sniff';
import type { PdfPageText, PdfTextItem } from './text-types';

/**
 * Where pdf.js finds its character maps and standard font data: folder paths in Node; in the page and the pane,
 * factories that load them as the app's own chunks (bundled-data.ts), since a page opened from file:// may fetch
 * nothing.
 */
export type PdfResources =
  | { cMapUrl: string; standardFontDataUrl: string }
  | { factories: { CMapReaderFactory: new (options?: unknown) => unknown; StandardFontDataFactory: new (options?: unknown) => unknown } };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js and its worker module, imported once; the worker runs in this thread (no Worker, no request). */
async function loadPdfJs(): Promise<PdfJs> {
  const holder = globalThis as { pdfjsWorker?: unknown };
  if (!holder.pdfjsWorker) holder.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function toItem(raw: RawItem, pageHeight: number): PdfTextItem | null {
  const t = raw.transform;
  if (!t || typeof raw.str !== 'string' || raw.str.trim() === '') return null;
  // Horizontal text only: rotated stamps and vertical labels are not table cells.
  if (Math.abs(t[1]) > 1e-3 || Math.abs(t[2]) > 1e-3) return null;
  const size = Math.abs(t[3]) || raw.height || 1;
  return { str: raw.str, x: t[4], y: pageHeight - t[5], width: raw.width ?? 0, size };
}

function readError(e: unknown): WorkbookReadError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return new WorkbookReadError('PDF 文件设置了打开密码，无法读取。请使用没有密码的 PDF 再试。');
  return new WorkbookReadError('PDF 文件已损坏或格式不正确，无法读取。请重新导出 PDF，或改用原始 Excel 表格。');
}

/**
 * The getDocument options for the resources. With factories pdf.js's worker code (running in this same thread)
 * asks them for every cMap and font (useWorkerFetch false), whatever `document.baseURI` says, which a Web Worker
 * (the web page's engine worker) does not even have; with folders, Node reads the files.
 */
function resourceOptions(resources: PdfResources): Record<string, unknown> {
  if ('factories' in resources) {
    const { CMapReaderFactory, StandardFontDataFactory } = resources.factories;
    return { CMapReaderFactory, StandardFontDataFactory, cMapUrl: 'bundled/', cMapPacked: true, standardFontDataUrl: 'bundled/', useWorkerFetch: false };
  }
  return { cMapUrl: resources.cMapUrl, cMapPacked: true, standardFontDataUrl: resources.standardFontDataUrl };
}

/** Open PDF bytes with pdf.js (never evaluating font code); `draw` loads fonts for a canvas, text needs none. */
export async function openPdf(bytes: Uint8Array, resources: PdfResources, draw = false) {
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch {
    // pdf.js is an ES module: Node before 20.19 cannot load it from the compiled command line.
    throw new WorkbookReadError('无法加载读取 PDF 的组件（命令行需要 Node.js 20.19 或更新版本）。请升级 Node.js，或改用原始 Excel 表格。');
  }
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: draw,
    disableFontFace: !draw,
    verbosity: 0,
    ...resourceOptions(resources),
  });
  try {
    return await task.promise;
  } catch (e) {
    throw readError(e);
  }
}

/** The text layer of every page, y from the top. */
export async function extractPdfText(bytes: Uint8Array, resources: PdfResources): Promise<PdfPageText[]> {
  const doc = await openPdf(bytes, resources);
  const pages: PdfPageText[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items = (content.items as RawItem[]).map((it) => toItem(it, y1)).filter((it): it is PdfTextItem => it !== null);
      pages.push({ page: p, width: x1 - x0, height: y1 - y0, items: items.map((it) => ({ ...it, x: it.x - x0 })) });
      page.cleanup();
    }
  } catch (e) {
    throw e instanceof WorkbookReadError ? e : readError(e);
  } finally {
    await doc.destroy();
  }
  return pages;
}
