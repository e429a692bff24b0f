// An in-memory fake of the Excel JavaScript API subset in src/office/excel-api.ts. Like office.js, it queues
// every load and write and applies them, in order, on context.sync(); reading a property that was not loaded
// and synced throws, so tests catch a missing load or a read before sync. It counts syncs.
import { columnLetter, parseRangeA1 } from '../../src/engine/grid/address';
import type { Rect } from '../../src/engine/grid/types';
import type {
  CommentLike,
  ExcelContextLike,
  NoteLike,
  RangeAreasLike,
  RangeFillLike,
  RangeLike,
  WorksheetLike,
} from '../../src/office/excel-api';

export interface FakeFill {
  color: string;
  pattern: string;
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
  active?: string;
  selection?: string;
}

const key = (r: number, c: number) => `${r},${c}`;
const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

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

function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} read before load + sync`);
}

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

type RangeSnap = {
  rect: Rect | null;
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
};

class FakeRange implements RangeLike {
  private snap: RangeSnap | undefined;
  private fillSnap: FakeFill | null | undefined;
  constructor(private ctx: FakeContext, readonly sheetName: string, private where: Rect | 'used' | 'whole') {}

  rect(): Rect {
    const sheet = this.ctx.sheet(this.sheetName);
    if (this.where === 'whole') return { top: 0, left: 0, bottom: 1048575, right: 16383 };
    if (this.where !== 'used') return this.where;
    let r: Rect | null = null;
    for (const [k, c] of sheet.cells) {
      if (c.value === '' && !c.formula) continue;
      const [row, col] = k.split(',').map(Number);
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r ?? notLoaded('used range of an empty sheet (null object)');
  }

  private usedIsNull(): boolean {
    if (this.where !== 'used') return false;
    return ![...this.ctx.sheet(this.sheetName).cells.values()].some((c) => c.value !== '' || c.formula);
  }

  private get s(): RangeSnap {
    return this.snap ?? notLoaded('range properties');
  }
  get isNullObject(): boolean {
    return this.s.rect === null;
  }
  get address(): string {
    const r = this.s.rect as Rect;
    return `${this.sheetName}!${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
  }
  get rowIndex() { return (this.s.rect as Rect).top; }
  get columnIndex() { return (this.s.rect as Rect).left; }
  get rowCount() { const r = this.s.rect as Rect; return r.bottom - r.top + 1; }
  get columnCount() { const r = this.s.rect as Rect; return r.right - r.left + 1; }
  get values(): unknown[][] { return this.s.values; }
  set values(v: unknown[][]) { this.write(v, (c, x) => ({ ...c, value: x as string, formula: undefined })); }
  get text(): string[][] { return this.s.text; }
  get numberFormat(): unknown[][] { return this.s.numberFormat; }
  set numberFormat(v: unknown[][]) { this.write(v, (c, x) => ({ ...c, numFmt: x as string })); }
  get formulas(): unknown[][] { return this.s.formulas; }
  get valueTypes(): string[][] { return this.s.valueTypes; }

  private write(v: unknown[][], set: (c: FakeCell, x: unknown) => FakeCell): void {
    this.ctx.enqueue(() => {
      const r = this.rect();
      const cells = this.ctx.sheet(this.sheetName).cells;
      v.forEach((row, i) => row.forEach((x, j) => {
        const k = key(r.top + i, r.left + j);
        cells.set(k, set(cells.get(k) ?? { value: '' }, x));
      }));
    });
  }

  load(): void {
    this.ctx.enqueue(() => {
      if (this.usedIsNull()) {
        this.snap = { rect: null, values: [], text: [], numberFormat: [], formulas: [], valueTypes: [] };
        return;
      }
      const r = this.rect();
      const cells = this.ctx.sheet(this.sheetName).cells;
      const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] =>
        this.where === 'whole' ? [] : Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
          Array.from({ length: r.right - r.left + 1 }, (_, j) => f(cells.get(key(r.top + i, r.left + j)))));
      this.snap = {
        rect: r,
        values: grid((c) => c?.value ?? ''),
        text: grid((c) => c?.text ?? String(c?.value ?? '')),
        numberFormat: grid((c) => c?.numFmt ?? 'General'),
        formulas: grid((c) => c?.formula ?? c?.value ?? ''),
        valueTypes: grid((c) => (!c || c.value === '' ? 'Empty' : c.error ? 'Error' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String')),
      };
    });
  }

  get format() {
    const range = this;
    const fill: RangeFillLike = {
      get color() {
        return range.fillSnap === undefined ? notLoaded('fill.color') : range.fillSnap?.color ?? '#FFFFFF';
      },
      set color(color: string) {
        range.setFill((f) => ({ color: color.toUpperCase(), pattern: f?.pattern && f.pattern !== 'None' ? f.pattern : 'Solid' }));
      },
      get pattern() {
        return range.fillSnap === undefined ? notLoaded('fill.pattern') : range.fillSnap?.pattern ?? 'None';
      },
      set pattern(pattern: string) {
        range.setFill((f) => ({ color: f?.color ?? '#FFFFFF', pattern }));
      },
      clear: () => range.setFill(() => null),
      load: () => {
        range.ctx.enqueue(() => {
          const r = range.rect();
          range.fillSnap = range.ctx.sheet(range.sheetName).cells.get(key(r.top, r.left))?.fill ?? null;
        });
      },
    };
    return {
      fill,
      set wrapText(_v: boolean) { /* layout only */ },
      get wrapText(): boolean { return notLoaded('wrapText'); },
      set columnWidth(_v: number) { /* layout only */ },
      get columnWidth(): number { return notLoaded('columnWidth'); },
    };
  }

  private setFill(f: (old: FakeFill | null | undefined) => FakeFill | null): void {
    this.ctx.enqueue(() => {
      const r = this.rect();
      const cells = this.ctx.sheet(this.sheetName).cells;
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) {
        const c = cells.get(key(i, j)) ?? { value: '' };
        cells.set(key(i, j), { ...c, fill: f(c.fill) });
      }
    });
  }

  getMergedAreasOrNullObject(): RangeAreasLike {
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    let snap: string[] | undefined;
    return {
      get isNullObject() { return snap === undefined ? notLoaded('merged.isNullObject') : snap.length === 0; },
      get areas() {
        if (snap === undefined) return notLoaded('merged.areas');
        return { items: snap.map((m) => ({ address: `'${sheetName}'!${m}` })) };
      },
      load: () => ctx.enqueue(() => { snap = [...ctx.sheet(sheetName).merges]; }),
    };
  }

  select(): void {
    this.ctx.enqueue(() => {
      const r = this.rect();
      this.ctx.book.selection = `${this.sheetName}!${a1(r.top, r.left)}`;
    });
  }
}
