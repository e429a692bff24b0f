// One worksheet's XML -> rows of raw cells, merges and hidden rows/columns, streamed tag by tag.
// Cell values follow ECMA-376 18.3.1.4: t="s" shared string, "inlineStr", "str" formula text, "b", "e", "d" ISO
// date, else a number; a number under a date format is a date (1900 or 1904 system).
import { parseRangeA1 } from '../engine/grid/address';
import { normalizeCell, numberCell, textCell } from '../engine/grid/normalize';
import type { Cell, RawCell, Rect } from '../engine/grid/types';
import { RunText, unescapeOoxml, type CellStyle } from './ooxml-strings';
import { translateFormula } from './shared-formula';
import type { XmlHandler } from './xml-scan';
import { attrValue, decodeXml, endOfTag, oneLetterAttrRanges, oneLetterAttrs, parseAttrs, trimmed } from './xml-scan';

/** What the workbook-wide tables give a sheet reader. */
export interface SheetContext {
  strings: readonly string[];
  styles: readonly CellStyle[];
  date1904: boolean;
  /** Called for every stored cell (the cell-count limit). */
  onCell: () => void;
}

/** A sheet as read: normalized cells by row (0-based; rows without cells are holes), merges, hidden rows/columns. */
export interface RawSheet {
  rows: Cell[][];
  merges: Rect[];
  hiddenRows: number[];
  hiddenCols: number[];
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25569;

/**
 * A serial date as a Date, as Excel counts (1900 system, or 1904 when the workbook says so). Excel's 1900 system
 * has a 29 February 1900 (serial 60) that never was, so serials before it are one day later than the formula.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const offset = date1904 ? 1462 : serial < 60 ? 1 : 0;
  return new Date(Math.round((serial - EPOCH_1900 + offset) * MS_PER_DAY));
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

type Capture = 'v' | 'f' | 'is' | null;

/** The cell being read between <c> and </c>. */
interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string;
  formula: string | null;
  sharedIndex: string | null;
  hasFormula: boolean;
  hasValue: boolean;
}

/** The raw cell with its style's alignment indent, when it has one. */
function withIndent(raw: RawCell, style: CellStyle | undefined): RawCell {
  if (style && style.indent > 0) raw.indent = style.indent;
  return raw;
}

/** Column of the A1 reference s[from, to) ("AB12" -> 27), -1 when it has no letters. */
function colOfRef(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to && i - from < 3; i++) {
    const ch = s.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  return i === from ? -1 : col - 1;
}

/** Row of the A1 reference s[from, to) ("AB12" -> 11), -1 when it has no digits after the letters. */
function rowOfRef(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && s.charCodeAt(i) >= 65) i++;
  if (i === to) return -1;
  let row = 0;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  return row >= 1 ? row - 1 : -1;
}

/** row × REF_ROW + col packs a cell reference's position in one number (columns end at ZZZ = 18277). */
const REF_ROW = 32768;

/** "AB12" in s[from, to) as row × REF_ROW + col (0-based); -1 unless 1–3 upper-case letters, then 1–7 digits ≥ 1. */
function plainRef(s: string, from: number, to: number): number {
  let i = from;
  let col = 0;
  for (; i < to && i - from < 3; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === from || to - i < 1 || to - i > 7) return -1;
  let row = 0;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  return row < 1 ? -1 : (row - 1) * REF_ROW + col - 1;
}

/**
 * A merge's ref as Excel writes it ("B3:D7") as parseRangeA1 reads it, without its regular expressions and
 * splitting (a 200-unit book has 20k merges); null for any other form, which parseRangeA1 then reads.
 */
function plainRange(ref: string): Rect | null {
  const colon = ref.indexOf(':');
  if (colon < 0) return null;
  const a = plainRef(ref, 0, colon);
  const b = a < 0 ? -1 : plainRef(ref, colon + 1, ref.length);
  if (b < 0) return null;
  const ar = Math.floor(a / REF_ROW);
  const br = Math.floor(b / REF_ROW);
  const ac = a - ar * REF_ROW;
  const bc = b - br * REF_ROW;
  return { top: Math.min(ar, br), left: Math.min(ac, bc), bottom: Math.max(ar, br), right: Math.max(ac, bc) };
}

