// Grid -> recognized tables: find titles, then each table's meta lines, header and body, by content not sheet name.
import type { Grid, Sheet } from '../grid/types';
import { amountColumns, derivedColumns, promoteGrandTotal, readDerived } from './amounts';
import { resolveComparison } from './comparison';
import { cleanLabel } from './columns';
import { findHeader, type Header } from './header';
import { readBody } from './body';
import { entityOf, isMetaText, unitOf, yearOf } from './meta';
import { readPerformance } from './performance';
import { readCodedRows } from './rows-coded';
import { readFixedAssetRows, readProcurementRows, readThreePublicRows } from './rows-list';
import { readTwoSidedRows } from './rows-two-sided';
import { isHorizontalThreePublic, readHorizontalThreePublic } from './rows-horizontal';
import { rowCells, withRowMemo } from './sheet-view';
import { classifyTitle, isPerUnitTitle } from './title';
import { attachTree } from './tree';
import { markUnitBlocks } from './unit-blocks';
import { drain, type Steps } from '../steps';
import type { BudgetTable, Entity, Layout, NarrativeBlock, TableColumn, TableKind, TableRow, Unit } from './types';
import { findNarratives } from '../narrative/find-narrative';

export interface Recognition {
  tables: BudgetTable[];
  narratives: NarrativeBlock[];
  entity: Entity | null;
  year: number | null;
  unit: Unit | null;
}

interface TitleHit {
  row: number;
  col: number;
  text: string;
  kind: TableKind;
}

const ECON_KINDS = new Set<TableKind>(['general-budget-basic-expenditure', 'economic-classification-summary', 'agency-operating-costs']);
const TWO_SIDED_KINDS = new Set<TableKind>(['income-expenditure-summary', 'fiscal-grant-summary']);
/** Tables of 功能分类 lines that may come broken down by 单位. */
const CODED_KINDS = new Set<TableKind>(['income-summary', 'expenditure-summary', 'general-budget-expenditure', 'project-expenditure']);

/** Find every standard table and narrative block in the workbook (per-unit tables last, else in sheet order). */
export function recognizeWorkbook(grid: Grid): Recognition {
  return drain(recognizeWorkbookSteps(grid));
}

/** The same, pausing after each sheet (steps.ts). */
export function* recognizeWorkbookSteps(grid: Grid): Steps<Recognition> {
  const tables: BudgetTable[] = [];
  for (const sheet of grid.sheets) {
    tables.push(...withRowMemo(sheet, () => recognizeSheet(sheet)).map(attachTree));
    yield;
  }
  // Per-unit tables come after the department's own tables: whoever reads 「the」 支出总表 reads the department's.
  tables.sort((a, b) => Number(a.perUnit ?? false) - Number(b.perUnit ?? false));
  const narratives = findNarratives(grid, tables);
  return {
    tables,
    narratives,
    entity: mostCommon(tables.map((t) => t.entity).filter((e): e is Entity => !!e && !!e.name), (e) => `${e.code}|${e.name}`),
    year: mostCommon(tables.map((t) => t.year).filter((y): y is number => y !== null), String),
    unit: mostCommon(tables.map((t) => t.unit).filter((u): u is Unit => u !== null), String),
  };
}

function mostCommon<T>(items: readonly T[], key: (t: T) => string): T | null {
  const counts = new Map<string, { item: T; n: number }>();
  for (const it of items) {
    const k = key(it);
    const e = counts.get(k);
    if (e) e.n++;
    else counts.set(k, { item: it, n: 1 });
  }
  let best: { item: T; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best ? best.item : null;
}

const TABLE_NUMBER = /^(附件\d*[:：]?)?附?表[一二三四五六七八九十\d]+[-—]?\d*$/;

/** Most cells a title row holds (title, table number, unit, year). */
const TITLE_ROW_CELLS = 4;

/** A title row: one title cell, possibly beside a table number (附表3) or meta (单位：万元). */
function titleIn(cells: ReturnType<typeof rowCells>): { col: number; text: string; kind: TableKind } | null {
  if (cells.length === 0 || cells.length > TITLE_ROW_CELLS) return null;
  let hit: { col: number; text: string; kind: TableKind } | null = null;
  for (const c of cells) {
    // A number is neither a title, a table number (附表3) nor meta (单位：万元): no need to print it to know.
    if (c.cell.value.kind === 'number') return null;
    const kind: TableKind | null = c.cell.value.kind === 'text' && !hit ? classifyTitle(c.text) : null;
    if (kind) hit = { col: c.col, text: c.text, kind };
    else if (!TABLE_NUMBER.test(cleanLabel(c.text)) && !isMetaText(c.text)) return null;
  }
  return hit;
}

/** Non-blank cells of a row, counted up to `limit` + 1 without reading their texts. */
function filledCells(sheet: Sheet, row: number, limit: number): number {
  const cells = sheet.cells[row];
  if (!cells) return 0;
  let n = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell && cell.value.kind !== 'blank' && ++n > limit) break;
  }
  return n;
}

