// Which column each segment of a table belongs to, from x positions only: populated columns from the body
// (numbers first: they never overflow into a neighbour), then header labels; a centred label and the
// right-aligned numbers under it are paired into one column.
import { isAmountText } from './blocks';
import type { Segment } from './text-types';

/** A column of the rebuilt table: the x range its segments cover. */
export interface Column {
  x0: number;
  x1: number;
  /** Holds body segments / header segments (used only while pairing). */
  body: boolean;
  header: boolean;
  numeric: number;
}

/** Segments of one line, with whether the line is in the header. */
export interface PlacedLine {
  segments: readonly Segment[];
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

/** Add segments narrowest first: one overlapped column takes it, none makes a new column, several = spanning. */
function addSegments(columns: Column[], segs: readonly Segment[], header: boolean): void {
  for (const s of [...segs].sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0))) {
    const hits = columns.filter((c) => covers(c, s));
    if (hits.length > 1) continue;
    const numeric = isNumberish(s.text) ? 1 : 0;
    if (hits.length === 1) {
      const c = hits[0];
      c.x0 = Math.min(c.x0, s.x0);
      c.x1 = Math.max(c.x1, s.x1);
      if (header) c.header = true;
      else c.body = true;
      c.numeric += numeric;
    } else {
      columns.push({ x0: s.x0, x1: s.x1, body: !header, header, numeric });
    }
  }
}

/** Numbers of the body join first and merge when they overlap (a column of right-aligned amounts). */
function numberColumns(lines: readonly PlacedLine[]): Column[] {
  const cols: Column[] = [];
  const segs = lines.filter((l) => !l.header && l.segments.length > 1).flatMap((l) => l.segments.filter((s) => isNumberish(s.text)));
  for (const s of [...segs].sort((a, b) => a.x0 - b.x0)) {
    const last = cols[cols.length - 1];
    if (last && overlap(last, s) > 0) {
      last.x1 = Math.max(last.x1, s.x1);
      last.numeric++;
    } else {
      cols.push({ x0: s.x0, x1: s.x1, body: true, header: false, numeric: 1 });
    }
  }
  return cols;
}

/** Pair a header-only column with the body-only column beside it (a centred label over right-aligned numbers). */
function pairLabels(columns: Column[]): Column[] {
  const cols = [...columns].sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c.body || !c.header) continue;
    const left = cols[i - 1];
    const right = cols[i + 1];
    const fits = (n: Column | undefined) => n !== undefined && n.body && !n.header;
    const partner = fits(right) && (right.numeric > 0 || !fits(left)) ? right : fits(left) ? left : undefined;
    if (!partner) continue;
    partner.x0 = Math.min(partner.x0, c.x0);
    partner.x1 = Math.max(partner.x1, c.x1);
    partner.header = true;
    cols.splice(i, 1);
    i = -1;
  }
  return cols;
}

/**
 * The columns of a table block: body numbers, then header labels (leaves before the group labels over them),
 * then body text (a name running on over an empty neighbour then spans columns instead of widening its own).
 */
export function findColumns(lines: readonly PlacedLine[]): Column[] {
  const cols = numberColumns(lines);
  addSegments(cols, lines.filter((l) => l.header).flatMap((l) => l.segments), true);
  addSegments(cols, lines.filter((l) => !l.header && l.segments.length > 1).flatMap((l) => l.segments), false);
  return pairLabels(cols);
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
