// Positioned strings -> lines (shared baselines) -> segments (strings with no cell gap between them).
import type { PdfPageText, PdfTextItem, Segment, TextLine } from './text-types';

/** Baselines closer than this share of the font size are one line (numbers and CJK sit a little apart). */
const SAME_LINE = 0.45;
/** Strings closer than this share of the font size are one segment (cells sit at least their padding apart). */
const JOIN_GAP = 0.12;
const MAX_OVERLAP = 0.05;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Join two pieces of one segment: nothing between Chinese text, one space between Latin words. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return CJK.test(a.slice(-1)) || CJK.test(b[0]) ? `${a}${b}` : `${a} ${b}`;
}

const SINGLE_CJK = /^[\u4e00-\u9fff]$/;

/** 「项  目」「资 金 性 质」: single characters spread over a label with spaces, one label. */
function isSpacedOut(before: string, next: string, gap: number): boolean {
  if (gap < 0 || gap > 1) return false;
  const last = before.slice(-1);
  const first = next.trim()[0] ?? '';
  const previousChar = before.length === 1 || /\s/.test(before.slice(-2, -1)) || SINGLE_CJK.test(before);
  return CJK.test(last) && CJK.test(first) && (previousChar || next.trim().length === 1);
}

function toSegments(items: readonly PdfTextItem[]): Segment[] {
  const out: Segment[] = [];
  let size = 0;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const prev = out[out.length - 1];
    const gap = prev ? it.x - prev.x1 : Infinity;
    const unit = Math.max(size, it.size, 1);
    if (prev && ((gap <= JOIN_GAP * unit && gap >= -MAX_OVERLAP * unit) || isSpacedOut(prev.text, it.str, gap / unit))) {
      prev.text = `${prev.text}${it.str}`;
      prev.x1 = Math.max(prev.x1, it.x + it.width);
    } else {
      out.push({ text: it.str, x0: it.x, x1: it.x + it.width });
    }
    size = it.size;
  }
  return out
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.text !== '');
}

/** The lines of a page, top to bottom, numbered from 1. */
export function pageLines(page: PdfPageText): TextLine[] {
  const items = page.items.filter((it) => it.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(it.y - g.y) <= SAME_LINE * Math.min(g.size, it.size || g.size)) {
      g.items.push(it);
      g.size = Math.max(g.size, it.size);
    } else {
      groups.push({ y: it.y, size: it.size || 1, items: [it] });
    }
  }
  return groups
    .map((g) => ({ page: page.page, no: 0, y: g.y, size: g.size, segments: toSegments(g.items) }))
    .filter((l) => l.segments.length > 0)
    .map((l, i) => ({ ...l, no: i + 1 }));
}

/** A line's whole text, segments joined. */
export function lineText(line: TextLine): string {
  return line.segments.reduce((acc, s) => (acc === '' ? s.text : joinText(acc, s.text)), '');
}
