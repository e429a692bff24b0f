// An in-memory fake of the Excel JavaScript API subset in src/office/excel-api.ts. Like office.js, it queues
// every load and write and applies them, in order, on context.sync(); reading a property that was not loaded
// and synced throws, so tests catch a missing load or a read before sync. It counts syncs.
import { parseRangeA1 } from '../../src/engine/grid/address';
import type { Rect } from '../../src/engine/grid/types';
import type { CommentLike, ExcelContextLike, NoteLike, RangeLike, WorksheetLike } from '../../src/office/excel-api';
import { a1, key, notLoaded, type FakeBook, type FakeSheet } from './fake-model';
import { FakeRange } from './fake-range';

export { fakeSheet, type FakeBook, type FakeCell, type FakeComment, type FakeFill, type FakeSheet } from './fake-model';

/** A context over `book`; `syncs` counts context.sync() calls. */
export class FakeContext implements ExcelContextLike {
  syncs = 0;
  private queue: (() => void)[] = [];
  readonly workbook: ExcelContextLike['workbook'];

  constructor(readonly book: FakeBook) {
    const ctx = this;
    const sheetsProxy = {
      _items: undefined as WorksheetLike[] | undefined,
      get items(): WorksheetLike[] {
        return this._items ?? notLoaded('worksheets.items');
      },
      load() {
        ctx.enqueue(() => {
          sheetsProxy._items = book.sheets.map((s) => new FakeWorksheet(ctx, s.name, true));
        });
      },
      getItem: (name: string) => new FakeWorksheet(ctx, name, false),
      getItemOrNullObject: (name: string) => new FakeWorksheet(ctx, name, false),
      add: (name?: string) => {
        const n = name ?? `Sheet${book.sheets.length + 1}`;
        ctx.enqueue(() => void book.sheets.push({ name: n, visibility: 'Visible', cells: new Map(), merges: [] }));
        return new FakeWorksheet(ctx, n, true);
      },
    };
    this.workbook = {
      worksheets: sheetsProxy,
      comments: {
        add: (cellAddress: RangeLike | string, content: string) => {
          const range = cellAddress as FakeRange;
          const comment = new FakeCommentProxy(ctx, undefined);
          ctx.enqueue(() => {
            const cell = a1(range.rect().top, range.rect().left);
            if (book.comments.some((c) => c.sheet === range.sheetName && c.cell === cell)) throw new Error('InvalidArgument: cell already has a comment');
            const id = `c${book.comments.length + 1}-${Math.random().toString(36).slice(2, 7)}`;
            book.comments.push({ id, sheet: range.sheetName, cell, content });
            comment.id0 = id;
          });
          return comment;
        },
        getItemOrNullObject: (id: string) => new FakeCommentProxy(ctx, id),
      },
    };
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  sheet(name: string): FakeSheet {
    const s = this.book.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

class FakeWorksheet implements WorksheetLike {
  private loaded: { exists: boolean; visibility: string } | undefined;
  constructor(private ctx: FakeContext, private readonly sheetName: string, known: boolean) {
    if (known) {
      const s = ctx.book.sheets.find((x) => x.name === sheetName);
      this.loaded = { exists: true, visibility: s?.visibility ?? 'Visible' };
    }
  }
  get isNullObject(): boolean {
    return this.loaded ? !this.loaded.exists : notLoaded('worksheet.isNullObject');
  }
  get name(): string {
    return this.loaded ? this.sheetName : notLoaded('worksheet.name');
  }
  get visibility(): string {
    return this.loaded ? this.loaded.visibility : notLoaded('worksheet.visibility');
  }
  load(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.book.sheets.find((x) => x.name === this.sheetName);
      this.loaded = { exists: !!s, visibility: s?.visibility ?? 'Visible' };
    });
  }
  get notes() {
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return {
      add: (cellAddress: RangeLike | string, content: string) => {
        ctx.enqueue(() => {
          const cell = ctx.sheet(sheetName).cells;
          const r = parseRangeA1(String(cellAddress)) as Rect;
          const c = cell.get(key(r.top, r.left)) ?? { value: '' };
          if (c.note !== undefined) throw new Error('InvalidArgument: cell already has a note');
          cell.set(key(r.top, r.left), { ...c, note: content });
        });
      },
      getItemOrNullObject: (address: string): NoteLike => new FakeNote(ctx, sheetName, address),
    };
  }
  getUsedRangeOrNullObject(): RangeLike {
    return new FakeRange(this.ctx, this.sheetName, 'used');
  }
  getRange(address?: string): RangeLike {
    return new FakeRange(this.ctx, this.sheetName, address ? (parseRangeA1(address) as Rect) : 'whole');
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeLike {
    return new FakeRange(this.ctx, this.sheetName, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.book.active = this.sheetName;
    });
  }
}

class FakeNote implements NoteLike {
  private snap: { exists: boolean; content: string } | undefined;
  constructor(private ctx: FakeContext, private sheetName: string, private address: string) {}
  private cellKey(): string {
    const r = parseRangeA1(this.address) as Rect;
    return key(r.top, r.left);
  }
  get isNullObject(): boolean {
    return this.snap ? !this.snap.exists : notLoaded('note.isNullObject');
  }
  get content(): string {
    return this.snap ? this.snap.content : notLoaded('note.content');
  }
  set content(text: string) {
    this.ctx.enqueue(() => {
      const c = this.ctx.sheet(this.sheetName).cells.get(this.cellKey());
      if (!c || c.note === undefined) throw new Error('ItemNotFound: note');
      c.note = text;
    });
  }
  load(): void {
    this.ctx.enqueue(() => {
      const note = this.ctx.sheet(this.sheetName).cells.get(this.cellKey())?.note;
      this.snap = { exists: note !== undefined, content: note ?? '' };
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const c = this.ctx.sheet(this.sheetName).cells.get(this.cellKey());
      if (!c || c.note === undefined) throw new Error('ItemNotFound: note');
      delete c.note;
    });
  }
}

class FakeCommentProxy implements CommentLike {
  private snap: { exists: boolean; content: string; id: string } | undefined;
  constructor(private ctx: FakeContext, public id0: string | undefined) {}
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
    this.ctx.enqueue(() => {
      const c = this.ctx.book.comments.find((x) => x.id === this.id0);
      if (!c) throw new Error('ItemNotFound: comment');
      c.content = text;
    });
  }
  load(): void {
    this.ctx.enqueue(() => {
      const c = this.ctx.book.comments.find((x) => x.id === this.id0);
      this.snap = { exists: !!c, content: c?.content ?? '', id: this.id0 ?? '' };
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const i = this.ctx.book.comments.findIndex((x) => x.id === this.id0);
      if (i < 0) throw new Error('ItemNotFound: comment');
      this.ctx.book.comments.splice(i, 1);
    });
  }
}