/** Reads one sheet; `handler` goes to the XML scanner, `result()` gives the sheet once the part has been scanned. */
export class SheetReader {
  readonly handler: XmlHandler;
  private readonly out: RawSheet = { rows: [], merges: [], hiddenRows: [], hiddenCols: [] };
  private row = -1;
  private col = -1;
  private cell: OpenCell | null = null;
  private capture: Capture = null;
  private readonly run = new RunText();
  private readonly shared = new Map<string, SharedMaster>();
  private readonly spare: OpenCell = {
    row: 0, col: 0, type: 'n', style: 0, value: '', formula: null, sharedIndex: null, hasFormula: false, hasValue: false,
  };
  private readonly hiddenColSeen = new Uint8Array(16384);
  /** The open cell's r, s and t attributes (the first of each, as attrValue finds them). */
  private readonly attrs: { r: string | undefined; s: string | undefined; t: string | undefined } = { r: undefined, s: undefined, t: undefined };
  private readonly takeAttr = (letter: number, value: string): void => {
    const a = this.attrs;
    if (letter === 114 /* r */) a.r ??= value;
    else if (letter === 115 /* s */) a.s ??= value;
    else if (letter === 116 /* t */) a.t ??= value;
  };
  /** The open cell's r (as a range of the tag text), s and t, as openCellAt reads them in place (the first of each). */
  private readonly at: { refFrom: number; refTo: number; style: number; type: string | undefined } = {
    refFrom: -1,
    refTo: -1,
    style: -1,
    type: undefined,
  };
  private readonly takeRange = (s: string, letter: number, from: number, to: number): boolean => {
    if (letter !== 114 /* r */ && letter !== 115 /* s */ && letter !== 116 /* t */) return true;
    for (let k = from; k < to; k++) if (s.charCodeAt(k) === 38 /* & */) return false; // an entity: openCell decodes it
    const at = this.at;
    if (letter === 114) {
      if (at.refFrom < 0) {
        at.refFrom = from;
        at.refTo = to;
      }
    } else if (letter === 115) {
      if (at.style >= 0) return true;
      let style = 0;
      for (let k = from; k < to; k++) {
        const d = s.charCodeAt(k) - 48;
        if (d < 0 || d > 9) return false;
        style = style * 10 + d;
      }
      at.style = style;
    } else {
      at.type ??= s.slice(from, to);
    }
    return true;
  };
  private colElements = 0;

  constructor(private readonly ctx: SheetContext) {
    this.handler = {
      open: (name, attrs, selfClosing) => this.open(name, attrs, selfClosing),
      close: (name) => this.close(name),
      text: (t) => this.text(t),
      element: (s, lt) => this.plainCell(s, lt),
    };
  }

  /**
   * `<c …/>` and `<c …><v>…</v></c>` (nearly every cell of a sheet) read at once: what the scanner's open, text and
   * close events for them do, without the five events. -1 for anything else (a formula, rich text, a prefix, other
   * spacing, or the element cut off at the chunk's end), which the events then handle.
   */
  private plainCell(s: string, lt: number): number {
    if (s.charCodeAt(lt + 1) !== 99 /* c */) return -1;
    const ch = s.charCodeAt(lt + 2);
    if (!(ch <= 32 || ch === 62 /* > */ || ch === 47) /* / */) return -1;
    const end = endOfTag(s, lt + 2);
    if (end < 0) return -1;
    const selfClosing = s.charCodeAt(end - 1) === 47 /* / */ && end - 1 >= lt + 2;
    // The value's text s[from, to) of `<v>…</v></c>`; nothing is opened before the whole element is known.
    const from = end + 4;
    const to = selfClosing ? from : s.indexOf('<', from);
    if (!selfClosing && (!s.startsWith('<v>', end + 1) || to < 0 || !s.startsWith('</v></c>', to))) return -1;
    const attrsEnd = selfClosing ? end - 1 : end;
    if (!this.openCellAt(s, lt + 2, attrsEnd)) this.openCell(trimmed(s, lt + 2, attrsEnd));
    if (to > from) {
      const cell = this.spare;
      cell.value = decodeXml(s.slice(from, to));
      cell.hasValue = true;
    }
    this.closeCell();
    return selfClosing ? end + 1 : to + 8;
  }

  /** The sheet read so far. */
  result(): RawSheet {
    return this.out;
  }

