// The web page and pane side of the file readers: any picked file becomes a Grid (the format read from its
// bytes), a PDF keeps where each cell is printed, a Word 说明 is checked against the checked grid, and last
// year's disclosure gives the prior-year figures. Readers load lazily, only when such a file comes.
import type { Grid } from '../engine/grid/types';
import type { PriorReading } from '../engine/narrative/prior-sources';
import type { Finding, Report } from '../engine/report';
import type { CheckOptions } from '../engine/check';
import type { FileFormat } from '../readers/format';
import { BundledCMapReaderFactory, BundledStandardFontDataFactory } from '../readers/pdf/bundled-data';
import type { PdfResources } from '../readers/pdf/load-pdf';
import { spotOf } from '../readers/pdf/locate';
import type { PdfSpot } from '../readers/pdf/text-types';

/** pdf.js's data files as lazy chunks of the app (no fetch: the offline page runs from file://). */
export const BROWSER_PDF: PdfResources = {
  factories: { CMapReaderFactory: BundledCMapReaderFactory, StandardFontDataFactory: BundledStandardFontDataFactory },
};

/** What the page knows about the file a Grid was read from. */
export interface DocumentInfo {
  format: FileFormat;
  bytes: Uint8Array;
  spots?: ReadonlyMap<string, PdfSpot>;
}

const INFO = new WeakMap<Grid, DocumentInfo>();

/** Read any supported file into a Grid, remembering its format (and a PDF's spots) for the views. */
export async function readAnyDocument(bytes: Uint8Array): Promise<Grid> {
  const { readDocument } = await import('../readers/read-document');
  const doc = await readDocument(bytes, { pdf: BROWSER_PDF });
  INFO.set(doc.grid, { format: doc.format, bytes, spots: doc.spots });
  return doc.grid;
}

/** The file behind a Grid read by readAnyDocument (undefined for Excel's own workbook). */
export function documentInfo(grid: Grid): DocumentInfo | undefined {
  return INFO.get(grid);
}

/** Where a finding is printed, when the Grid came from a PDF. */
export function pdfSpotOf(grid: Grid, sheet: string, cell: string): PdfSpot | undefined {
  const spots = INFO.get(grid)?.spots;
  if (!spots) return undefined;
  return spotOf(spots, sheet, cell);
}

/** Bytes the .xlsx annotator can take: an .xls / .et / .ods is converted first. */
export async function annotatableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const { detectFormat, isSheetJsFormat } = await import('../readers/format');
  if (!isSheetJsFormat(detectFormat(bytes))) return bytes;
  return (await import('../readers/sheetjs/read-sheetjs')).sheetJsToXlsx(bytes);
}

/** A finding of the Word 说明: paragraph number (1-based) and the message. */
export type WordFinding = Finding & { source?: string; paragraph?: number };

/** Read any supported file with what the views need: its format and, for a PDF, where each cell is printed. */
export async function readDocumentInfo(bytes: Uint8Array): Promise<{ grid: Grid; info: DocumentInfo }> {
  const grid = await readAnyDocument(bytes);
  return { grid, info: INFO.get(grid) as DocumentInfo };
}

/** Check a Word 说明 against the grid; only the findings on the 说明's paragraphs. */
export async function checkWordNarrative(grid: Grid, name: string, bytes: Uint8Array, options: CheckOptions): Promise<WordFinding[]> {
  const [{ readDocxParagraphs }, docx, { recognizeWorkbook }, { checkRecognized }] = await Promise.all([
    import('../readers/docx/read-docx'),
    import('../readers/docx/narrative-docx'),
    import('../engine/tables/recognize'),
    import('../engine/check'),
  ]);
  const narrative = docx.docxNarrative(name, await readDocxParagraphs(bytes));
  const joined = docx.withDocxNarrative(grid, recognizeWorkbook(grid), narrative);
  const report: Report = docx.markDocxFindings(checkRecognized(joined.grid, joined.recognition, name, options), joined.sheetName, name);
  return report.findings.filter((f: WordFinding) => f.source === name);
}

/** Last year's figures from last year's disclosure, each with where it came from (page/line for a PDF). */
export async function readPriorDocument(bytes: Uint8Array): Promise<{ reading: PriorReading; places: string[] } | null> {
  const grid = await readAnyDocument(bytes);
  const [{ recognizeWorkbook }, { priorWithSources }, { priorSourceText }] = await Promise.all([
    import('../engine/tables/recognize'),
    import('../engine/narrative/prior-sources'),
    import('../readers/prior-source-text'),
  ]);
  const { tables } = recognizeWorkbook(grid);
  if (tables.length === 0) return null;
  const reading = priorWithSources(tables);
  if (reading.sources.length === 0) return null;
  const spots = INFO.get(grid)?.spots;
  return { reading, places: reading.sources.map((s) => priorSourceText(s, spots)) };
}
