// Where the workbook's threaded comments are, and which of them we wrote (they start with NOTE_PREFIX). A cell with a
// threaded comment cannot take a note, and a second comment fails the batch, so marking must know before it writes.
import { NOTE_PREFIX } from '../engine/mark-style';
import type { CommentCollectionLike, CommentLike, ExcelContextLike, RangeLike } from './excel-api';
import { cellKey } from './cell-probe';
import { addressToRect } from './raw-cell';
import { toA1 } from '../engine/grid/address';
import type { SheetIndex } from './sheet-info';

/** Comments by cell key: ours (to replace or remove) and the clerk's (to leave alone). */
export interface CommentIndex {
  ours: Map<string, CommentLike[]>;
  users: Set<string>;
}

/** An empty index (no comments API, or no comments). */
export const NO_COMMENTS: CommentIndex = { ours: new Map(), users: new Set() };

/** Queue loading every comment's id and text. */
export function queueLoadComments(context: ExcelContextLike): CommentCollectionLike {
  const comments = context.workbook.comments;
  comments.load('items/id,items/content');
  return comments;
}

/** Queue loading where each loaded comment is. */
export function queueCommentLocations(comments: CommentCollectionLike): { comment: CommentLike; location: RangeLike }[] {
  return comments.items.map((comment) => {
    const location = comment.getLocation();
    location.load('address');
    return { comment, location };
  });
}

function sheetOf(address: string): string {
  const bang = address.lastIndexOf('!');
  const part = bang >= 0 ? address.slice(0, bang) : '';
  return part.startsWith("'") && part.endsWith("'") ? part.slice(1, -1).replace(/''/g, "'") : part;
}

/** The index from located comments (sheets by name, keyed by sheet id). */
export function commentIndex(located: readonly { comment: CommentLike; location: RangeLike }[], sheets: SheetIndex): CommentIndex {
  const index: CommentIndex = { ours: new Map(), users: new Set() };
  for (const { comment, location } of located) {
    const sheet = sheets.byName(sheetOf(location.address));
    const rect = addressToRect(location.address);
    if (!sheet || !rect) continue;
    const key = cellKey(sheet.id, toA1(rect.top, rect.left));
    if (comment.content.startsWith(NOTE_PREFIX)) index.ours.set(key, [...(index.ours.get(key) ?? []), comment]);
    else index.users.add(key);
  }
  return index;
}
