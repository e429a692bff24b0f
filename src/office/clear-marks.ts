// 「清除标注」: put back every fill we changed and remove only the notes and comments we added. Per chunk, the fills
// are restored first and the records rewritten last in the same batch, so a refused batch forgets nothing.
import type { ClearOutcome } from '../host/workbook-host';
import { cellKey, queueProbes, type CellProbe } from './cell-probe';
import { NOTE_PREFIX } from '../engine/mark-style';
import { commentIndex, NO_COMMENTS, queueCommentLocations, type CommentIndex } from './comment-index';
import type { ExcelContextLike, MarkCapabilities } from './excel-api';
import { queueRestore } from './mark-cells';
import { current, loadMarkState, queueSaveMarks, type LiveRecord } from './mark-records';
import { BATCH_BUDGET, groupBySize } from './wire-size';

/** Request bytes of one cell restored (probe and write). */
export const CLEAR_CELL_BYTES = 1_000;

/**
 * Undo all remembered marks: one batch for the sheets, records and comments, then two per chunk (read the cells as
 * they are now, restore). A fill the clerk changed after marking stays as they set it; marks on protected sheets
 * stay remembered until the protection is lifted; our comments anywhere else are removed too.
 */
export async function clearMarks(context: ExcelContextLike, caps: MarkCapabilities, options: { budget?: number } = {}): Promise<ClearOutcome> {
  const { sheets, live, orphans, comments } = await loadMarkState(context, caps);
  const kept = live.filter((l) => l.sheet.isProtected);
  const toClear = live.filter((l) => !l.sheet.isProtected);
  const outcome: ClearOutcome = { cells: 0, protectedSheets: [...new Set(kept.map((l) => l.sheet.name))], missing: orphans.length };
  const ourComments = comments?.items.some((c) => c.content.startsWith(NOTE_PREFIX)) ?? false;
  if (toClear.length === 0 && orphans.length === 0 && !ourComments) return outcome;
  const key = (l: LiveRecord) => cellKey(l.sheet.id, l.record.cell);
  let remaining = [...toClear];
  let index = NO_COMMENTS;
  const chunks = groupBySize(toClear, () => CLEAR_CELL_BYTES, options.budget ?? BATCH_BUDGET);
  for (const [i, chunk] of chunks.entries()) {
    const probes = queueProbes(context, chunk.map((l) => ({ sheet: l.sheet, cell: l.record.cell })), caps);
    const located = i === 0 && comments ? queueCommentLocations(comments) : null;
    await context.sync();
    if (located) index = commentIndex(located, sheets);
    for (const l of chunk) queueRestore(probes.get(key(l)) as CellProbe, l.record, index);
    if (i === chunks.length - 1) queueRemoveOtherComments(index, new Set(toClear.map(key)), sheets.byId);
    const done = new Set(chunk.map(key));
    remaining = remaining.filter((l) => !done.has(key(l)));
    queueSaveMarks(context, [...kept, ...remaining].map(current));
    await context.sync();
    outcome.cells += chunk.length;
  }
  return outcome;
}

/** Our comments on cells without a record (left by an interrupted mark): removed too, except on protected sheets. */
function queueRemoveOtherComments(index: CommentIndex, recorded: ReadonlySet<string>, sheetById: (id: string) => { isProtected: boolean } | undefined): void {
  for (const [key, list] of index.ours) {
    if (recorded.has(key) || sheetById(key.slice(0, key.lastIndexOf('!')))?.isProtected !== false) continue;
    for (const c of list) c.delete();
  }
}