  private open(name: string, attrs: string, selfClosing: boolean): void {
    switch (name) {
      case 'row':
        return this.openRow(attrs);
      case 'c':
        this.openCell(attrs);
        if (selfClosing) this.closeCell();
        return;
      case 'v':
        if (this.cell && !selfClosing) this.capture = 'v';
        return;
      case 'f':
        return this.openFormula(attrs, selfClosing);
      case 'is':
        if (this.cell && !selfClosing) this.capture = 'is';
        return;
      case 'mergeCell':
        return this.addMerge(parseAttrs(attrs).ref);
      case 'col':
        return this.addHiddenCols(parseAttrs(attrs));
      default:
        if (this.capture === 'is' && !selfClosing) this.run.open(name);
    }
  }

  private close(name: string): void {
    switch (name) {
      case 'c':
        return this.closeCell();
      case 'v':
      case 'f':
        if (this.capture === name) this.capture = null;
        return;
      case 'is':
        if (this.cell && this.capture === 'is') {
          this.cell.value = this.run.take();
          this.cell.hasValue = true;
        }
        this.capture = null;
        return;
      default:
        if (this.capture === 'is') this.run.close(name);
    }
  }

  private text(t: string): void {
    const cell = this.cell;
    if (!cell || this.capture === null) return;
    if (this.capture === 'v') {
      cell.value += t;
      cell.hasValue = true;
    } else if (this.capture === 'f') {
      cell.formula = (cell.formula ?? '') + t;
    } else {
      this.run.text(t);
    }
  }

  private openRow(attrs: string): void {
    const ref = attrValue(attrs, 'r');
    const r = ref !== undefined ? Number(ref) - 1 : this.row + 1;
    this.row = Number.isInteger(r) && r >= 0 && r <= 1_048_575 ? r : this.row + 1;
    this.col = -1;
    const hidden = attrs.indexOf('hidden') < 0 ? undefined : attrValue(attrs, 'hidden');
    if (hidden === '1' || hidden === 'true') this.out.hiddenRows.push(this.row);
  }

  private openCell(attrs: string): void {
    const a = this.attrs;
    a.r = undefined;
    a.s = undefined;
    a.t = undefined;
    if (!oneLetterAttrs(attrs, this.takeAttr)) {
      a.r = attrValue(attrs, 'r');
      a.s = attrValue(attrs, 's');
      a.t = attrValue(attrs, 't');
    }
    const ref = a.r;
    const style = a.s;
    this.startCell(ref ?? '', ref === undefined ? -1 : 0, ref?.length ?? 0, a.t ?? 'n', style !== undefined ? Number(style) : 0);
  }

  /**
   * openCell for the attributes s[from, to), read in place: r straight to a position, s to a number, no slices.
   * False, having done nothing, for anything but plain `name="value"` pairs, an entity in r, s or t, or a style
   * that is not digits: openCell then reads them.
   */
  private openCellAt(s: string, from: number, to: number): boolean {
    const at = this.at;
    at.refFrom = -1;
    at.refTo = -1;
    at.style = -1;
    at.type = undefined;
    if (!oneLetterAttrRanges(s, from, to, this.takeRange)) return false;
    this.startCell(s, at.refFrom, at.refTo, at.type ?? 'n', at.style < 0 ? 0 : at.style);
    return true;
  }

  /**
   * Open the cell whose r attribute is s[refFrom, refTo) (refFrom -1 when it has none: the next column), as openCell
   * and openCellAt read its attributes.
   */
  private startCell(s: string, refFrom: number, refTo: number, type: string, style: number): void {
    let row = this.row < 0 ? 0 : this.row;
    let col = this.col + 1;
    if (refFrom >= 0) {
      const c = colOfRef(s, refFrom, refTo);
      if (c >= 0) col = c;
      const r = rowOfRef(s, refFrom, refTo);
      if (r >= 0) row = r;
    }
    if (col > 16383 || row > 1_048_575) col = 16383;
    this.col = col;
    // One object reused for every cell: a sheet has millions of cells and only one is open at a time.
    const cell = this.spare;
    cell.row = row;
    cell.col = col;
    cell.type = type;
    cell.style = style;
    cell.value = '';
    cell.formula = null;
    cell.sharedIndex = null;
    cell.hasFormula = false;
    cell.hasValue = false;
    this.cell = cell;
  }