function findTitles(sheet: Sheet): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = 0; r < sheet.cells.length; r++) {
    // Data rows have more cells than a title row can: skip them without building their texts (100k-row tables).
    if (filledCells(sheet, r, TITLE_ROW_CELLS) > TITLE_ROW_CELLS) continue;
    const hit = titleIn(rowCells(sheet, r));
    if (hit) hits.push({ row: r, ...hit });
  }
  return hits;
}

/** Recognize the tables of one sheet; a sheet with no budget table gives none. */
export function recognizeSheet(sheet: Sheet): BudgetTable[] {
  const hits = coalesceRepeatedTitles(findTitles(sheet));
  const out: BudgetTable[] = [];
  for (let i = 0; i < hits.length; i++) {
    const end = i + 1 < hits.length ? hits[i + 1].row : sheet.cells.length;
    const table = recognizeRegion(sheet, hits[i], end);
    if (table) out.push(table);
  }
  return out;
}

/** A title repeated on the next page (Henan exports) continues its table instead of starting a new one. */
function coalesceRepeatedTitles(hits: readonly TitleHit[]): TitleHit[] {
  const out: TitleHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const repeated = prev && prev.kind === h.kind && h.kind !== 'performance-targets' && cleanLabel(prev.text) === cleanLabel(h.text);
    if (!repeated) out.push(h);
  }
  return out;
}

interface Meta {
  entity: Entity | null;
  year: number | null;
  unit: Unit | null;
}

function readMeta(sheet: Sheet, hit: TitleHit, untilRow: number): Meta {
  const meta: Meta = { entity: null, year: yearOf(hit.text), unit: null };
  for (let r = hit.row; r < untilRow; r++) {
    for (const c of rowCells(sheet, r)) {
      if (r === hit.row && c.col === hit.col) continue;
      meta.year = meta.year ?? yearOf(c.text);
      meta.unit = meta.unit ?? unitOf(c.text);
      meta.entity = meta.entity ?? entityOf(c.text);
    }
  }
  return meta;
}

function layoutOf(header: Header, sheet: Sheet): Layout {
  const keys = new Set(header.columns.map((c) => c.key));
  if (keys.has('codeClass') || keys.has('govEconName') || keys.has('source') || keys.has('generalBudgetGrant')) return 'henan';
  const numbering = rowCells(sheet, header.bottom);
  return numbering.length > 0 && cleanLabel(numbering[0].text) === '**' ? 'henan' : 'hebei';
}

function recognizeRegion(sheet: Sheet, hit: TitleHit, end: number): BudgetTable | null {
  if (hit.kind === 'performance-targets') return recognizePerformance(sheet, hit, end);
  const header = findHeader(sheet, hit.row, end);
  if (!header) return null;
  const meta = readMeta(sheet, hit, header.top);
  const seqCol = header.columns.find((c) => c.key === 'seq')?.col ?? null;
  const body = readBody(sheet, header, end, seqCol, hit.text);
  const { columns, rows, derived } = readRows(sheet, hit.kind, header, body.rows, meta.year);
  const perUnit = CODED_KINDS.has(hit.kind) && markUnitBlocks(sheet, header, rows, isPerUnitTitle(hit.text));
  return {
    kind: hit.kind,
    sheet: sheet.name,
    title: hit.text,
    titleAddress: { sheet: sheet.name, row: hit.row, col: hit.col },
    range: { top: hit.row, left: header.left, bottom: body.lastRow, right: header.right },
    entity: meta.entity,
    year: meta.year,
    unit: meta.unit ?? headerUnitOf(header),
    layout: layoutOf(header, sheet),
    header: { top: header.top, bottom: header.bottom },
    columns,
    ...(derived.length > 0 ? { derivedColumns: derived } : {}),
    rows,
    ...(perUnit ? { perUnit } : {}),
    isEmpty: rows.every((row) => Object.values(row.amounts).every((a) => a.value === null || a.value.isZero())),
    notes: body.notes,
    repeatedHeaderRows: body.repeatedHeaderRows,
  };
}

