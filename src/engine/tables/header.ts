// Find a table's header block under its title and turn each column's header path into a column key.
import { mergesOnRow } from '../grid/sheet';
import type { Sheet } from '../grid/types';
import { cleanLabel, columnKey, isHeaderWord } from './columns';
import { isMetaText } from './meta';
import { isNumberCell, rowCells, textAt, textWithMerge, type RowCell } from './sheet-view';

export interface HeaderColumn {
  col: number;
  path: string[];
  key: string | null;
}

export interface Header {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: HeaderColumn[];
  /** First column of the 支出 side in two-sided tables. */
  expenditureFrom: number | null;
  /** Rows that carried the 栏次 numbering ("栏次 1 2 3" or "** ** 1 2"). */
  hasColumnNumbers: boolean;
}

const MAX_HEADER_SEARCH = 7;
const MAX_HEADER_ROWS = 5;

/** 栏次 row: "栏次 1 2 3 …" (Hebei) or "** ** ** ** 1 2 …" (Henan). */
export function isColumnNumberRow(cells: readonly RowCell[]): boolean {
  return cells.length > 0 && isColumnNumberLabel(cleanLabel(cells[0].text));
}

/** The first label of a 栏次 row ("栏次 1 2 3" or "** ** 1 2"), cleaned. */
export function isColumnNumberLabel(label: string): boolean {
  return label === '栏次' || label === '**';
}

/** A row that starts table data: 合计/总计, an ordinal line, a code, or amounts outside the 序号 column. */
export function looksLikeData(cells: readonly RowCell[], seqCol: number | null): boolean {
  const texts = cells.filter((c) => c.col !== seqCol);
  if (texts.length === 0) return false;
  if (texts.some((c) => isNumberCell(c.cell) && !/^\d{3,7}$/.test(c.text))) return true;
  const first = cleanLabel(texts[0].text);
  const dataLike = /^(合计|总计|资产总额)$/.test(first) || /^[一二三四五六七八九十]+、/.test(first) || /^\d{3,7}$/.test(first);
  // A header row may start with a 合计 column label; data rows carry no other header labels beside it (a row of
  // labels only — 合计 | 因公出国(境)费 | 公务接待费 — is the header of a horizontal table).
  const labelsOnly = texts.every((c) => c.cell.value.kind === 'text');
  return dataLike && !texts.slice(1).some((c) => c.cell.value.kind === 'text' && (columnKey([c.text]) !== null || (labelsOnly && cleanLabel(c.text).length >= 3)));
}

/** Labels of a lower header row that name no column key of their own (小计 / 购置费 / 运行费 under 公务用车). */
const SUB_LABELS = /^(小计|购置费|运行费|运行维护费|购置|运行)$/;

function isHeaderRow(cells: readonly RowCell[]): boolean {
  if (cells.some((c) => isHeaderWord(c.text)) || cells.filter((c) => columnKey([c.text]) !== null).length >= 2) return true;
  return cells.length > 0 && cells.every((c) => c.cell.value.kind === 'text' && SUB_LABELS.test(cleanLabel(c.text)));
}

/** Locate the header below a title: rows with header words up to and including the 栏次 row. */
export function findHeader(sheet: Sheet, titleRow: number, endRow: number): Header | null {
  let top = -1;
  for (let r = titleRow + 1; r < Math.min(endRow, titleRow + 1 + MAX_HEADER_SEARCH); r++) {
    const cells = rowCells(sheet, r);
    if (cells.length === 0) continue;
    if (isHeaderRow(cells) && !cells.every((c) => isMetaText(c.text) && !isHeaderWord(c.text))) {
      top = r;
      break;
    }
  }
  if (top < 0) return null;
  let bottom = top;
  let hasColumnNumbers = false;
  const seqCol = rowCells(sheet, top).find((c) => cleanLabel(c.text) === '序号')?.col ?? null;
  for (let r = top; r < Math.min(endRow, top + MAX_HEADER_ROWS); r++) {
    const cells = rowCells(sheet, r);
    if (r > top && cells.length === 0) continue;
    if (isColumnNumberRow(cells)) {
      bottom = r;
      hasColumnNumbers = true;
      break;
    }
    if (r > top && (looksLikeData(cells, seqCol) || !isHeaderRow(cells))) break;
    bottom = r;
  }
  return buildHeader(sheet, top, bottom, hasColumnNumbers);
}

function buildHeader(sheet: Sheet, top: number, bottom: number, hasColumnNumbers: boolean): Header {
  const labelRows: number[] = [];
  for (let r = top; r <= bottom; r++) {
    const cells = rowCells(sheet, r);
    if (!isColumnNumberRow(cells)) labelRows.push(r);
  }
  let left = Infinity;
  let right = -1;
  for (let r = top; r <= bottom; r++) {
    for (const c of rowCells(sheet, r)) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
    for (const m of mergesOnRow(sheet, r)) {
      if (m.top >= top) right = Math.max(right, m.right);
    }
  }
  const grid = labelRows.map((r) => fillRight(sheet, r, left, right, labelRows));
  const columns: HeaderColumn[] = [];
  let expenditureFrom: number | null = null;
  for (let c = left; c <= right; c++) {
    const path: string[] = [];
    for (const row of grid) {
      const t = row[c - left];
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    if (expenditureFrom === null && path.some((p) => /^支出$|^支出预算$/.test(cleanLabel(p)))) expenditureFrom = c;
    columns.push({ col: c, path, key: columnKey(path) });
  }
  return { top, bottom, left, right, columns, expenditureFrom, hasColumnNumbers };
}

/**
 * Labels of one header row across the table width. A group label ("本年收入", "支出") that is not merged
 * extends right over blank cells that have a label below, until the next label in its row.
 */
function fillRight(sheet: Sheet, row: number, left: number, right: number, labelRows: readonly number[]): string[] {
  const out: string[] = [];
  let carry = '';
  const below = labelRows.filter((r) => r > row);
  for (let c = left; c <= right; c++) {
    const own = textAt(sheet, row, c);
    const merged = own === '' ? textWithMerge(sheet, row, c) : own;
    if (own !== '') {
      carry = own;
      out.push(own);
    } else if (merged !== '') {
      out.push(merged);
      carry = '';
    } else if (carry && below.some((r) => textWithMerge(sheet, r, c) !== '')) {
      out.push(carry);
    } else {
      carry = '';
      out.push('');
    }
  }
  return out;
}
