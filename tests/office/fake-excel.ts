// A strict in-memory fake of the Excel JavaScript API subset in src/office/excel-api.ts, as lenient as Excel and no
// more. Like office.js it queues every load and write and applies them, in order, on context.sync(); a failing
// operation fails the sync after the ones before it landed; reading a property that was not loaded throws; load()
// refuses property names the real object lacks; a request or response over 5 MB is refused; a context belongs to
// one Excel.run. FakeExcel adds cell-edit mode and the per-runtime copies of Office.context.document.settings.
import type { ExcelContextLike, SettingCollectionLike, SettingLike, WorksheetCollectionLike, WorksheetLike } from '../../src/office/excel-api';
import { FakeComments } from './fake-annotations';
import { fail, findSheet, notLoaded, settingsOf, sheetIdOf, type FakeBook, type FakeSheet } from './fake-model';
import { ACTION_BYTES, PATH_BYTES, PAYLOAD_LIMIT, checkNames, loadNames, wireBytes } from './fake-wire';
import { FakeWorksheet, WORKSHEET_PROPS, worksheetSnapshot } from './fake-worksheet';

export { commentAt, fakeSheet, fillAt, FakeOfficeError, renameSheet, reopenBook, settingsOf, type FakeBook, type FakeCell, type FakeComment, type FakeFill, type FakeSheet } from './fake-model';

/** What one queued operation does on sync; loads return their response size and a commit of their snapshot. */
export interface FakeOp {
  bytes: number;
  apply(): void | { bytes: number; commit(): void };
}

/** Excel.RunOptions the fake honours. */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/** A context over `book`; `syncs` counts context.sync() calls, `largestRequest`/`largestResponse` their bytes. */
export class FakeContext implements ExcelContextLike {
  syncs = 0;
  largestRequest = 0;
  largestResponse = 0;
  closed = false;
  private queue: FakeOp[] = [];
  readonly workbook: ExcelContextLike['workbook'];

  constructor(readonly book: FakeBook, readonly excel?: FakeExcel, readonly options: FakeRunOptions = {}) {
    this.workbook = { worksheets: new FakeWorksheets(this), comments: new FakeComments(this), settings: new FakeSettings(this) };
  }

  enqueue(op: FakeOp): void {
    if (this.closed) fail('InvalidObjectPath', 'the object belongs to an Excel.run that has finished');
    this.queue.push(op);
  }

  /** An object path sent with the next request (no effect of its own). */
  path(): void {
    this.enqueue({ bytes: PATH_BYTES, apply: () => undefined });
  }

  /** An action whose arguments weigh `argBytes`. */
  action(argBytes: number, apply: FakeOp['apply']): void {
    this.enqueue({ bytes: ACTION_BYTES + argBytes, apply });
  }

  /** The sheet a key names, or ItemNotFound. */
  sheet(keyOrName: string): FakeSheet {
    return findSheet(this.book, keyOrName) ?? fail('ItemNotFound', `worksheet ${keyOrName}`);
  }

  /** A sheet that may be written to, or AccessDenied when it is protected. */
  writable(keyOrName: string): FakeSheet {
    const s = this.sheet(keyOrName);
    if (s.protected) fail('AccessDenied', `worksheet ${s.name} is protected`);
    return s;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) fail('InvalidObjectPath', 'context.sync() after its Excel.run finished');
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (this.excel?.editing) {
      if (!this.options.delayForCellEdit) fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
      await this.excel.editDone();
    }
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    this.largestRequest = Math.max(this.largestRequest, request);
    if (request > PAYLOAD_LIMIT) fail('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    const commits: (() => void)[] = [];
    let response = 0;
    for (const op of ops) {
      const r = op.apply();
      if (r) {
        response += r.bytes;
        commits.push(r.commit);
      }
    }
    this.largestResponse = Math.max(this.largestResponse, response);
    if (response > PAYLOAD_LIMIT) fail('ResponsePayloadSizeLimitExceeded', `response of ${response} bytes`);
    for (const c of commits) c();
  }
}

/** One Excel application holding `book`: Excel.run with a context per run, cell-edit mode, runtimes. */
export class FakeExcel {
  editing = false;
  runs = 0;
  syncs = 0;
  largestRequest = 0;
  largestResponse = 0;
  private waiters: (() => void)[] = [];

  constructor(readonly book: FakeBook) {}

  /** Excel.run(batch) or Excel.run(options, batch): a fresh context that dies when the batch settles. */
  async run<T>(a: FakeRunOptions | ((c: FakeContext) => Promise<T>), b?: (c: FakeContext) => Promise<T>): Promise<T> {
    const [options, batch] = typeof a === 'function' ? [{}, a] : [a, b as (c: FakeContext) => Promise<T>];
    const ctx = new FakeContext(this.book, this, options);
    this.runs++;
    try {
      const result = await batch(ctx);
      if (ctx.pending > 0) throw new Error(`the batch left ${ctx.pending} operations without context.sync()`);
      return result;
    } finally {
      ctx.closed = true;
      this.syncs += ctx.syncs;
      this.largestRequest = Math.max(this.largestRequest, ctx.largestRequest);
      this.largestResponse = Math.max(this.largestResponse, ctx.largestResponse);
    }
  }

