// The fake's legacy notes (ExcelApi 1.18) and threaded comments (1.10). One cell holds a note or a threaded
// comment, never both: adding one where the other is fails the batch, as in Excel.
import { parseRangeA1 } from '../../src/engine/grid/address';
import type { Rect } from '../../src/engine/grid/types';
import type { CommentCollectionLike, CommentLike, NoteCollectionLike, NoteLike, RangeLike } from '../../src/office/excel-api';
import type { FakeContext } from './fake-excel';
import { a1, commentAt, fail, key, notLoaded, type FakeSheet } from './fake-model';
import { FakeRange } from './fake-range';
import { checkNames, loadNames, wireBytes } from './fake-wire';

/** Sheet and A1 of the top-left cell an add() call names: a range proxy, "Sheet!B2" or (for notes) "B2". */
function target(ctx: FakeContext, cellAddress: RangeLike | string, sheetKey?: string): { sheet: FakeSheet; cell: string; r: number; c: number } {
  if (cellAddress instanceof FakeRange) {
    const rect = cellAddress.rect();
    return { sheet: cellAddress.sheet(), cell: a1(rect.top, rect.left), r: rect.top, c: rect.left };
  }
  const text = String(cellAddress);
  const bang = text.lastIndexOf('!');
  const sheetPart = bang >= 0 ? text.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : sheetKey;
  const rect = parseRangeA1(text.slice(bang + 1).replace(/\$/g, '')) as Rect | null;
  if (!rect || sheetPart === undefined) fail('InvalidArgument', `bad cell address ${text}`);
  return { sheet: ctx.sheet(sheetPart), cell: a1(rect.top, rect.left), r: rect.top, c: rect.left };
}

export class FakeNotes implements NoteCollectionLike {
  constructor(private readonly ctx: FakeContext, private readonly sheetKey: string) {}
  add(cellAddress: RangeLike | string, content: string): void {
    this.ctx.path();
    this.ctx.action(wireBytes(content), () => {
      const { sheet, cell, r, c } = target(this.ctx, cellAddress, this.sheetKey);
      this.ctx.writable(sheet.name);
      const existing = sheet.cells.get(key(r, c)) ?? { value: '' };
      if (existing.note !== undefined) fail('InvalidArgument', `${sheet.name}!${cell} already has a note`);
      if (commentAt(this.ctx.book, sheet.name, cell)) fail('InvalidOperation', `${sheet.name}!${cell} has a threaded comment; it cannot take a note`);
      sheet.cells.set(key(r, c), { ...existing, note: content });
    });
  }
  getItemOrNullObject(address: string): NoteLike {
    this.ctx.path();
    return new FakeNote(this.ctx, this.sheetKey, address);
  }
}

class FakeNote implements NoteLike {
  private snap: { exists: boolean; content: string } | undefined;
  constructor(private readonly ctx: FakeContext, private readonly sheetKey: string, private readonly address: string) {}
  private cell() {
    const r = parseRangeA1(this.address.replace(/\$/g, '')) ?? fail('InvalidArgument', `bad note key ${this.address}`);
    return { sheet: this.ctx.sheet(this.sheetKey), k: key(r.top, r.left) };
  }
  get isNullObject(): boolean {
    return this.snap ? !this.snap.exists : notLoaded('note.isNullObject');
  }
  get content(): string {
    return this.snap ? this.snap.content : notLoaded('note.content');
  }
  set content(text: string) {
    this.ctx.action(wireBytes(text), () => {
      const { sheet, k } = this.cell();
      this.ctx.writable(sheet.name);
      const c = sheet.cells.get(k);
      if (!c || c.note === undefined) fail('ItemNotFound', 'note');
      c.note = text;
    });
  }
  load(names?: string | string[]): void {
    checkNames('Note', loadNames('note', names), ['content', 'authorName', 'height', 'width', 'visible']);
    this.ctx.action(0, () => {
      const { sheet, k } = this.cell();
      const note = sheet.cells.get(k)?.note;
      const snap = { exists: note !== undefined, content: note ?? '' };
      return { bytes: wireBytes(snap.content), commit: () => void (this.snap = snap) };
    });
  }
  delete(): void {
    this.ctx.action(0, () => {
      const { sheet, k } = this.cell();
      this.ctx.writable(sheet.name);
      const c = sheet.cells.get(k);
      if (!c || c.note === undefined) fail('ItemNotFound', 'note');
      delete c.note;
    });
  }
}

