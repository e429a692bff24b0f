// Lines of all pages -> blocks: one per table (joined across pages, repeated page headers dropped) and one per
// run of prose (the 情况说明 pages). Page numbers and running headers are dropped here.
import { isMetaText } from '../../engine/tables/meta';
import { classifyTitle, isNarrativeTitle } from '../../engine/tables/title';
import { lineText } from './lines';
import type { TextLine } from './text-types';

/** A table (lines from its title to its last row, over as many pages as it runs) or a run of prose. */
export interface PdfBlock {
  kind: 'table' | 'prose';
  lines: TextLine[];
}

const PAGE_NUMBER = /^(第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页|[-—–\s]*\d{1,4}[-—–\s]*|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d+(\s*of\s*\d+)?)$/i;
/** A prose line: a sentence, not a cell (long, or with Chinese sentence punctuation). */
const SENTENCE = /[，。；：！？]/;
const MIN_PROSE_CHARS = 24;

function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** A table title line: one segment that names a standard table (or ends in 表 and is short). */
export function isTableTitle(line: TextLine): boolean {
  if (line.segments.length > 2) return false;
  const t = compact(lineText(line));
  return classifyTitle(t) !== null || (/表$/.test(t) && t.length <= 40 && !SENTENCE.test(t));
}

/** Widest gap between the segments of a line, in font sizes (prose has none wider than a character). */
function widestGap(line: TextLine): number {
  let gap = 0;
  for (let i = 1; i < line.segments.length; i++) gap = Math.max(gap, line.segments[i].x0 - line.segments[i - 1].x1);
  return gap / Math.max(line.size, 1);
}

function isProseLine(line: TextLine): boolean {
  if (widestGap(line) > 1) return false;
  const t = compact(lineText(line));
  if (/^注[:：]|^说明[:：]/.test(t)) return false;
  return t.length >= MIN_PROSE_CHARS || (SENTENCE.test(t) && t.length >= 8) || /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]/.test(t);
}

/** Page numbers and lines repeated at the top or bottom of most pages (running heads). */
function runningLines(pages: readonly TextLine[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([lines[0], lines[lines.length - 1]].filter(Boolean).map((l) => compact(lineText(l))));
    for (const t of edge) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (pages.length < 3) return out;
  for (const [t, n] of counts) if (n >= 3 && n * 2 >= pages.length && !classifyTitle(t)) out.add(t);
  return out;
}

/** Header lines of a table block: after the title, up to the first line holding a decimal amount. */
export function headerLines(block: PdfBlock): TextLine[] {
  const out: TextLine[] = [];
  for (const l of block.lines.slice(1)) {
    if (l.segments.some((s) => isAmountText(s.text))) break;
    out.push(l);
  }
  return out;
}

/** An amount as tables print it: 3,232.07 / 3232.07 / -6.00 (a decimal point, optional separators). */
export function isAmountText(text: string): boolean {
  return /^[-+]?(\d{1,3}(,\d{3})+|\d+)\.\d+$/.test(text.replace(/\s/g, '')) || /^[-+]?\d{1,3}(,\d{3})+$/.test(text.replace(/\s/g, ''));
}

/** The continuation of `table` on a new page repeats its title, meta lines or header: drop those lines. */
function continuation(table: PdfBlock, lines: TextLine[]): TextLine[] {
  const title = compact(lineText(table.lines[0]));
  const repeated = new Set(headerLines(table).map((l) => compact(lineText(l))));
  let i = 0;
  while (i < lines.length) {
    const t = compact(lineText(lines[i]));
    if (t === title || repeated.has(t) || (isMetaText(t) && lines[i].segments.length <= 3)) i++;
    else break;
  }
  return lines.slice(i);
}

/**
 * A table printed over several sheet pages on one PDF page (or a sheet that repeats its head after a page break)
 * repeats its title, meta line and header below rows already read: those lines are not rows.
 */
function repeatsHead(table: PdfBlock, line: TextLine): boolean {
  if (!table.lines.some((l) => l.segments.some((s) => isAmountText(s.text)))) return false;
  const t = compact(lineText(line));
  return t === compact(lineText(table.lines[0])) || headerLines(table).some((l) => compact(lineText(l)) === t);
}

/**
 * A page under the same title that goes on with a header line of its own (「项目名称」 and another project): the
 * next copy of a form (one 绩效目标申报表 per project), not the table's continuation.
 */
function isNewForm(table: PdfBlock, rest: readonly TextLine[]): boolean {
  const label = rest[0] ? compact(rest[0].segments[0].text) : '';
  return label !== '' && headerLines(table).some((l) => compact(l.segments[0].text) === label);
}

/** Split every page's lines into blocks, joining a table that runs on over the next page. */
export function splitBlocks(pages: readonly TextLine[][]): PdfBlock[] {
  const running = runningLines(pages);
  const blocks: PdfBlock[] = [];
  for (const all of pages) {
    const lines = all.filter((l) => {
      const t = compact(lineText(l));
      return !PAGE_NUMBER.test(t) && !running.has(t);
    });
    let current: PdfBlock | undefined = blocks[blocks.length - 1];
    let rest = lines;
    const first = lines[0];
    const sameTitle = current?.kind === 'table' && first && compact(lineText(first)) === compact(lineText(current.lines[0])) &&
      !isNewForm(current, continuation(current, lines));
    const startsOwn = !first || (isTableTitle(first) && !sameTitle) || isNarrativeTitle(compact(lineText(first))) || isProseLine(first);
    if (current?.kind === 'table' && !startsOwn) rest = continuation(current, lines);
    else if (current?.kind === 'table') current = undefined;
    rest.forEach((line, i) => {
      const text = compact(lineText(line));
      // Inside the 说明, 「1、…绩效目标表」 is a heading unless a table (a line of cells) follows it.
      const next = rest[i + 1];
      const startsTable = current?.kind !== 'prose' || (next !== undefined && widestGap(next) > 1);
      if (current?.kind === 'table' && repeatsHead(current, line)) return;
      if (isTableTitle(line) && !isNarrativeTitle(text) && startsTable) {
        current = { kind: 'table', lines: [line] };
        blocks.push(current);
      } else if (isNarrativeTitle(text) || (isProseLine(line) && current === undefined)) {
        current = { kind: 'prose', lines: [line] };
        blocks.push(current);
      } else if (current) {
        current.lines.push(line);
      } else {
        current = { kind: isProseLine(line) ? 'prose' : 'table', lines: [line] };
        blocks.push(current);
      }
    });
  }
  return blocks;
}
