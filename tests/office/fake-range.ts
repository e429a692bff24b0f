// The fake Range: values, formats, the fill's five properties, merged and formula areas, selection; loaded and
// written on sync like office.js. Writes to a protected sheet fail with AccessDenied; a gradient cannot be written.
import { parseRangeA1 } from '../../src/engine/grid/address';
import type { Rect } from '../../src/engine/grid/types';
import type { RangeAreasLike, RangeFillLike, RangeLike } from '../../src/office/excel-api';
import type { FakeContext } from './fake-excel';
import { a1, fail, key, notLoaded, rangeAddress, type FakeCell, type FakeFill, type FakeSheet } from './fake-model';
import { checkNames, loadNames, wireBytes } from './fake-wire';

type Where = Rect | 'used' | 'whole' | (() => Rect);

const RANGE_PROPS = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'text', 'numberFormat', 'formulas', 'valueTypes'] as const;
type RangeProp = (typeof RANGE_PROPS)[number];
const CELL_PROPS: readonly RangeProp[] = ['values', 'text', 'numberFormat', 'formulas', 'valueTypes'];
const FILL_PROPS = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'] as const;
type FillProp = (typeof FILL_PROPS)[number];
/** Excel refuses more than this many merged areas in one getMergedAreasOrNullObject. */
export const MERGED_AREAS_LIMIT = 512;