/** A unit given in a column label (「金额（万元）」), asked only when no line above the header gives one. */
function headerUnitOf(header: Header): Unit | null {
  for (const c of header.columns) {
    const u = unitOf(c.path.join(''));
    if (u !== null) return u;
  }
  return null;
}

interface ReadRows {
  columns: TableColumn[];
  rows: TableRow[];
  derived: TableColumn[];
}

function readRows(sheet: Sheet, kind: TableKind, header: Header, rows: readonly number[], year: number | null): ReadRows {
  const names = header.columns.filter((c) => c.key === 'name').length;
  const twoSided = TWO_SIDED_KINDS.has(kind) || (kind === 'state-capital-expenditure' && (header.expenditureFrom !== null || names >= 2));
  if (twoSided) return { ...readTwoSidedRows(sheet, header, rows), derived: [] };
  if (kind === 'three-public-expenses' && isHorizontalThreePublic(header)) return { ...readHorizontalThreePublic(sheet, header, rows), derived: [] };
  const econ = ECON_KINDS.has(kind);
  // A lone 金额 / 预算数 column is the total of one-sided tables that have no 合计 (Henan 三公, economic tables).
  const amountIsTotal = econ || kind === 'three-public-expenses';
  const compared = resolveComparison(header.columns, year);
  const mapped = promoteGrandTotal(compared).map((c) => (amountIsTotal && c.key === 'amount' ? { ...c, key: 'total' } : c));
  const columns = amountColumns(mapped);
  const derived = derivedColumns(mapped);
  const withDerived = (out: TableRow[]): ReadRows => {
    if (derived.length > 0) for (const r of out) r.derived = readDerived(sheet, r.row, derived);
    return { columns, rows: out, derived };
  };
  if (kind === 'three-public-expenses') return withDerived(readThreePublicRows(sheet, header, rows, columns));
  if (kind === 'procurement') return withDerived(readProcurementRows(sheet, header, rows, columns));
  if (kind === 'fixed-assets') return withDerived(readFixedAssetRows(sheet, header, rows, columns));
  return withDerived(readCodedRows(sheet, header, rows, columns, econ, year));
}

function recognizePerformance(sheet: Sheet, hit: TitleHit, end: number): BudgetTable | null {
  const body = readPerformance(sheet, hit.row, end, hit.text);
  if (body.headerRow === null && body.rows.length === 0) return null;
  const meta = readMeta(sheet, hit, Math.min(hit.row + 3, end));
  const headerRow = body.headerRow ?? hit.row;
  const unit = meta.unit ?? unitInLabels(sheet, hit.row, headerRow);
  return {
    kind: 'performance-targets',
    sheet: sheet.name,
    title: hit.text,
    titleAddress: { sheet: sheet.name, row: hit.row, col: hit.col },
    range: { top: hit.row, left: Math.min(body.left, hit.col), bottom: body.lastRow, right: body.right },
    entity: meta.entity,
    year: meta.year,
    unit,
    layout: 'hebei',
    header: { top: headerRow, bottom: headerRow },
    columns: body.columns,
    rows: body.rows,
    isEmpty: body.rows.length === 0,
    notes: [],
  };
}

/** A unit given inside a label such as 「项目资金 (万元)」 between a form's title and its indicator header. */
function unitInLabels(sheet: Sheet, fromRow: number, toRow: number): Unit | null {
  for (let r = fromRow; r <= toRow; r++) {
    for (const c of rowCells(sheet, r)) {
      const m = /[(（]\s*(万元|亿元|元)\s*[)）]/.exec(c.text);
      if (m) return m[1] as Unit;
    }
  }
  return null;
}
