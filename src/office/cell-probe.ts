// Reading a cell's current fill and note in one batch, shared by marking (which undoes earlier marks first) and
// clearing, so both see a cell the same way. Threaded comments are found through the comment index.
import { NOTE_PREFIX } from '../engine/mark-style';
import type { ExcelContextLike, MarkCapabilities, NoteLike, RangeLike, WorksheetLike } from './excel-api';
import { FILL_PROPERTIES, readFill, type SavedFill } from './fill';
import type { SheetInfo } from './sheet-info';

/** One cell as it is now; properties are readable after the batch that queued it has synced. */
export interface CellProbe {
  sheet: SheetInfo;
  cell: string;
  ws: WorksheetLike;
  range: RangeLike;
  note?: NoteLike;
}

/** "sheetId!A1": joins findings, records, probes and comments (ids survive a rename within the session). */
export function cellKey(sheetId: string, cell: string): string {
  return `${sheetId}!${cell}`;
}

/** Queue loads for the fill (all five properties) and the note of each cell; sync before reading them. */
export function queueProbes(context: ExcelContextLike, cells: readonly { sheet: SheetInfo; cell: string }[], caps: MarkCapabilities): Map<string, CellProbe> {
  const probes = new Map<string, CellProbe>();
  const sheets = new Map<string, WorksheetLike>();
  for (const { sheet, cell } of cells) {
    const key = cellKey(sheet.id, cell);
    if (probes.has(key)) continue;
    let ws = sheets.get(sheet.id);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(sheet.id);
      sheets.set(sheet.id, ws);
    }
    const probe: CellProbe = { sheet, cell, ws, range: ws.getRange(cell) };
    probe.range.format.fill.load(FILL_PROPERTIES);
    if (caps.notes) {
      probe.note = ws.notes.getItemOrNullObject(cell);
      probe.note.load('content');
    }
    probes.set(key, probe);
  }
  return probes;
}

/** The fill as found, null when the cell has none. */
export function currentFill(probe: CellProbe): SavedFill | null {
  return readFill(probe.range.format.fill);
}

/** Whether the cell carries a note, and whether it is one we wrote. */
export function noteOwner(probe: CellProbe): 'none' | 'ours' | 'user' {
  if (!probe.note || probe.note.isNullObject) return 'none';
  return probe.note.content.startsWith(NOTE_PREFIX) ? 'ours' : 'user';
}
