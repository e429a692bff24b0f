// The reader the project used before src/xlsx/read-workbook.ts: .xlsx -> Grid through exceljs. Kept as the
// reference the new reader is compared with (tests/xlsx/reader-parity.test.ts); not used by any host.
import ExcelJS from 'exceljs';
import { buildSheet } from '../../src/engine/grid/sheet';
import type { Grid, RawCell, Rect, Sheet, SheetState } from '../../src/engine/grid/types';
import { sniffWorkbook, WorkbookReadError } from '../../src/xlsx/sniff';

/** Read an .xlsx into a Grid through exceljs (the old path). */
export async function readWorkbookExceljs(bytes: Uint8Array): Promise<Grid> {
  sniffWorkbook(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(toArrayBuffer(bytes));
  } catch {
    throw new WorkbookReadError('文件已损坏或不完整，Excel 工作簿无法打开。请在 Excel 中重新保存为 .xlsx 后再试。');
  }
  if (wb.worksheets.length === 0) {
    throw new WorkbookReadError('工作簿中没有任何工作表。请确认选择的是部门预算公开表格文件。');
  }
  return { sheets: wb.worksheets.map(readSheet) };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

interface MergeModel {
  model: { top: number; left: number; bottom: number; right: number };
}

function mergesOf(ws: ExcelJS.Worksheet): Rect[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeModel> })._merges ?? {};
  return Object.values(internal).map((m) => ({
    top: m.model.top - 1,
    left: m.model.left - 1,
    bottom: m.model.bottom - 1,
    right: m.model.right - 1,
  }));
}

function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: RawCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = rawCell(cell);
      if (raw) out[colNumber - 1] = raw;
    });
    rows[rowNumber - 1] = out;
  });
  const state: SheetState = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  return buildSheet(ws.name, rows, mergesOf(ws), state);
}

type Plain = string | number | boolean | Date | null;

function richTextOf(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/** Resolve exceljs value shapes (rich text, hyperlinks, formulas, errors) to a stored value. */
function plainValue(v: ExcelJS.CellValue): { value: Plain; formula?: string; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) {
    return { value: v };
  }
  if ('error' in v && typeof v.error === 'string') return { value: null, error: v.error };
  if ('richText' in v && Array.isArray(v.richText)) return { value: richTextOf(v) };
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const result = f.result as ExcelJS.CellValue | undefined;
    const inner = plainValue(result === undefined ? null : result);
    return { ...inner, formula: f.formula ?? f.sharedFormula };
  }
  if ('text' in v && 'hyperlink' in v) {
    const t = (v as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof t === 'string') return { value: t };
    if (t && typeof t === 'object' && 'richText' in t) return { value: richTextOf(t as { richText: { text: string }[] }) };
    return { value: null };
  }
  return { value: null };
}

function rawCell(cell: ExcelJS.Cell): RawCell | null {
  const p = plainValue(cell.value);
  if (p.value === null && !p.formula && !p.error) return null;
  const numFmt = typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : undefined;
  // A shared-formula copy's value names only its master cell ("B3"); cell.formula is its own formula ("SUM(C4:C9)").
  const formula = p.formula ? (typeof cell.formula === 'string' && cell.formula !== '' ? cell.formula : p.formula) : undefined;
  const raw: RawCell = {
    value: p.value,
    formula,
    error: p.error,
    numFmt,
    text: typeof p.value === 'string' ? p.value : undefined,
  };
  const indent = cell.alignment?.indent;
  if (typeof p.value === 'string' && typeof indent === 'number' && indent > 0) raw.indent = indent;
  return raw;
}
