// Finds a written 情况说明 in a workbook: a title cell naming it, then one paragraph per non-empty row below.
import { normalizeText } from '../grid/normalize';
import { getCell, rowCount } from '../grid/sheet';
import type { Cell, Grid, Sheet } from '../grid/types';
import type { BudgetTable, NarrativeBlock } from '../tables/types';

/** 情况说明 in all its titles: 信息公开情况说明, 其他相关情况说明, 项目经费情况说明, 公开说明, 编制说明. */
const TITLE = /情况说明|公开说明|编制说明/;
/** A title is a heading, not a sentence that happens to mention 情况说明. */
const MAX_TITLE_LENGTH = 60;

function textOf(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.value.kind === 'text') return cell.value.text;
  if (cell.value.kind === 'blank') return '';
  return cell.text.trim();
}

function isTitle(t: string): boolean {
  return t.length > 0 && t.length <= MAX_TITLE_LENGTH && TITLE.test(t) && !/表$/.test(t);
}

interface TitleHit {
  col: number;
  title: string;
  /** Lines after the title when the whole narrative sits in one cell (Alt+Enter line breaks). */
  rest: string[];
}

/** A cell holding a 情况说明 title: the whole cell, or its first line when the text follows in the same cell. */
function titleIn(cell: Cell | undefined): Omit<TitleHit, 'col'> | null {
  // Every title has 说明: most cells (amounts, names) are ruled out without splitting or normalizing them.
  if (!cell || !(cell.text.includes('明') || (cell.value.kind === 'text' && cell.value.text.includes('明')))) return null;
  if (cell.value.kind === 'text') {
    const lines = cell.text.split(/\r?\n/).map(normalizeText).filter((l) => l !== '');
    if (lines.length > 1 && isTitle(lines[0])) return { title: lines[0], rest: lines.slice(1) };
  }
  const whole = textOf(cell);
  return isTitle(whole) ? { title: whole, rest: [] } : null;
}

/** The first cell of a row that holds a 情况说明 title, if any. */
function titleAt(sheet: Sheet, row: number): TitleHit | null {
  const cells = sheet.cells[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const hit = titleIn(cells[c]);
    if (hit) return { col: c, ...hit };
  }
  return null;
}

/** A row as one paragraph: its non-empty cells joined by a space, addressed at the first of them. */
function rowParagraph(sheet: Sheet, row: number): NarrativeBlock['paragraphs'][number] | null {
  const cells = sheet.cells[row] ?? [];
  const parts: string[] = [];
  let first = -1;
  for (let c = 0; c < cells.length; c++) {
    const t = textOf(getCell(sheet, row, c));
    if (!t) continue;
    if (first < 0) first = c;
    parts.push(t);
  }
  if (first < 0) return null;
  return { text: parts.join(' '), address: { sheet: sheet.name, row, col: first } };
}

/** Rows of this sheet that belong to a recognized table (never narrative paragraphs). */
function tableRows(sheet: Sheet, tables: readonly BudgetTable[]): (row: number) => boolean {
  // Marked once per sheet: asking every table for every row is quadratic on a sheet of thousands of tables.
  const marked = new Uint8Array(rowCount(sheet));
  for (const t of tables) {
    if (t.sheet !== sheet.name) continue;
    marked.fill(1, Math.max(0, t.range.top), Math.min(marked.length, t.range.bottom + 1));
  }
  return (row) => marked[row] === 1;
}

function blockIn(sheet: Sheet, tables: readonly BudgetTable[]): NarrativeBlock | null {
  const inTable = tableRows(sheet, tables);
  for (let r = 0; r < rowCount(sheet); r++) {
    const hit = inTable(r) ? null : titleAt(sheet, r);
    if (hit === null) continue;
    const { col, title } = hit;
    const paragraphs: NarrativeBlock['paragraphs'] = hit.rest.map((text) => ({ text, address: { sheet: sheet.name, row: r, col } }));
    for (let p = r + 1; p < rowCount(sheet); p++) {
      const para = inTable(p) ? null : rowParagraph(sheet, p);
      if (para) paragraphs.push(para);
    }
    return { sheet: sheet.name, title, titleAddress: { sheet: sheet.name, row: r, col }, paragraphs };
  }
  return null;
}

/**
 * Every written narrative in the workbook, at most one per sheet (hidden sheets are skipped). Rows inside
 * recognized `tables` are left out, so tables placed on the narrative's sheet are not read as prose.
 */
export function findNarratives(grid: Grid, tables: readonly BudgetTable[] = []): NarrativeBlock[] {
  const out: NarrativeBlock[] = [];
  // Each sheet's own tables, grouped once: a per-unit workbook has hundreds of sheets and thousands of tables.
  const bySheet = new Map<string, BudgetTable[]>();
  for (const t of tables) {
    const list = bySheet.get(t.sheet);
    if (list) list.push(t);
    else bySheet.set(t.sheet, [t]);
  }
  for (const sheet of grid.sheets) {
    if (sheet.state !== 'visible') continue;
    const block = blockIn(sheet, bySheet.get(sheet.name) ?? []);
    if (block) out.push(block);
  }
  return out;
}
