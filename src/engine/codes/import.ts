// Reading a clerk's official 科目表 (Excel) into an ImportedCodeTable: code + name columns, or 类/款/项 split columns.
import { normalizeText } from '../grid/normalize';
import { cellText, colCount, getCell, rowCount } from '../grid/sheet';
import type { Cell, Grid, Sheet } from '../grid/types';
import { money } from '../money';
import { classificationOf } from './code-book';
import type { ImportedCodeEntry, ImportedCodeTable } from './imported';

// The imported table's shape, re-exported so hosts import the parser and its result from one module.
export type { ImportedCodeEntry, ImportedCodeTable } from './imported';

const CODE_RE = /^\d{3}(\d{2}){0,2}$/;
const HEADER_SCAN = 15;
const MIN_ENTRIES = 3;

const JOINED_RE = /^(\d{3}(?:\d{2}){0,2})\s*([^\d\s].*)$/;

/** code === name when one column holds both ("2101501 行政运行"). */
type Shape =
  | { kind: 'code-name'; code: number; name: number; first: number }
  | { kind: 'split'; cls: number; section: number; item: number; name: number; first: number };

/** A code typed in a cell: digits stored as text or as a number (2101501, 2.101501E6); spaces removed. */
export function readCode(cell: Cell | undefined): string | null {
  if (!cell) return null;
  if (cell.value.kind === 'number') {
    const n = cell.value.num;
    return n.isInteger() && n.isPositive() ? n.toFixed(0) : null;
  }
  const t = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  if (/^\d+$/.test(t)) return t;
  if (/^\d(\.\d+)?E\+?\d{1,2}$/i.test(t)) {
    const n = money(t.toUpperCase());
    return n.isInteger() ? n.toFixed(0) : null;
  }
  return null;
}

/** A 款 or 项 part typed as a number loses its leading zero (05 -> 5): put it back. */
function part(code: string | null): string | null {
  return code !== null && code.length === 1 ? `0${code}` : code;
}

function headerText(sheet: Sheet, r: number, c: number): string {
  return normalizeText(cellText(getCell(sheet, r, c))).replace(/\s+/g, '');
}

function findHeader(sheet: Sheet): Shape | null {
  const cols = colCount(sheet);
  for (let r = 0; r < Math.min(HEADER_SCAN, rowCount(sheet)); r++) {
    const texts = Array.from({ length: cols }, (_, c) => headerText(sheet, r, c));
    const name = texts.findIndex((t) => /名称$/.test(t));
    if (name < 0) continue;
    const [cls, section, item] = ['类', '款', '项'].map((k) => texts.findIndex((t) => t === k));
    if (cls >= 0 && section >= 0 && item >= 0) {
      return { kind: 'split', cls, section, item, name, first: r + 1 };
    }
    const code = texts.findIndex((t) => /(编码|代码|编号)$/.test(t));
    if (code >= 0) return { kind: 'code-name', code, name, first: r + 1 };
  }
  return null;
}

/** Without a header: the column holding most codes, and the first mostly-text column to its right. */
function inferShape(sheet: Sheet): Shape | null {
  const cols = colCount(sheet);
  const rows = rowCount(sheet);
  const count = (c: number, test: (cell: Cell | undefined) => boolean): number => {
    let n = 0;
    for (let r = 0; r < rows; r++) if (test(getCell(sheet, r, c))) n++;
    return n;
  };
  const isCode = (cell: Cell | undefined): boolean => CODE_RE.test(readCode(cell) ?? '');
  const codeCounts = Array.from({ length: cols }, (_, c) => count(c, isCode));
  const code = codeCounts.indexOf(Math.max(0, ...codeCounts));
  if (code < 0 || codeCounts[code] < MIN_ENTRIES) return inferJoined(sheet, cols, count);
  for (let c = code + 1; c < cols; c++) {
    if (count(c, (cell) => cell?.value.kind === 'text') >= codeCounts[code] / 2) {
      return { kind: 'code-name', code, name: c, first: 0 };
    }
  }
  return null;
}

