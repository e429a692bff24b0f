// The workbook's sheets as one batch loads them: name, id, visibility and protection, with lookups by both.
import type { ExcelContextLike, WorksheetLike } from './excel-api';

/** One sheet as loaded. */
export interface SheetInfo {
  id: string;
  name: string;
  visible: boolean;
  /** Protected sheets refuse fills and notes (AccessDenied); they are read but never marked. */
  isProtected: boolean;
}

/** Sheets by id and by name (Excel compares names case-insensitively). */
export interface SheetIndex {
  all: SheetInfo[];
  byId(id: string): SheetInfo | undefined;
  byName(name: string): SheetInfo | undefined;
}

/** Queue loading every sheet's name, id, visibility and protection; read with `sheetIndex` after the sync. */
export function queueLoadSheets(context: ExcelContextLike): { readonly items: readonly WorksheetLike[] } {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility,items/protection/protected');
  return sheets;
}

/** The loaded sheets as a SheetIndex. */
export function sheetIndex(loaded: { readonly items: readonly WorksheetLike[] }): SheetIndex {
  const all = loaded.items.map((ws) => ({ id: ws.id, name: ws.name, visible: ws.visibility === 'Visible', isProtected: ws.protection.protected }));
  const ids = new Map(all.map((s) => [s.id, s]));
  const names = new Map(all.map((s) => [s.name.toLowerCase(), s]));
  return { all, byId: (id) => ids.get(id), byName: (name) => names.get(name.toLowerCase()) };
}