let nextCommentId = 1;

export class FakeComments implements CommentCollectionLike {
  private snap: CommentLike[] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  get items(): CommentLike[] {
    return this.snap ?? notLoaded('comments.items');
  }
  load(names?: string | string[]): void {
    const list = loadNames('comments', names);
    for (const n of list) if (!n.startsWith('items/')) fail('InvalidArgument', `comments has no property "${n}"`);
    checkNames('Comment', list.map((n) => n.slice('items/'.length)), COMMENT_PROPS);
    this.ctx.action(0, () => {
      const all = this.ctx.book.comments.map((c) => ({ ...c }));
      return {
        bytes: wireBytes(all.map((c) => [c.id, c.content])),
        commit: () => void (this.snap = all.map((c) => new FakeComment(this.ctx, c.id, { exists: true, id: c.id, content: c.content }))),
      };
    });
  }
  add(cellAddress: RangeLike | string, content: string): CommentLike {
    const comment = new FakeComment(this.ctx, undefined);
    this.ctx.action(wireBytes(content) + (typeof cellAddress === 'string' ? wireBytes(cellAddress) : 0), () => {
      const { sheet, cell, r, c } = target(this.ctx, cellAddress);
      this.ctx.writable(sheet.name);
      if (sheet.cells.get(key(r, c))?.note !== undefined) fail('InvalidOperation', `${sheet.name}!${cell} has a note; it cannot take a threaded comment`);
      if (commentAt(this.ctx.book, sheet.name, cell)) fail('InvalidOperation', `${sheet.name}!${cell} already has a comment`);
      const id = `c${nextCommentId++}`;
      this.ctx.book.comments.push({ id, sheet: sheet.name, cell, content });
      comment.id0 = id;
    });
    return comment;
  }
  getItemOrNullObject(id: string): CommentLike {
    this.ctx.path();
    return new FakeComment(this.ctx, id);
  }
}

const COMMENT_PROPS = ['id', 'content', 'authorName', 'authorEmail', 'creationDate', 'resolved'];

class FakeComment implements CommentLike {
  private snap: { exists: boolean; content: string; id: string } | undefined;
  constructor(private readonly ctx: FakeContext, public id0: string | undefined, snap?: { exists: boolean; content: string; id: string }) {
    this.snap = snap;
  }
  private find() {
    return this.ctx.book.comments.find((x) => x.id === this.id0);
  }
  get isNullObject(): boolean {
    return this.snap ? !this.snap.exists : notLoaded('comment.isNullObject');
  }
  get id(): string {
    return this.snap ? this.snap.id : notLoaded('comment.id');
  }
  get content(): string {
    return this.snap ? this.snap.content : notLoaded('comment.content');
  }
  set content(text: string) {
    this.ctx.action(wireBytes(text), () => {
      const c = this.find() ?? fail('ItemNotFound', 'comment');
      this.ctx.writable(c.sheet);
      c.content = text;
    });
  }
  load(names?: string | string[]): void {
    checkNames('Comment', loadNames('comment', names), COMMENT_PROPS);
    this.ctx.action(0, () => {
      const c = this.find();
      const snap = { exists: !!c, content: c?.content ?? '', id: this.id0 ?? '' };
      return { bytes: wireBytes([snap.id, snap.content]), commit: () => void (this.snap = snap) };
    });
  }
  delete(): void {
    this.ctx.action(0, () => {
      const c = this.find() ?? fail('ItemNotFound', 'comment');
      this.ctx.writable(c.sheet);
      this.ctx.book.comments.splice(this.ctx.book.comments.indexOf(c), 1);
    });
  }
  getLocation(): RangeLike {
    this.ctx.path();
    const where = () => this.find() ?? fail('ItemNotFound', 'comment');
    return new FakeRange(this.ctx, () => where().sheet, () => parseRangeA1(where().cell) as Rect);
  }
}
