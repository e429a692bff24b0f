// Prose lines -> paragraphs: a paragraph ends where a line stops short of the right margin, and a new one
// starts at an indented line or a heading (一、 / （一） / 1.).
import { lineText } from './lines';
import type { PdfSpot, TextLine } from './text-types';

/** A paragraph of a PDF's prose and the line it starts on. */
export interface ProseParagraph {
  text: string;
  spot: PdfSpot;
}

const HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+部分)/;

function left(l: TextLine): number {
  return l.segments[0].x0;
}

function right(l: TextLine): number {
  return l.segments[l.segments.length - 1].x1;
}

/** Paragraphs of prose lines (over pages; margins measured per page). */
export function proseParagraphs(lines: readonly TextLine[]): ProseParagraph[] {
  const margins = new Map<number, { min: number; max: number }>();
  for (const l of lines) {
    const m = margins.get(l.page) ?? { min: Infinity, max: -Infinity };
    margins.set(l.page, { min: Math.min(m.min, left(l)), max: Math.max(m.max, right(l)) });
  }
  const out: ProseParagraph[] = [];
  let open = false;
  for (const l of lines) {
    const m = margins.get(l.page)!;
    const text = lineText(l);
    const indented = left(l) > m.min + l.size;
    const last = out[out.length - 1];
    if (!open || !last || indented || HEADING.test(text)) {
      const box = { x0: left(l), x1: right(l), top: l.y - l.size, bottom: l.y + 0.25 * l.size };
      out.push({ text, spot: { page: l.page, line: l.no, box } });
    } else {
      last.text = `${last.text}${text}`;
    }
    // A line that stops well before the right margin ends its paragraph.
    open = right(l) >= m.max - 2 * l.size;
  }
  return out;
}
