// Body lines -> rows, with a cell's text wrapped over several lines (a long name in a narrow column) kept in the
// row its amounts and codes are on. A row's band is set by its line of numbers; the wrapped lines of its text sit
// above that line (numbers at the bottom of a tall row), below it (numbers at the top) or both (centred).
import { isAmountText } from './blocks';
import { columnsOf, type Column } from './columns';
import type { Segment, TextLine } from './text-types';

type Direction = 'up' | 'down';

function isNumberish(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return isAmountText(t) || /^[-+]?\d+$/.test(t);
}

/** A line of text only: no amount, code or 序号 (those set a row's band, they never wrap). */
function isTextOnly(l: TextLine): boolean {
  return l.segments.every((s) => !isNumberish(s.text));
}

/** Widest text of each column over the body (a note across the table excluded): a piece that wide filled its cell. */
function columnWidths(lines: readonly TextLine[], columns: readonly Column[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const l of lines) {
    for (const s of l.segments) {
      const hits = columnsOf(columns, s);
      if (hits.length === 1) widths.set(hits[0], Math.max(widths.get(hits[0]) ?? 0, s.x1 - s.x0));
    }
  }
  return widths;
}

/** Column -> segment of a line (the first segment placed there). */
function byColumn(l: TextLine, columns: readonly Column[]): Map<number, Segment> {
  const out = new Map<number, Segment>();
  for (const s of l.segments) {
    const col = columnsOf(columns, s)[0];
    if (!out.has(col)) out.set(col, s);
  }
  return out;
}

/** 「4、其他固定资产」「其中：办公用房」「（二）…」: a piece that opens an item of its own, never a wrapped tail. */
const OPENS_ITEM = /^(\d+[、.．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|其中[:：])/;

/** `lower` goes on with `upper`'s text: printed at the same left edge or the same centre, not a new item. */
function continues(upper: Segment, lower: Segment, size: number): boolean {
  const aligned = Math.abs(upper.x0 - lower.x0) <= size || Math.abs(upper.x0 + upper.x1 - lower.x0 - lower.x1) <= 2 * size;
  return aligned && !OPENS_ITEM.test(lower.text);
}

/** Where each text-only line's pieces belong: with the line below, the line above, or a row of its own. */
function directions(lines: readonly TextLine[], columns: readonly Column[]): (Direction | null)[] {
  const widths = columnWidths(lines, columns);
  const cells = lines.map((l) => byColumn(l, columns));
  const isFull = (col: number, s: Segment, size: number) => s.x1 - s.x0 >= (widths.get(col) ?? 0) - 1.2 * size;
  const near = (a: number, b: number) =>
    a >= 0 && b < lines.length && lines[a].page === lines[b].page && lines[b].y - lines[a].y < 2 * Math.max(lines[a].size, lines[b].size);
  // The next line up or down with a piece in `col`, over lines of other columns' wrapped text (a few lines apart).
  const neighbour = (i: number, col: number, step: 1 | -1): number | null => {
    for (let j = i + step, hops = 0; hops < 3 && near(Math.min(j, j - step), Math.max(j, j - step)); j += step, hops++) {
      if (isLabelLine(lines[j])) return null;
      if (cells[j].has(col)) return j;
    }
    return null;
  };
  const raw = lines.map((l, i): { up: boolean; down: boolean } => {
    if (!isTextOnly(l) || isLabelLine(l)) return { up: false, down: false };
    const own = [...cells[i].entries()];
    // The cell above filled its width in each of this line's columns: its text runs on into this line.
    const up = own.every(([col, s]) => {
      const j = neighbour(i, col, -1);
      const above = j === null ? undefined : cells[j].get(col);
      return above !== undefined && isFull(col, above, lines[j!].size) && continues(above, s, l.size);
    });
    // This line fills its cells and a line below goes on in each of them.
    const down = own.every(([col, s]) => {
      const j = neighbour(i, col, 1);
      const below = j === null ? undefined : cells[j].get(col);
      return below !== undefined && isFull(col, s, l.size) && continues(s, below, l.size);
    });
    return { up, down };
  });
  const votes = { up: 0, down: 0 };
  for (const r of raw) {
    if (r.up && !r.down) votes.up++;
    if (r.down && !r.up) votes.down++;
  }
  // Where both fit (a name between two wrapped names), the table's own unambiguous cases decide.
  const tie: Direction = votes.up > votes.down ? 'up' : 'down';
  return raw.map((r) => (r.up && r.down ? tie : r.up ? 'up' : r.down ? 'down' : null));
}

/** A line of column labels inside the body (一级指标 二级指标 三级指标 … 指标值 of a 绩效目标表) starts a row. */
const LABEL = /^(一级指标|二级指标|三级指标|绩效指标描述|指标描述|指标值|指标值确定依据|评(价|分)标准|备注)$/;

function isLabelLine(l: TextLine): boolean {
  return l.segments.filter((s) => LABEL.test(s.text.replace(/\s/g, ''))).length >= 3;
}

/** Text printed over a column where the row already has an amount belongs to another row. */
function overAmounts(group: readonly TextLine[], l: TextLine, columns: readonly Column[]): boolean {
  const filled = new Set(group.flatMap((g) => g.segments.filter((s) => isAmountText(s.text)).flatMap((s) => columnsOf(columns, s))));
  return l.segments.some((s) => !isNumberish(s.text) && columnsOf(columns, s).some((c) => filled.has(c)));
}

function hasAmount(l: TextLine): boolean {
  return l.segments.some((s) => isAmountText(s.text));
}

/**
 * Body lines grouped into rows. Wrapped text joins the row whose numbers it belongs with; any other line closer
 * than most row pitches to the previous one is the same row (one line of amounts per row at most).
 */
export function groupBody(lines: readonly TextLine[], columns: readonly Column[]): TextLine[][] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i].page === lines[i - 1].page) gaps.push(lines[i].y - lines[i - 1].y);
  const sorted = [...gaps].sort((a, b) => a - b);
  const pitch = sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : Infinity;
  const dirs = directions(lines, columns);
  const groups: TextLine[][] = [];
  let pending: TextLine[] = [];
  lines.forEach((l, i) => {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (isLabelLine(l)) {
      if (pending.length > 0) groups.push(pending);
      groups.push([l]);
      pending = [];
      return;
    }
    if (dirs[i] === 'down') {
      pending.push(l);
      return;
    }
    if (pending.length === 0 && g && dirs[i] === 'up') {
      g.push(l);
      return;
    }
    const close = pending.length === 0 && prev !== undefined && prev.page === l.page && l.y - prev.y < 0.8 * pitch;
    const amounts = g ? g.filter(hasAmount).length + (hasAmount(l) ? 1 : 0) : 0;
    if (g && close && amounts <= 1 && !isLabelLine(l) && !overAmounts(g, l, columns)) g.push(l);
    else groups.push([...pending, l]);
    pending = [];
  });
  if (pending.length > 0) groups.push(pending);
  return groups;
}
