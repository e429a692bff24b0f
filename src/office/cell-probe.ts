// Reading a cell's current fill and annotation in one batch, and putting back what we changed. Shared by
// marking (which restores earlier marks first) and clearing, so both restore the same way.
import { NOTE_PREFIX } from '../engine/mark-style';
import type { CommentLike, ExcelContextLike, MarkCapabilities, NoteLike, RangeLike } from './excel-api';
import type { MarkRecord, SavedFill } from './settings';

/** What one cell looks like now; properties are readable after the batch that queued it has synced. */
export interface CellProbe {
  sheet: string;
  cell: string;
  range: RangeLike;
  note?: NoteLike;
  comment?: CommentLike;
}

/** "sheet!A1" key used to join findings, records and probes. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Queue loads for the fill and annotation of each cell; call context.sync() before reading them. */
export function queueProbes(
  context: ExcelContextLike,
  cells: readonly { sheet: string; cell: string; commentId?: string }[],
  caps: MarkCapabilities,
): Map<string, CellProbe> {
  const probes = new Map<string, CellProbe>();
  for (const { sheet, cell, commentId } of cells) {
    const key = cellKey(sheet, cell);
    const existing = probes.get(key);
    const ws = context.workbook.worksheets.getItem(sheet);
    const probe: CellProbe = existing ?? { sheet, cell, range: ws.getRange(cell) };
    if (!existing) {
      probe.range.format.fill.load(['color', 'pattern']);
      if (caps.notes) {
        probe.note = ws.notes.getItemOrNullObject(cell);
        probe.note.load('content');
      }
    }
    if (commentId && caps.comments && !probe.comment) {
      probe.comment = context.workbook.comments.getItemOrNullObject(commentId);
      probe.comment.load('content');
    }
    probes.set(key, probe);
  }
  return probes;
}

/** The fill as found, null when the cell has no fill. */
export function currentFill(probe: CellProbe): SavedFill | null {
  const { color, pattern } = probe.range.format.fill;
  return pattern === 'None' ? null : { color, pattern };
}

/** True when the fill is still the one we wrote (the user has not recoloured the cell since). */
export function hasOurFill(probe: CellProbe, record: MarkRecord): boolean {
  const fill = currentFill(probe);
  return fill !== null && fill.color.toUpperCase() === record.markColor.toUpperCase();
}

/** Whether the cell carries a note, and whether it is one we wrote. */
export function noteOwner(probe: CellProbe): 'none' | 'ours' | 'user' {
  if (!probe.note || probe.note.isNullObject) return 'none';
  return probe.note.content.startsWith(NOTE_PREFIX) ? 'ours' : 'user';
}

/** Queue setting a fill back exactly: fill.clear() for no fill, never white. */
export function queueSetFill(range: RangeLike, fill: SavedFill | null): void {
  range.format.fill.clear();
  if (fill === null) return;
  range.format.fill.color = fill.color;
  if (fill.pattern !== 'Solid') range.format.fill.pattern = fill.pattern;
}

/** Queue removing an annotation we added, if it is still there and still ours. */
export function queueRemoveOurAnnotation(probe: CellProbe, record: MarkRecord): void {
  if (record.added === 'note' && noteOwner(probe) === 'ours') probe.note?.delete();
  const c = probe.comment;
  if (record.added === 'comment' && c && !c.isNullObject && c.content.startsWith(NOTE_PREFIX)) c.delete();
}

/** Queue undoing one earlier mark: the original fill (unless the user changed it since) and our note. */
export function queueRestore(probe: CellProbe, record: MarkRecord): void {
  if (hasOurFill(probe, record)) queueSetFill(probe.range, record.original);
  queueRemoveOurAnnotation(probe, record);
}