/** One column holding "2101501 行政运行": code and name come from the same cell. */
function inferJoined(sheet: Sheet, cols: number, count: (c: number, test: (cell: Cell | undefined) => boolean) => number): Shape | null {
  const isJoined = (cell: Cell | undefined): boolean => JOINED_RE.test(normalizeText(cellText(cell)));
  const counts = Array.from({ length: cols }, (_, c) => count(c, isJoined));
  const col = counts.indexOf(Math.max(0, ...counts));
  return col >= 0 && counts[col] >= MIN_ENTRIES ? { kind: 'code-name', code: col, name: col, first: 0 } : null;
}

/** The code and name of a row. */
function readCodeAndName(sheet: Sheet, r: number, shape: Shape, split: SplitAssembler): { code: string | null; name: string } {
  const read = (c: number): string | null => readCode(getCell(sheet, r, c));
  const nameText = normalizeText(cellText(getCell(sheet, r, shape.name)));
  if (shape.kind === 'split') return { code: split.next(read(shape.cls), part(read(shape.section)), part(read(shape.item))), name: nameText };
  if (shape.code !== shape.name) return { code: read(shape.code), name: nameText };
  const m = JOINED_RE.exec(nameText);
  return m ? { code: m[1], name: m[2].trim() } : { code: null, name: '' };
}

/** Assembles split parts with "blank = same as above"; a part may also be typed in full ("20101"). */
class SplitAssembler {
  private cls = '';
  private section = '';

  next(clsPart: string | null, sectionPart: string | null, itemPart: string | null): string | null {
    if (clsPart) {
      this.cls = clsPart.slice(0, 3);
      this.section = '';
    }
    if (sectionPart) this.section = sectionPart.length === 5 ? sectionPart.slice(3) : sectionPart;
    if (sectionPart?.length === 5) this.cls = sectionPart.slice(0, 3);
    if (itemPart) {
      if (itemPart.length === 7) return itemPart;
      return this.cls && this.section ? `${this.cls}${this.section}${itemPart}` : null;
    }
    if (sectionPart) return this.cls ? `${this.cls}${this.section}` : null;
    return clsPart ? this.cls : null;
  }
}

function readEntries(sheet: Sheet, shape: Shape): ImportedCodeEntry[] {
  const out = new Map<string, ImportedCodeEntry>();
  const split = new SplitAssembler();
  for (let r = shape.first; r < rowCount(sheet); r++) {
    const { code, name } = readCodeAndName(sheet, r, shape, split);
    const cls = code ? classificationOf(code) : null;
    if (!code || !CODE_RE.test(code) || !cls || name === '') continue;
    out.set(code, { cls, code, name });
  }
  return [...out.values()];
}

function detectYear(sheet: Sheet): number | null {
  for (let r = 0; r < Math.min(HEADER_SCAN, rowCount(sheet)); r++) {
    for (let c = 0; c < colCount(sheet); c++) {
      const m = /(20\d{2})\s*年/.exec(cellText(getCell(sheet, r, c)));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/**
 * One sheet of an official 科目表 -> an ImportedCodeTable, or null when the sheet holds no code table.
 * `year` overrides the year found in the sheet's title ("2024年政府收支分类科目"); null keeps the detected one.
 */
export function parseCodeTable(sheet: Sheet, year: number | null): ImportedCodeTable | null {
  const shape = findHeader(sheet) ?? inferShape(sheet);
  if (!shape) return null;
  const entries = readEntries(sheet, shape);
  if (entries.length < MIN_ENTRIES) return null;
  return { year: year ?? detectYear(sheet), source: `导入的科目表（工作表「${sheet.name}」）`, entries };
}

/** Every sheet of a workbook that holds a 科目表 (the CLI's --codes file, the add-in's chosen file). */
export function parseCodeWorkbook(grid: Grid, year: number | null = null): ImportedCodeTable[] {
  const out: ImportedCodeTable[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.state !== 'visible') continue;
    const table = parseCodeTable(sheet, year);
    if (table) out.push(table);
  }
  return out;
}
