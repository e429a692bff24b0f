// The fake Worksheet: resolved by name or id when the batch runs, with protection, notes and ranges.
import { parseRangeA1 } from '../../src/engine/grid/address';
import type { Rect } from '../../src/engine/grid/types';
import type { NoteCollectionLike, RangeLike, WorksheetLike, WorksheetProtectionLike } from '../../src/office/excel-api';
import { FakeNotes } from './fake-annotations';
import type { FakeContext } from './fake-excel';
import { fail, findSheet, sheetIdOf, type FakeSheet } from './fake-model';
import { FakeRange } from './fake-range';
import { checkNames, loaded, loadNames, wireBytes } from './fake-wire';

/** Properties a worksheet load may name. */
export const WORKSHEET_PROPS = ['name', 'id', 'visibility', 'position', 'protection/protected'];

/** What a worksheet load brings back. */
export interface WorksheetSnap {
  exists: boolean;
  id: string;
  name: string;
  visibility: string;
  position: number;
  'protection/protected': boolean;
}

/** A sheet as a loaded snapshot (index = its position). */
export function worksheetSnapshot(s: FakeSheet, position: number): WorksheetSnap {
  return { exists: true, id: sheetIdOf(s), name: s.name, visibility: s.visibility, position, 'protection/protected': !!s.protected };
}

export class FakeWorksheet implements WorksheetLike {
  private snap: WorksheetSnap | undefined;
  private names: Set<string>;
  private notesProxy: FakeNotes | undefined;
  constructor(
    private readonly ctx: FakeContext,
    readonly key: string,
    private readonly nullable: boolean,
    loadedAs?: { snap: WorksheetSnap; names: Set<string> },
  ) {
    this.snap = loadedAs?.snap;
    this.names = loadedAs?.names ?? new Set();
  }
  get isNullObject(): boolean {
    if (!this.snap) return fail('PropertyNotLoaded', 'worksheet.isNullObject read before load + sync');
    return !this.snap.exists;
  }
  get id(): string {
    return loaded(this.snap, 'worksheet', 'id', this.names);
  }
  get name(): string {
    return loaded(this.snap, 'worksheet', 'name', this.names);
  }
  set name(to: string) {
    this.ctx.action(wireBytes(to), () => {
      const sheet = this.ctx.sheet(this.key);
      const other = findSheet(this.ctx.book, to);
      if (other && other !== sheet) fail('ItemAlreadyExists', `a sheet named ${to} exists`);
      for (const c of this.ctx.book.comments) if (c.sheet === sheet.name) c.sheet = to;
      sheet.name = to;
    });
  }
  /** Remove the sheet (and its comments). */
  delete(): void {
    this.ctx.action(0, () => {
      const book = this.ctx.book;
      const sheet = this.ctx.sheet(this.key);
      book.comments = book.comments.filter((c) => c.sheet !== sheet.name);
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
    });
  }
  get visibility(): string {
    return loaded(this.snap, 'worksheet', 'visibility', this.names);
  }
  get protection(): WorksheetProtectionLike & { protect(): void; unprotect(): void } {
    const ws = this;
    const setProtected = (on: boolean) => ws.ctx.action(0, () => void (ws.ctx.sheet(ws.key).protected = on));
    return {
      get protected(): boolean {
        return loaded(ws.snap, 'worksheet.protection', 'protection/protected', ws.names);
      },
      protect: () => setProtected(true),
      unprotect: () => setProtected(false),
      load(names?: string | string[]) {
        checkNames('WorksheetProtection', loadNames('protection', names), ['protected', 'options']);
        ws.queueLoad(['protection/protected']);
      },
    };
  }
  load(names?: string | string[]): void {
    const list = loadNames('worksheet', names);
    checkNames('Worksheet', list, WORKSHEET_PROPS);
    this.queueLoad(list);
  }
  private queueLoad(list: string[]): void {
    this.ctx.action(0, () => {
      const book = this.ctx.book;
      const s = this.nullable ? findSheet(book, this.key) : this.ctx.sheet(this.key);
      const snap = s ? worksheetSnapshot(s, book.sheets.indexOf(s)) : { exists: false, id: '', name: '', visibility: '', position: -1, 'protection/protected': false };
      return {
        bytes: wireBytes(list.map((p) => snap[p as keyof WorksheetSnap])),
        commit: () => {
          this.snap = snap;
          for (const p of list) this.names.add(p);
        },
      };
    });
  }
  get notes(): NoteCollectionLike {
    this.notesProxy ??= new FakeNotes(this.ctx, this.key);
    return this.notesProxy;
  }
  getUsedRangeOrNullObject(): RangeLike {
    this.ctx.path();
    return new FakeRange(this.ctx, this.key, 'used');
  }
  getRange(address?: string): RangeLike {
    this.ctx.path();
    if (address === undefined) return new FakeRange(this.ctx, this.key, 'whole');
    const rect = parseRangeA1(address.replace(/\$/g, '')) ?? fail('InvalidArgument', `bad address ${address}`);
    return new FakeRange(this.ctx, this.key, rect as Rect);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeLike {
    this.ctx.path();
    if (rows < 1 || cols < 1) fail('InvalidArgument', 'empty range');
    return new FakeRange(this.ctx, this.key, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }
  activate(): void {
    this.ctx.action(0, () => {
      this.ctx.book.active = this.ctx.sheet(this.key).name;
    });
  }
}
