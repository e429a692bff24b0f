// What the add-in marked, kept in the workbook's own settings (Excel.SettingCollection, ExcelApi 1.4) and read
// fresh inside every Excel.run: the task pane and the ribbon's function file are separate runtimes, and each one's
// Office.context.document.settings is a private in-memory copy whose saveAsync writes the whole copy back.
// Records are keyed by Worksheet.id (renaming a sheet keeps it) with the sheet's name as the fallback when the file
// was reopened (Excel may hand out new ids then).
import { queueLoadComments } from './comment-index';
import type { CommentCollectionLike, ExcelContextLike, MarkCapabilities, SettingLike } from './excel-api';
import { isSavedFill, type SavedFill } from './fill';
import { queueLoadSheets, sheetIndex, type SheetInfo, type SheetIndex } from './sheet-info';

/** One marked cell. */
export interface MarkRecord {
  /** Worksheet.id when the record was last saved. */
  sheetId: string;
  /** The sheet's name when the record was last saved (found again by name after a reopen). */
  sheet: string;
  /** A1, no sheet, no $. */
  cell: string;
  /** The fill before the first mark; null for no fill. Never one of our mark colours. */
  original: SavedFill | null;
  /** The fill colour we wrote; null when we left the fill alone (a gradient). */
  markColor: string | null;
  /** What we added to the cell, so clearing removes only that. */
  added: 'note' | 'comment' | null;
}

/** A record with the sheet it is on now. */
export interface LiveRecord {
  record: MarkRecord;
  sheet: SheetInfo;
}

/** Settings key of the records. */
export const MARKS_KEY = 'budgetDisclosure.marks';

interface StoredMarks {
  v: 2;
  marks: MarkRecord[];
}

/** Queue reading the records; the value is readable after the next sync. */
export function queueLoadMarks(context: ExcelContextLike): SettingLike {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY);
  setting.load('value');
  return setting;
}

/** Queue writing the records (an empty list is written too, so nothing older is picked up again). */
export function queueSaveMarks(context: ExcelContextLike, marks: readonly MarkRecord[]): void {
  const value: StoredMarks = { v: 2, marks: [...marks] };
  context.workbook.settings.add(MARKS_KEY, value);
}

function isMarkRecord(v: unknown): v is MarkRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<MarkRecord>;
  return typeof r.sheetId === 'string' && typeof r.sheet === 'string' && typeof r.cell === 'string' &&
    (r.markColor === null || typeof r.markColor === 'string') && (r.original === null || isSavedFill(r.original)) &&
    (r.added === null || r.added === 'note' || r.added === 'comment');
}

/** A record written by version 0.1 (keyed by sheet name only, fill colour and pattern only). */
function fromV1(v: unknown): MarkRecord | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as { sheet?: unknown; cell?: unknown; original?: unknown; markColor?: unknown; added?: unknown };
  if (typeof r.sheet !== 'string' || typeof r.cell !== 'string' || typeof r.markColor !== 'string') return null;
  if (r.original !== null && !isSavedFill(r.original)) return null;
  const added = r.added === 'note' || r.added === 'comment' ? r.added : null;
  return { sheetId: '', sheet: r.sheet, cell: r.cell, original: r.original as SavedFill | null, markColor: r.markColor, added };
}

/** The records in a loaded setting; anything malformed is dropped rather than trusted. */
export function readMarks(setting: SettingLike): MarkRecord[] {
  if (setting.isNullObject) return [];
  const v = setting.value;
  if (Array.isArray(v)) return v.map(fromV1).filter((r): r is MarkRecord => r !== null);
  const stored = v as Partial<StoredMarks> | null;
  return stored && Array.isArray(stored.marks) ? stored.marks.filter(isMarkRecord) : [];
}

/** Each record with the sheet it is on now (by id, else by its saved name), and those whose sheet is gone. */
export function resolveMarks(marks: readonly MarkRecord[], sheets: SheetIndex): { live: LiveRecord[]; orphans: MarkRecord[] } {
  const live: LiveRecord[] = [];
  const orphans: MarkRecord[] = [];
  for (const record of marks) {
    const sheet = sheets.byId(record.sheetId) ?? sheets.byName(record.sheet);
    if (sheet) live.push({ record, sheet });
    else orphans.push(record);
  }
  return { live, orphans };
}

/** A record brought up to date with its sheet's current id and name. */
export function current({ record, sheet }: LiveRecord): MarkRecord {
  return record.sheetId === sheet.id && record.sheet === sheet.name ? record : { ...record, sheetId: sheet.id, sheet: sheet.name };
}

/** What marking and clearing both start from: the sheets, the remembered marks resolved against them, the comments. */
export interface MarkState {
  sheets: SheetIndex;
  live: LiveRecord[];
  orphans: MarkRecord[];
  /** The workbook's comments, when the host can hold notes or comments (null otherwise). */
  comments: CommentCollectionLike | null;
}

/** One batch: load the sheets, the records and (where the host has them) the comments, and resolve the records. */
export async function loadMarkState(context: ExcelContextLike, caps: MarkCapabilities): Promise<MarkState> {
  const loadedSheets = queueLoadSheets(context);
  const setting = queueLoadMarks(context);
  const comments = caps.notes || caps.comments ? queueLoadComments(context) : null;
  await context.sync();
  const sheets = sheetIndex(loadedSheets);
  return { sheets, ...resolveMarks(readMarks(setting), sheets), comments };
}