  private openFormula(attrs: string, selfClosing: boolean): void {
    const cell = this.cell;
    if (!cell) return;
    cell.hasFormula = true;
    if (attrValue(attrs, 't') === 'shared') cell.sharedIndex = attrValue(attrs, 'si') ?? null;
    if (!selfClosing) this.capture = 'f';
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = null;
    this.capture = null;
    if (!cell) return;
    const plain = this.plainNumber(cell) ?? this.sharedText(cell);
    if (plain !== undefined) {
      this.ctx.onCell();
      (this.out.rows[cell.row] ??= [])[cell.col] = plain;
      return;
    }
    const raw = this.rawCell(cell);
    // As buildSheet: an empty value is no cell, unless a formula or an error is there.
    if (!raw || ((raw.value === null || raw.value === '') && !raw.formula && !raw.error)) return;
    this.ctx.onCell();
    const rows = this.out.rows;
    (rows[cell.row] ??= [])[cell.col] = normalizeCell(raw);
  }

  /**
   * A stored number (no formula, not under a date format) straight to its Cell, as normalizeCell makes it from the
   * raw cell rawCell would give; undefined for any other cell (blank, not a number, a formula, a date).
   */
  private plainNumber(cell: OpenCell): Cell | undefined {
    if (cell.type !== 'n' || cell.hasFormula || !cell.hasValue) return undefined;
    const style = this.ctx.styles[cell.style];
    if (style?.isDate) return undefined;
    const v = cell.value;
    const n = Number(v);
    if (!Number.isFinite(n) || v.trim() === '') return undefined;
    return numberCell(n, style?.numFmt);
  }

  /** A shared string without a formula straight to its Cell, as normalizeCell makes it from rawCell's raw cell. */
  private sharedText(cell: OpenCell): Cell | undefined {
    if (cell.type !== 's' || cell.hasFormula || !cell.hasValue) return undefined;
    const s = this.ctx.strings[Number(cell.value)];
    if (s === undefined || s === '') return undefined;
    const style = this.ctx.styles[cell.style];
    return textCell(s, style?.numFmt, style && style.indent > 0 ? style.indent : undefined);
  }

  /** The formula text of a cell, shared formulas resolved from their first cell. */
  private formulaOf(cell: OpenCell): string | undefined {
    if (!cell.hasFormula) return undefined;
    const own = cell.formula;
    if (cell.sharedIndex === null) return own ?? undefined;
    if (own) {
      this.shared.set(cell.sharedIndex, { formula: own, row: cell.row, col: cell.col });
      return own;
    }
    const master = this.shared.get(cell.sharedIndex);
    return master ? translateFormula(master.formula, cell.row - master.row, cell.col - master.col) : undefined;
  }

  private rawCell(cell: OpenCell): RawCell | null {
    const formula = this.formulaOf(cell);
    if (!cell.hasValue) return formula ? { value: null, formula } : null;
    const style = this.ctx.styles[cell.style];
    const numFmt = style?.numFmt;
    const v = cell.value;
    switch (cell.type) {
      case 's': {
        const s = this.ctx.strings[Number(v)];
        return withIndent({ value: s ?? null, text: s, formula, numFmt }, style);
      }
      case 'inlineStr':
      case 'str': {
        const s = cell.type === 'str' ? unescapeOoxml(v) : v;
        return withIndent({ value: s, text: s, formula, numFmt }, style);
      }
      case 'b':
        return { value: v.trim() !== '0' && v.trim().toLowerCase() !== 'false', formula, numFmt };
      case 'e':
        return { value: null, error: v.trim(), formula, numFmt };
      case 'd': {
        const d = new Date(v.trim());
        return { value: Number.isNaN(d.getTime()) ? v : d, formula, numFmt };
      }
      default: {
        if (v.trim() === '') return formula ? { value: null, formula, numFmt } : null;
        const n = Number(v);
        if (style?.isDate && Number.isFinite(n)) return { value: serialToDate(n, this.ctx.date1904), formula, numFmt };
        return { value: Number.isNaN(n) ? parseFloat(v) : n, formula, numFmt };
      }
    }
  }

  private addMerge(ref: string | undefined): void {
    const r = ref ? (plainRange(ref) ?? parseRangeA1(ref)) : null;
    if (r) this.out.merges.push(r);
  }

  private addHiddenCols(a: Record<string, string>): void {
    if (a.hidden !== '1' && a.hidden !== 'true') return;
    if (++this.colElements > 16384) return;
    const min = Number(a.min);
    const max = Math.min(Number(a.max), 16384);
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1) return;
    // A sheet has at most 16,384 columns: a range already seen is not walked again (hostile files repeat them).
    for (let c = min; c <= max; c++) {
      if (this.hiddenColSeen[c - 1] === 1) continue;
      this.hiddenColSeen[c - 1] = 1;
      this.out.hiddenCols.push(c - 1);
    }
  }
}
