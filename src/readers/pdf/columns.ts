// Which column each segment of a table belongs to, from x positions only: populated columns from the body
// (numbers first: they never overflow into a neighbour), then header labels, then body text; then columns that
// never share a line are joined when they are one column printed apart (a centred label over right-aligned
// numbers, indented names under a 项目 column).
import { isAmountText } from './blocks';
import type { Segment } from './text-types';

/** A column of the rebuilt table: the x range its segments cover. */
export interface Column {
  x0: number;
  x1: number;
  /** Holds body segments / header segments (used only while joining). */
  body: boolean;
  header: boolean;
  /** How many numbers (amounts, codes, 栏次 numbers) it holds, and how many of them are in the body. */
  numeric: number;
  bodyNumbers: number;
  /** Indexes of the lines it has a segment on. */
  lines: Set<number>;
}

/** Segments of one line, with whether the line is in the header. */
export interface PlacedLine {
  segments: readonly Segment[];
  header: boolean;
}

interface Piece {
  seg: Segment;
  line: number;
  header: boolean;
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** Touching by a point or two (a wide label, a padding-less export) is not covering a column. */
const TOUCH = 3;

function covers(c: { x0: number; x1: number }, s: { x0: number; x1: number }): boolean {
  return overlap(c, s) > Math.min(TOUCH, (s.x1 - s.x0) / 3);
}

function isNumberish(text: string): boolean {
  return isAmountText(text) || /^[-+]?\d+$/.test(text.replace(/\s/g, ''));
}

function absorb(c: Column, p: Piece): void {
  c.x0 = Math.min(c.x0, p.seg.x0);
  // Amounts are right-aligned: they end where their column ends, and text running past them overflows.
  if (c.bodyNumbers === 0 || isNumberish(p.seg.text)) c.x1 = Math.max(c.x1, p.seg.x1);
  if (p.header) c.header = true;
  else c.body = true;
  if (isNumberish(p.seg.text)) {
    c.numeric++;
    if (!p.header) c.bodyNumbers++;
  }
  c.lines.add(p.line);
}

function newColumn(p: Piece): Column {
  const c: Column = { x0: p.seg.x0, x1: p.seg.x1, body: false, header: false, numeric: 0, bodyNumbers: 0, lines: new Set() };
  absorb(c, p);
  return c;
}

/**
 * Add pieces narrowest first: one covered column takes it, none makes a new column, several = spanning. Header
 * pieces go from the lowest line up, so the leaves are placed before a group label over them can widen one.
 */
function addPieces(columns: Column[], pieces: readonly Piece[]): void {
  const width = (p: Piece) => p.seg.x1 - p.seg.x0;
  const order = (a: Piece, b: Piece) => (a.header && b.header ? b.line - a.line : 0) || width(a) - width(b);
  for (const p of [...pieces].sort(order)) {
    const hits = columns.filter((c) => covers(c, p.seg));
    if (hits.length === 1) absorb(hits[0], p);
    else if (hits.length === 0) columns.push(newColumn(p));
  }
}

/** Numbers of the body join first and merge when they overlap (a column of right-aligned amounts). */
function numberColumns(pieces: readonly Piece[]): Column[] {
  const cols: Column[] = [];
  for (const p of [...pieces].sort((a, b) => a.seg.x0 - b.seg.x0)) {
    const last = cols[cols.length - 1];
    if (last && overlap(last, p.seg) > 0) absorb(last, p);
    else cols.push(newColumn(p));
  }
  return cols;
}

function disjoint(a: Column, b: Column): boolean {
  for (const l of a.lines) if (b.lines.has(l)) return false;
  return true;
}

function merge(into: Column, from: Column): void {
  into.x0 = Math.min(into.x0, from.x0);
  into.x1 = Math.max(into.x1, from.x1);
  into.body ||= from.body;
  into.header ||= from.header;
  into.numeric += from.numeric;
  into.bodyNumbers += from.bodyNumbers;
  for (const l of from.lines) into.lines.add(l);
}

/** A centred label over right-aligned numbers: a header-only column beside a body-only one, never on one line. */
function pairLabels(cols: Column[]): void {
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c.body || !c.header) continue;
    const fits = (n: Column | undefined): n is Column => n !== undefined && n.body && !n.header && disjoint(c, n);
    const left = cols[i - 1];
    const right = cols[i + 1];
    const partner = fits(right) && (right.numeric > 0 || !fits(left)) ? right : fits(left) ? left : undefined;
    if (!partner) continue;
    merge(partner, c);
    cols.splice(i, 1);
    i = -1;
  }
}

/** Names printed at two indents (「合计」「其中：…」) under one 项目 column: text columns never on one line. */
function joinTextColumns(cols: Column[]): void {
  for (let i = 0; i + 1 < cols.length; i++) {
    const [a, b] = [cols[i], cols[i + 1]];
    if (a.body && b.body && a.bodyNumbers === 0 && b.bodyNumbers === 0 && disjoint(a, b)) {
      merge(a, b);
      cols.splice(i + 1, 1);
      i--;
    }
  }
}

/**
 * The columns of a table block: body numbers, then header labels (leaves before the group labels over them),
 * then body text (a name running on over an empty neighbour then spans columns instead of widening its own).
 * A header-only column holding no 栏次 number in a table with a body is a group label, not a column.
 */
export function findColumns(lines: readonly PlacedLine[]): Column[] {
  const pieces = lines.flatMap((l, line) =>
    l.header || l.segments.length > 1 ? l.segments.map((seg) => ({ seg, line, header: l.header })) : [],
  );
  const body = pieces.filter((p) => !p.header);
  const cols = numberColumns(body.filter((p) => isNumberish(p.seg.text)));
  addPieces(cols, pieces.filter((p) => p.header));
  addPieces(cols, body.filter((p) => !isNumberish(p.seg.text)));
  cols.sort((a, b) => a.x0 - b.x0);
  pairLabels(cols);
  joinTextColumns(cols);
  // A label on the header's last line (「其他资金」), or wrapped over lines of its own (「一般公共预」「算」「结转结余」),
  // names a column left empty.
  const lastHeader = lines.reduce((last, l, i) => (l.header ? i : last), -1);
  const isEmptyLeaf = (c: Column) => c.header && !c.body && (c.lines.has(lastHeader) || headerLinesOf(c, lines) >= 2);
  return body.length > 0 ? cols.filter((c) => c.body || c.numeric > 0 || isEmptyLeaf(c)) : cols;
}

/** How many header lines a column has a piece on. */
function headerLinesOf(c: Column, lines: readonly PlacedLine[]): number {
  return [...c.lines].filter((l) => lines[l]?.header).length;
}

/** The columns a segment covers: every column it overlaps, else the nearest one. */
export function columnsOf(columns: readonly Column[], s: Segment): number[] {
  const hits: number[] = [];
  columns.forEach((c, i) => {
    if (covers(c, s)) hits.push(i);
  });
  if (hits.length > 0) return hits;
  let best = 0;
  let dist = Infinity;
  columns.forEach((c, i) => {
    const d = Math.max(c.x0 - s.x1, s.x0 - c.x1);
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return columns.length > 0 ? [best] : [0];
}

/** A label between two columns, touching neither (a group label centred over both): the columns either side. */
export function columnsAround(columns: readonly Column[], s: Segment): [number, number] | null {
  const left = columns.findIndex((c, i) => c.x1 <= s.x0 + TOUCH && (columns[i + 1]?.x0 ?? Infinity) >= s.x1 - TOUCH);
  return left >= 0 && left + 1 < columns.length && !columns.some((c) => covers(c, s)) ? [left, left + 1] : null;
}
