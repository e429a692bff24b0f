// The fake Range: values, formats, fill, merged areas and selection, loaded and written on sync like office.js.
import type { Rect } from '../../src/engine/grid/types';
import type { RangeAreasLike, RangeFillLike, RangeLike } from '../../src/office/excel-api';
import type { FakeContext } from './fake-excel';
import { a1, key, notLoaded, type FakeCell, type FakeFill } from './fake-model';

type RangeSnap = {
  rect: Rect | null;
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
};

export class FakeRange implements RangeLike {
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
