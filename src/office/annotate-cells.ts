// Putting our note (or threaded comment) on marked cells in a batch of their own, after the fills and the records have
// landed. If Excel refuses one (a legacy note where we add a comment, which the API cannot see before), the batch
// stops there: we look which annotations landed, skip the one that failed and send the rest again.
import { NOTE_PREFIX } from '../engine/mark-style';
import type { ExcelContextLike, MarkCapabilities, NoteLike } from './excel-api';
import type { CellProbe } from './cell-probe';
import { commentIndex, queueCommentLocations, queueLoadComments } from './comment-index';
import type { SheetIndex } from './sheet-info';
import { isPayloadError } from './wire-size';

/** One note or comment to write. */
export interface Annotation {
  key: string;
  kind: 'add-note' | 'update-note' | 'add-comment';
  text: string;
  probe: CellProbe;
}

/** Refused annotations tolerated per batch before the rest are given up (each costs a look and a resend). */
export const MAX_ANNOTATION_RETRIES = 8;

function queueAnnotation(context: ExcelContextLike, a: Annotation): void {
  if (a.kind === 'update-note' && a.probe.note) a.probe.note.content = a.text;
  else if (a.kind === 'add-note') a.probe.ws.notes.add(a.probe.cell, a.text);
  else context.workbook.comments.add(a.probe.range, a.text);
}

/**
 * Sync `before` (queued again on every attempt: the records) and the annotations. Returns the keys of cells that
 * could not take theirs; the fill alone marks those.
 */
export async function syncAnnotations(
  context: ExcelContextLike,
  annotations: readonly Annotation[],
  caps: MarkCapabilities,
  sheets: SheetIndex,
  before: () => void,
): Promise<Set<string>> {
  const failed = new Set<string>();
  let pending = [...annotations];
  for (let attempt = 1; ; attempt++) {
    before();
    for (const a of pending) queueAnnotation(context, a);
    try {
      await context.sync();
      return failed;
    } catch (e) {
      if (isPayloadError(e) || pending.length === 0) throw e;
      const landed = await landedAnnotations(context, pending, caps, sheets);
      const culprit = pending.findIndex((a) => !landed.has(a.key));
      if (culprit < 0) return failed;
      failed.add(pending[culprit].key);
      pending = pending.slice(culprit + 1).filter((a) => !landed.has(a.key));
      if (pending.length === 0) return failed;
      if (attempt >= MAX_ANNOTATION_RETRIES) {
        for (const a of pending) failed.add(a.key);
        return failed;
      }
    }
  }
}

/** Keys among `items` whose cell now carries our note or comment (one sync for notes, two for comments). */
async function landedAnnotations(context: ExcelContextLike, items: readonly Annotation[], caps: MarkCapabilities, sheets: SheetIndex): Promise<Set<string>> {
  const landed = new Set<string>();
  const notes = items.filter((a) => a.kind !== 'add-comment').map((a) => {
    const note: NoteLike = a.probe.ws.notes.getItemOrNullObject(a.probe.cell);
    note.load('content');
    return { a, note };
  });
  const comments = items.some((a) => a.kind === 'add-comment') && caps.comments ? queueLoadComments(context) : null;
  await context.sync();
  for (const { a, note } of notes) if (!note.isNullObject && note.content.startsWith(NOTE_PREFIX)) landed.add(a.key);
  if (comments) {
    const located = queueCommentLocations(comments);
    if (located.length > 0) await context.sync();
    const index = commentIndex(located, sheets);
    for (const a of items) if (a.kind === 'add-comment' && index.ours.has(a.key)) landed.add(a.key);
  }
  return landed;
}
