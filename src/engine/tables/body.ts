// The body of a table under its header: which rows are data, which are notes or a repeated page header.
import type { Cell, Sheet } from '../grid/types';
import { cleanLabel } from './columns';
import { isColumnNumberLabel, isColumnNumberRow, looksLikeData, type Header } from './header';
import { isMetaText } from './meta';
import { rowCells, type RowCell } from './sheet-view';
import { isHeaderWordRow } from './header-words';
import { entityOf } from './meta';
import { isPerUnitTitle } from './title';

export interface Body {
  rows: number[];
  notes: string[];
  repeatedHeaderRows: number[];
  /** Last sheet row that belongs to the table (the header bottom when there is no data). */
  lastRow: number;
}

const NARRATIVE_TEXT_LENGTH = 40;

/** Words of a footnote or an empty-table note: 「注：」「说明：」, 「本部门无…预算」, 「此表为空表」, 「本年度无…计划」. */
const NOTE_TEXT = /^(注|说明|备注|附注)[:：]|本(部门|单位|表)|此表|空表|无数据|无.{0,16}(预算|收支|支出|安排|计划|经费)/;

/** A first cell starting 「注：」 makes its row a note, whatever else the row holds. */
const NOTE_START = /^注[:：]/;

/** The text of a note, without the brackets some clerks put around it. */
function noteText(text: string): string {
  return cleanLabel(text).replace(/^[(（\[【](.*)[)）\]】]$/, '$1');
}

/**
 * A note line: 「注：…」 in its first cell (as before), or a lone text cell anywhere in the row — the 科目编码 column,
 * an amount column — saying the table is empty or explaining a figure. A lone name with blank amounts is not one.
 */
function isNote(cells: readonly RowCell[]): boolean {
  if (cells.length === 0) return false;
  if (NOTE_START.test(cleanLabel(cells[0].text))) return true;
  return cells.length === 1 && cells[0].cell.value.kind === 'text' && NOTE_TEXT.test(noteText(cells[0].text));
}

/** True when a row below `from` (before `endRow`) holds table data: the note sits inside the body. */
function dataFollows(sheet: Sheet, from: number, endRow: number, seqCol: number | null, header: Header): boolean {
  for (let r = from + 1; r < endRow; r++) {
    const cells = rowCells(sheet, r);
    if (cells.length === 0) continue;
    if (isNote(cells) || isNarrative(cells, header)) return false;
    return cells.some((c) => c.cell.value.kind === 'number') || looksLikeData(cells, seqCol);
  }
  return false;
}

/** A row repeating the page header of a table split across pages (entity line, header rows, 栏次 row). */
export function isRepeatedHeader(cells: readonly RowCell[], seqCol: number | null): boolean {
  if (isColumnNumberRow(cells)) return true;
  // A number's text is never meta text (no 年/年度/单位, no name), and header-word rows hold no numbers: a row
  // with a number is not a repeated header. Data rows stop here, before the meta patterns run on their texts.
  if (cells.some((c) => c.cell.value.kind === 'number')) return false;
  if (cells.every((c) => isMetaText(c.text))) return !looksLikeData(cells, seqCol);
  return isHeaderWordRow(cells) && !looksLikeData(cells, seqCol);
}

function isNarrative(cells: readonly RowCell[], header: Header): boolean {
  if (cells.some((c) => c.col < header.left - 1 || c.col > header.right + 1)) return true;
  return cells.length === 1 && cells[0].text.length > NARRATIVE_TEXT_LENGTH && /[，。；]/.test(cells[0].text);
}

/**
 * True when a row is plainly data, decided from its cells without building them as RowCells (most rows of a big
 * table): two or more cells, a number among them, all within the header's columns, and a first cell that is not a
 * note (注：) or a 栏次 row. Exactly the rows readBody's full checks keep as data with nothing else to say; any
 * other row (false) gets those checks.
 */
function plainDataRow(sheet: Sheet, r: number, header: Header): boolean {
  const cells = sheet.cells[r];
  if (!cells) return false;
  let count = 0;
  let number = false;
  let first: Cell | undefined;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value.kind === 'blank') continue;
    if (c < header.left - 1 || c > header.right + 1) return false;
    if (count++ === 0) first = cell;
    if (cell.value.kind === 'number') number = true;
  }
  if (count < 2 || !number || !first) return false;
  if (first.value.kind !== 'text') return first.value.kind === 'number';
  const label = cleanLabel(first.value.text);
  return !NOTE_START.test(label) && !isColumnNumberLabel(label);
}

/** Walk rows under the header until the region ends, a note, or prose. */
export function readBody(sheet: Sheet, header: Header, endRow: number, seqCol: number | null, title: string): Body {
  const titleLabel = cleanLabel(title);
  // In a per-unit table a line naming a unit opens its block; elsewhere it repeats the page's entity line.
  const perUnit = isPerUnitTitle(title);
  const rows: number[] = [];
  const notes: string[] = [];
  const repeatedHeaderRows: number[] = [];
  for (let r = header.bottom + 1; r < endRow; r++) {
    if (plainDataRow(sheet, r, header)) {
      rows.push(r);
      continue;
    }
    const cells = rowCells(sheet, r);
    if (cells.length === 0) continue;
    if (isNote(cells)) {
      notes.push(cells.map((c) => c.text).join(''));
      if (dataFollows(sheet, r, endRow, seqCol, header)) continue;
      break;
    }
    if (isNarrative(cells, header)) break;
    const unitLine = perUnit && cells.length === 1 && entityOf(cells[0].text) !== null;
    if ((!unitLine && isRepeatedHeader(cells, seqCol)) || (cells.length === 1 && cleanLabel(cells[0].text) === titleLabel)) {
      repeatedHeaderRows.push(r);
      continue;
    }
    rows.push(r);
  }
  const lastRow = rows.length > 0 ? rows[rows.length - 1] : header.bottom;
  return { rows, notes, repeatedHeaderRows, lastRow };
}