function usedRect(sheet: FakeSheet): Rect | null {
  let r: Rect | null = null;
  for (const [k, c] of sheet.cells) {
    if (c.value === '' && !c.formula) continue;
    const [row, col] = k.split(',').map(Number);
    r = r
      ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

function cellProp(p: RangeProp, c: FakeCell | undefined): unknown {
  if (p === 'values') return c?.value ?? '';
  if (p === 'text') return c?.text ?? String(c?.value ?? '');
  if (p === 'numberFormat') return c?.numFmt ?? 'General';
  if (p === 'formulas') return c?.formula ?? c?.value ?? '';
  if (!c || c.value === '') return 'Empty';
  return c.error ? 'Error' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class FakeRange implements RangeLike {
  private snap: (Partial<Record<RangeProp, unknown>> & { rect: Rect | null }) | undefined;
  private formatProxy: RangeLike['format'] | undefined;
  constructor(private readonly ctx: FakeContext, private readonly sheetKey: string | (() => string), private readonly where: Where) {}

  /** The sheet as it is now. */
  sheet(): FakeSheet {
    return this.ctx.sheet(typeof this.sheetKey === 'function' ? this.sheetKey() : this.sheetKey);
  }

  /** The sheet's current name (comments record it). */
  get sheetName(): string {
    return this.sheet().name;
  }

  rect(): Rect {
    if (this.where === 'whole') return { top: 0, left: 0, bottom: 1048575, right: 16383 };
    if (this.where === 'used') return usedRect(this.sheet()) ?? fail('InvalidObjectPath', 'used range of an empty sheet is a null object');
    return typeof this.where === 'function' ? this.where() : this.where;
  }

  private get s() {
    return this.snap ?? notLoaded('range properties');
  }
  private prop(p: RangeProp): unknown {
    const s = this.s;
    return p in s ? s[p] : notLoaded(`range.${p}`);
  }
  get isNullObject(): boolean {
    return this.s.rect === null;
  }
  get address(): string { return this.prop('address') as string; }
  get rowIndex(): number { return this.prop('rowIndex') as number; }
  get columnIndex(): number { return this.prop('columnIndex') as number; }
  get rowCount(): number { return this.prop('rowCount') as number; }
  get columnCount(): number { return this.prop('columnCount') as number; }
  get values(): unknown[][] { return this.prop('values') as unknown[][]; }
  set values(v: unknown[][]) { this.write(v, (c, x) => ({ ...c, value: x as string, formula: undefined })); }
  get text(): string[][] { return this.prop('text') as string[][]; }
  get numberFormat(): unknown[][] { return this.prop('numberFormat') as unknown[][]; }
  set numberFormat(v: unknown[][]) { this.write(v, (c, x) => ({ ...c, numFmt: x as string })); }
  get formulas(): unknown[][] { return this.prop('formulas') as unknown[][]; }
  get valueTypes(): string[][] { return this.prop('valueTypes') as string[][]; }

  private write(v: unknown[][], set: (c: FakeCell, x: unknown) => FakeCell): void {
    this.ctx.action(wireBytes(v), () => {
      const r = this.rect();
      const cells = this.ctx.writable(this.sheet().name).cells;
      v.forEach((row, i) => row.forEach((x, j) => {
        const k = key(r.top + i, r.left + j);
        cells.set(k, set(cells.get(k) ?? { value: '' }, x));
      }));
    });
  }

  load(names?: string | string[]): void {
    const list = loadNames('range', names) as RangeProp[];
    checkNames('Range', list, RANGE_PROPS);
    this.ctx.action(0, () => {
      if (this.where === 'used' && usedRect(this.sheet()) === null) return { bytes: 10, commit: () => void (this.snap = { rect: null }) };
      const r = this.rect();
      const snap: Partial<Record<RangeProp, unknown>> & { rect: Rect } = { rect: r };
      const cells = this.sheet().cells;
      for (const p of list) {
        if (CELL_PROPS.includes(p)) {
          if (this.where === 'whole') fail('ResponsePayloadSizeLimitExceeded', `${p} of a whole sheet`);
          snap[p] = Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
            Array.from({ length: r.right - r.left + 1 }, (_, j) => cellProp(p, cells.get(key(r.top + i, r.left + j)))));
        } else if (p === 'address') snap.address = rangeAddress(this.sheet().name, a1(r.top, r.left), a1(r.bottom, r.right));
        else if (p === 'rowIndex') snap.rowIndex = r.top;
        else if (p === 'columnIndex') snap.columnIndex = r.left;
        else if (p === 'rowCount') snap.rowCount = r.bottom - r.top + 1;
        else if (p === 'columnCount') snap.columnCount = r.right - r.left + 1;
        else snap.cellCount = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      }
      return { bytes: wireBytes(list.map((p) => snap[p])), commit: () => void (this.snap = snap) };
    });
  }

  get format(): RangeLike['format'] {
    if (this.formatProxy) return this.formatProxy;
    const range = this;
    const fill = new FakeFillProxy(this.ctx, this);
    this.formatProxy = {
      fill,
      set wrapText(_v: boolean) { range.ctx.action(10, () => void range.ctx.writable(range.sheet().name)); },
      get wrapText(): boolean { return notLoaded('wrapText'); },
      set columnWidth(_v: number) { range.ctx.action(10, () => void range.ctx.writable(range.sheet().name)); },
      get columnWidth(): number { return notLoaded('columnWidth'); },
    };
    return this.formatProxy;
  }

  /** Set each cell's fill with `f` (on sync). */
  setFill(f: (old: FakeFill | null | undefined) => FakeFill | null, argBytes: number): void {
    this.ctx.action(argBytes, () => {
      const r = this.rect();
      const cells = this.ctx.writable(this.sheet().name).cells;
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) {
        const c = cells.get(key(i, j)) ?? { value: '' };
        cells.set(key(i, j), { ...c, fill: f(c.fill) });
      }
    });
  }

  getMergedAreasOrNullObject(): RangeAreasLike {
    this.ctx.path();
    return new FakeAreas(this.ctx, this, 'merged');
  }

  getSpecialCellsOrNullObject(cellType: 'Formulas'): RangeAreasLike {
    if (cellType !== 'Formulas') fail('InvalidArgument', `special cells ${String(cellType)} are not modelled`);
    this.ctx.path();
    return new FakeAreas(this.ctx, this, 'formulas');
  }

  /** Rects of the merged or formula areas inside this range. */
  areas(kind: 'merged' | 'formulas'): Rect[] {
    const r = this.where === 'used' && usedRect(this.sheet()) === null ? null : this.rect();
    if (!r) return [];
    if (kind === 'merged') return this.sheet().merges.map((m) => parseRangeA1(m) as Rect).filter((m) => intersects(m, r));
    const rows = new Map<number, number[]>();
    for (const [k, c] of this.sheet().cells) {
      if (!c.formula) continue;
      const [row, col] = k.split(',').map(Number);
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) rows.set(row, [...(rows.get(row) ?? []), col]);
    }
    const runs: Rect[] = [];
    for (const [row, cols] of [...rows].sort((a, b) => a[0] - b[0])) {
      cols.sort((a, b) => a - b);
      for (let i = 0; i < cols.length; ) {
        let j = i;
        while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
        const above = runs.find((x) => x.bottom === row - 1 && x.left === cols[i] && x.right === cols[j]);
        if (above) above.bottom = row;
        else runs.push({ top: row, left: cols[i], bottom: row, right: cols[j] });
        i = j + 1;
      }
    }
    return runs;
  }

  /** Merge the range into one area (across = one per row). */
  merge(across = false): void {
    this.ctx.action(0, () => {
      const r = this.rect();
      const sheet = this.ctx.writable(this.sheet().name);
      const rows = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];
      for (const m of rows) sheet.merges.push(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
    });
  }

  select(): void {
    this.ctx.action(0, () => {
      const r = this.rect();
      this.ctx.book.selection = `${this.sheet().name}!${a1(r.top, r.left)}`;
    });
  }
}