  /** The clerk starts typing in a cell: batches without delayForCellEdit fail, others wait. */
  startEditing(): void {
    this.editing = true;
  }

  /** The clerk presses Enter: waiting batches run. */
  stopEditing(): void {
    this.editing = false;
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }

  editDone(): Promise<void> {
    return this.editing ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }

  /** A runtime (task pane, function file): its own in-memory copy of the document settings, as Office.Settings. */
  runtime(): FakeOfficeSettings {
    return new FakeOfficeSettings(this.book);
  }
}

/** Office.context.document.settings of one runtime: loaded once at start; saveAsync writes the whole copy back. */
export class FakeOfficeSettings {
  private copy: Map<string, unknown>;
  constructor(private readonly book: FakeBook) {
    this.copy = new Map([...settingsOf(book)].map(([k, v]) => [k, clone(v)]));
  }
  get(name: string): unknown {
    return this.copy.has(name) ? clone(this.copy.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    this.copy.set(name, clone(value));
  }
  remove(name: string): void {
    this.copy.delete(name);
  }
  saveAsync(callback?: (r: { status: string }) => void): void {
    this.book.settings = new Map([...this.copy].map(([k, v]) => [k, clone(v)]));
    callback?.({ status: 'succeeded' });
  }
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

class FakeWorksheets implements WorksheetCollectionLike {
  private snap: WorksheetLike[] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  get items(): WorksheetLike[] {
    return this.snap ?? notLoaded('worksheets.items');
  }
  load(names?: string | string[]): void {
    const list = loadNames('worksheets', names);
    for (const n of list) if (!n.startsWith('items/')) fail('InvalidArgument', `worksheets has no property "${n}"`);
    const props = list.map((n) => n.slice('items/'.length));
    checkNames('Worksheet', props, WORKSHEET_PROPS);
    this.ctx.action(0, () => {
      const snaps = this.ctx.book.sheets.map((s, i) => worksheetSnapshot(s, i));
      return {
        bytes: wireBytes(snaps.map((s) => props.map((p) => s[p as keyof typeof s]))),
        commit: () => {
          this.snap = snaps.map((s) => new FakeWorksheet(this.ctx, s.id, false, { snap: s, names: new Set(props) }));
        },
      };
    });
  }
  getItem(key: string): WorksheetLike {
    this.ctx.path();
    return new FakeWorksheet(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): WorksheetLike {
    this.ctx.path();
    return new FakeWorksheet(this.ctx, key, true);
  }
  /** The active sheet (the first one when none was activated), resolved now. */
  getActiveWorksheet(): WorksheetLike {
    this.ctx.path();
    const book = this.ctx.book;
    const active = book.sheets.find((s) => s.name === book.active) ?? book.sheets[0];
    return new FakeWorksheet(this.ctx, active ? sheetIdOf(active) : '', false);
  }
  add(name?: string): WorksheetLike {
    const book = this.ctx.book;
    const n = name ?? `Sheet${book.sheets.length + 1}`;
    this.ctx.action(wireBytes(n), () => {
      if (n.length === 0 || n.length > 31 || /[\\/?*[\]:]/.test(n)) fail('InvalidArgument', `invalid sheet name ${n}`);
      if (findSheet(book, n)) fail('ItemAlreadyExists', `a sheet named ${n} exists`);
      book.sheets.push({ name: n, visibility: 'Visible', cells: new Map(), merges: [] });
    });
    return new FakeWorksheet(this.ctx, n, false);
  }
}

class FakeSettings implements SettingCollectionLike {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    const stored = clone(value);
    this.ctx.action(wireBytes(key) + wireBytes(value), () => void settingsOf(this.ctx.book).set(key, stored));
  }
  getItemOrNullObject(key: string): SettingLike {
    this.ctx.path();
    return new FakeSetting(this.ctx, key);
  }
}

class FakeSetting implements SettingLike {
  private snap: { exists: boolean; value: unknown } | undefined;
  constructor(private readonly ctx: FakeContext, private readonly key: string) {}
  get isNullObject(): boolean {
    return this.snap ? !this.snap.exists : notLoaded('setting.isNullObject');
  }
  get value(): unknown {
    if (!this.snap) return notLoaded('setting.value');
    return this.snap.exists ? this.snap.value : fail('InvalidObjectPath', 'value of a null setting');
  }
  set value(v: unknown) {
    this.ctx.action(wireBytes(v), () => void settingsOf(this.ctx.book).set(this.key, clone(v)));
  }
  load(names?: string | string[]): void {
    checkNames('Setting', loadNames('setting', names), ['key', 'value']);
    this.ctx.action(0, () => {
      const map = settingsOf(this.ctx.book);
      const snap = { exists: map.has(this.key), value: clone(map.get(this.key)) };
      return { bytes: wireBytes(snap.value), commit: () => void (this.snap = snap) };
    });
  }
  delete(): void {
    this.ctx.action(0, () => {
      const map = settingsOf(this.ctx.book);
      if (!map.has(this.key)) fail('ItemNotFound', `setting ${this.key}`);
      map.delete(this.key);
    });
  }
}
