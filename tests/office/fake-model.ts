// Shared pieces of the Excel fake: the in-memory workbook model, Office-style errors and small helpers.
import { columnLetter, parseRangeA1 } from '../../src/engine/grid/address';
import type { Rect } from '../../src/engine/grid/types';

/** A cell's fill as Excel reports it; optional parts are absent when never set (Excel's defaults). */
export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numFmt?: string;
  text?: string;
  error?: boolean;
  fill?: FakeFill | null;
  note?: string;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: string[];
  /** Worksheet.id, assigned on first use (sheetIdOf); a reopened file gets new ones (reopenBook). */
  id?: string;
  /** Worksheet.protection.protected: every write to the sheet fails with AccessDenied. */
  protected?: boolean;
}

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

/** The whole fake workbook; tests inspect it directly. */
export interface FakeBook {
  sheets: FakeSheet[];
  comments: FakeComment[];
  /** The document's settings (workbook.settings and, per runtime, Office.context.document.settings). */
  settings?: Map<string, unknown>;
  active?: string;
  selection?: string;
}

/** An error as office.js raises it: a code from Excel.ErrorCodes and a message. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'OfficeExtension.Error';
  }
}

/** Throw an Office-style error. */
export function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}

export const key = (r: number, c: number) => `${r},${c}`;
export const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

/** A fake sheet from rows of plain values (null = empty) or full cells, placed at `origin` (A1 text). */
export function fakeSheet(name: string, rows: (string | number | FakeCell | null)[][], origin = 'A1', extra: Partial<FakeSheet> = {}): FakeSheet {
  const o = parseRangeA1(origin) as Rect;
  const cells = new Map<string, FakeCell>();
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      cells.set(key(o.top + r, o.left + c), typeof v === 'object' ? { ...v } : { value: v });
    }),
  );
  return { name, visibility: 'Visible', cells, merges: [], ...extra };
}

export function notLoaded(what: string): never {
  return fail('PropertyNotLoaded', `${what} read before load + sync`);
}

let nextSheetId = 1;

/** Worksheet.id of a sheet (a GUID-like string, assigned once per "session"). */
export function sheetIdOf(sheet: FakeSheet): string {
  sheet.id ??= `{${String(nextSheetId++).padStart(8, '0')}-0001-0000-0000-000000000000}`;
  return sheet.id;
}

/** The sheet a getItem key names: its id, or its name compared case-insensitively like Excel. */
export function findSheet(book: FakeBook, key: string): FakeSheet | undefined {
  const lower = key.toLowerCase();
  return book.sheets.find((s) => sheetIdOf(s) === key) ?? book.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The document settings map, created on first use. */
export function settingsOf(book: FakeBook): Map<string, unknown> {
  book.settings ??= new Map();
  return book.settings;
}

/** The threaded comment on a cell, if any. */
export function commentAt(book: FakeBook, sheet: string, cell: string): FakeComment | undefined {
  return book.comments.find((c) => c.sheet === sheet && c.cell === cell);
}

/** Rename a sheet as the clerk would (its id stays; its comments move with it). */
export function renameSheet(book: FakeBook, from: string, to: string): void {
  const sheet = findSheet(book, from);
  if (!sheet) throw new Error(`no sheet ${from}`);
  for (const c of book.comments) if (c.sheet === sheet.name) c.sheet = to;
  sheet.name = to;
}

/** Close and reopen the file: Excel may hand out new worksheet ids (they are only stable within a session). */
export function reopenBook(book: FakeBook): void {
  for (const s of book.sheets) s.id = undefined;
}

/** The cell's fill in a test-friendly form (null when none). */
export function fillAt(book: FakeBook, sheet: string, a1Text: string): FakeFill | null {
  const r = parseRangeA1(a1Text) as Rect;
  return findSheet(book, sheet)?.cells.get(key(r.top, r.left))?.fill ?? null;
}

/** A range address as Excel writes it: the sheet quoted when it needs to be, one cell without a colon. */
export function rangeAddress(sheet: string, top: string, bottom: string): string {
  const name = /^[A-Za-z0-9_\u3400-\u9fff]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return top === bottom ? `${name}!${top}` : `${name}!${top}:${bottom}`;
}