class FakeAreas implements RangeAreasLike {
  private snap: string[] | undefined;
  constructor(private readonly ctx: FakeContext, private readonly range: FakeRange, private readonly kind: 'merged' | 'formulas') {}
  get isNullObject(): boolean {
    return this.snap === undefined ? notLoaded(`${this.kind}.isNullObject`) : this.snap.length === 0;
  }
  get areas() {
    if (this.snap === undefined) return notLoaded(`${this.kind}.areas`);
    return { items: this.snap.map((address) => ({ address })) };
  }
  get areaCount(): number {
    return this.snap === undefined ? notLoaded(`${this.kind}.areaCount`) : this.snap.length;
  }
  load(names?: string | string[]): void {
    checkNames('RangeAreas', loadNames('rangeAreas', names), ['areas/items/address', 'address', 'areaCount']);
    this.ctx.action(0, () => {
      const rects = this.range.areas(this.kind);
      if (this.kind === 'merged' && rects.length > MERGED_AREAS_LIMIT) fail('GeneralException', `${rects.length} merged areas (more than ${MERGED_AREAS_LIMIT})`);
      const name = this.range.sheetName;
      const list = rects.map((m) => rangeAddress(name, a1(m.top, m.left), a1(m.bottom, m.right)));
      return { bytes: wireBytes(list), commit: () => void (this.snap = list) };
    });
  }
}

/** Excel's fill of one cell (the top-left one: our ranges are single cells when fills are read). */
function fillSnapshot(f: FakeFill | null | undefined): Record<FillProp, unknown> {
  return {
    color: f?.color ?? '#FFFFFF',
    pattern: f?.pattern ?? 'None',
    patternColor: f?.patternColor ?? null,
    tintAndShade: f?.tintAndShade ?? 0,
    patternTintAndShade: f?.patternTintAndShade ?? 0,
  };
}

/** A fill with one property changed; defaults (tint 0, no pattern colour) are left out so fills compare equal. */
function withFillProp(f: FakeFill | null | undefined, prop: FillProp, v: unknown): FakeFill | null {
  const base: FakeFill = f && f.pattern !== 'None' ? { ...f } : { color: '#FFFFFF', pattern: 'Solid' };
  if (prop === 'color') {
    base.color = String(v).toUpperCase();
    delete base.tintAndShade;
  } else if (prop === 'pattern') {
    if (v === 'None') return null;
    if (v === 'LinearGradient' || v === 'RectangularGradient') fail('InvalidArgument', 'gradient fills cannot be set');
    base.pattern = String(v);
  } else if (prop === 'patternColor') {
    if (v === null) delete base.patternColor;
    else base.patternColor = String(v).toUpperCase();
  } else if (v === 0 || v === null) delete base[prop];
  else base[prop] = Number(v);
  return base;
}

class FakeFillProxy implements RangeFillLike {
  private snap: Record<FillProp, unknown> | undefined;
  private names = new Set<string>();
  constructor(private readonly ctx: FakeContext, private readonly range: FakeRange) {}
  private get(p: FillProp): unknown {
    if (!this.snap || !this.names.has(p)) return notLoaded(`fill.${p}`);
    return this.snap[p];
  }
  private set(p: FillProp, v: unknown): void {
    this.range.setFill((f) => withFillProp(f, p, v), wireBytes(v));
  }
  get color(): string { return this.get('color') as string; }
  set color(v: string) { this.set('color', v); }
  get pattern(): string { return this.get('pattern') as string; }
  set pattern(v: string) { this.set('pattern', v); }
  get patternColor(): string | null { return this.get('patternColor') as string | null; }
  set patternColor(v: string | null) { this.set('patternColor', v); }
  get tintAndShade(): number | null { return this.get('tintAndShade') as number | null; }
  set tintAndShade(v: number | null) { this.set('tintAndShade', v); }
  get patternTintAndShade(): number | null { return this.get('patternTintAndShade') as number | null; }
  set patternTintAndShade(v: number | null) { this.set('patternTintAndShade', v); }
  clear(): void {
    this.range.setFill(() => null, 0);
  }
  load(names?: string | string[]): void {
    const list = loadNames('fill', names);
    checkNames('RangeFill', list, FILL_PROPS);
    this.ctx.action(0, () => {
      const r = this.range.rect();
      const snap = fillSnapshot(this.range.sheet().cells.get(key(r.top, r.left))?.fill);
      return {
        bytes: wireBytes(list.map((p) => snap[p as FillProp])),
        commit: () => {
          this.snap = snap;
          for (const p of list) this.names.add(p);
        },
      };
    });
  }
}
