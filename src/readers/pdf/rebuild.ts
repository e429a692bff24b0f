// PDF blocks -> the engine's Grid: one sheet per table (named after the page it starts on) and one per run of
// prose, plus where every cell came from, so findings can say 「第 12 页第 3 行」.
import { toA1 } from '../../engine/grid/address';
import { buildSheet } from '../../engine/grid/sheet';
import type { Grid, RawCell, Rect, Sheet } from '../../engine/grid/types';
import { isNarrativeTitle } from '../../engine/tables/title';
import type { PdfBlock } from './blocks';
import { lineText } from './lines';
import { proseParagraphs } from './prose';
import { tableRows, type RebuiltRow } from './table-rows';
import type { PdfSpot } from './text-types';

/** The rebuilt workbook and the page/line of each of its cells. */
export interface RebuiltPdf {
  grid: Grid;
  /** Spot of a cell, keyed `sheet!A1`; of a row, keyed `sheet!row` (0-based). */
  spots: Map<string, PdfSpot>;
}

/** Title given to prose that has none, so the 说明 checks find it (it states amounts in 万元). */
export const UNTITLED_PROSE = '情况说明（PDF 正文）';

function uniqueName(used: Set<string>, page: number): string {
  let name = `第${page}页`;
  for (let n = 2; used.has(name); n++) name = `第${page}页-${n}`;
  used.add(name);
  return name;
}

/** Printed numbers become numbers (what the spreadsheet held), keeping the printed text for the decimals shown. */
function rawOf(text: string): RawCell {
  const plain = text.replace(/[,\s]/g, '');
  // 「05」 (a Henan 款 code) keeps its zero as text, as the sheet held it.
  const leadingZero = /^0\d/.test(plain);
  if (/^[-+]?\d+(\.\d+)?$/.test(plain) && !leadingZero && plain.replace(/[-+.]/g, '').length <= 15) return { value: Number(plain), text };
  return { value: text };
}

function sheetOf(name: string, rows: readonly RebuiltRow[], spots: Map<string, PdfSpot>): Sheet {
  const raw: RawCell[][] = [];
  const merges: Rect[] = [];
  rows.forEach((row, r) => {
    raw[r] = [];
    spots.set(`${name}!${r}`, row.spot);
    for (const c of row.cells) {
      raw[r][c.col] = rawOf(c.text);
      spots.set(`${name}!${toA1(r, c.col)}`, c.spot);
      const right = c.span ?? c.col;
      const bottom = r + (c.down ?? 0);
      if (right > c.col || bottom > r) merges.push({ top: r, left: c.col, bottom, right });
    }
  });
  return buildSheet(name, raw, merges);
}

function proseRows(block: PdfBlock): RebuiltRow[] | null {
  const first = block.lines[0];
  const titled = isNarrativeTitle(lineText(first).replace(/\s+/g, ''));
  const paragraphs = proseParagraphs(titled ? block.lines.slice(1) : block.lines);
  if (!titled && !paragraphs.some((p) => /万元/.test(p.text))) return null;
  const spot = { page: first.page, line: first.no };
  const title = titled ? lineText(first) : UNTITLED_PROSE;
  return [
    { cells: [{ col: 0, text: title, spot }], spot },
    ...paragraphs.map((p) => ({ cells: [{ col: 0, text: p.text, spot: p.spot }], spot: p.spot })),
  ];
}

/** Build the grid: tables keep their columns, prose is one paragraph per row in column A. */
export function rebuildGrid(blocks: readonly PdfBlock[]): RebuiltPdf {
  const spots = new Map<string, PdfSpot>();
  const used = new Set<string>();
  const sheets: Sheet[] = [];
  for (const block of blocks) {
    const rows = block.kind === 'table' ? tableRows(block.lines) : proseRows(block);
    if (!rows || rows.length === 0) continue;
    sheets.push(sheetOf(uniqueName(used, block.lines[0].page), rows, spots));
  }
  return { grid: { sheets }, spots };
}
