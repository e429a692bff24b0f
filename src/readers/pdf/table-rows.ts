// A table block's lines as grid rows: title, meta lines, header rows (labels of one column joined, group labels
// merged across their columns), then body rows with wrapped cell text joined back into one row.
import { columnKey, isHeaderWord } from '../../engine/tables/columns';
import { isMetaText } from '../../engine/tables/meta';
import { isAmountText } from './blocks';
import { columnsAround, columnsOf, findColumns, type Column } from './columns';
import { joinText } from './lines';
import type { PdfSpot, Segment, TextLine } from './text-types';
import { groupBody } from './wrapped-cells';

/** A cell of a rebuilt row, with the line it was read from. */
export interface RowCellText {
  col: number;
  text: string;
  spot: PdfSpot;
}

/**
 * One grid row of a rebuilt table; `span` marks a label covering columns col..span and `down` one covering this
 * row and the `down` rows below it (merged cells).
 */
export interface RebuiltRow {
  cells: (RowCellText & { span?: number; down?: number })[];
  spot: PdfSpot;
}

type Role = 'title' | 'meta' | 'header' | 'body';

function spotOf(l: TextLine): PdfSpot {
  return { page: l.page, line: l.no };
}

/** The spot of one segment: its line and the box it is printed in. */
function segmentSpot(l: TextLine, s: Segment): PdfSpot {
  return { page: l.page, line: l.no, box: { x0: s.x0, x1: s.x1, top: l.y - l.size, bottom: l.y + 0.25 * l.size } };
}

/** 「450001」「临西县医疗保障局本级」「预算年度：2024」「单位：万元」: meta texts, the unit's code beside its name. */
function isMetaLine(l: TextLine): boolean {
  return l.segments.some((s) => isMetaText(s.text)) && l.segments.every((s) => isMetaText(s.text) || /^\d{3,9}$/.test(s.text));
}

/** Roles of the block's lines: title first, meta lines before the header, header up to the first amount. */
function rolesOf(lines: readonly TextLine[]): Role[] {
  let inBody = false;
  let seenHeader = false;
  return lines.map((l, i) => {
    if (i === 0) return 'title';
    if (!inBody && (l.segments.some((s) => isAmountText(s.text)) || /^注[:：]/.test(l.segments[0].text))) inBody = true;
    if (inBody) return 'body';
    if (!seenHeader && isMetaLine(l)) return 'meta';
    seenHeader = true;
    return 'header';
  });
}

function hasAmount(l: TextLine): boolean {
  return l.segments.some((s) => isAmountText(s.text));
}

/** Cells of several lines placed in columns; pieces landing in one column are joined top to bottom. */
function placeLines(lines: readonly TextLine[], columns: readonly Column[], spanning: boolean): RebuiltRow {
  const cells = new Map<number, RowCellText & { span?: number }>();
  const amountLine = lines.find(hasAmount) ?? lines[0];
  for (const l of lines) {
    for (const s of l.segments) placeSegment(cells, columns, s, segmentSpot(l, s), spanning);
  }
  return { cells: [...cells.values()].sort((a, b) => a.col - b.col), spot: spotOf(amountLine) };
}

/** A code broken by wrapping (「A0504010」「1」) joins with no space; other pieces as `joinText` joins them. */
function joinPieces(upper: string, lower: string): string {
  return /^[A-Za-z0-9]{4,}$/.test(upper) && /^[A-Za-z0-9]+$/.test(lower) ? `${upper}${lower}` : joinText(upper, lower);
}

function placeSegment(
  cells: Map<number, RowCellText & { span?: number }>,
  columns: readonly Column[],
  s: Segment,
  spot: PdfSpot,
  spanning: boolean,
): void {
  // A group label centred over two columns, touching neither, spans both.
  const around = spanning ? columnsAround(columns, s) : null;
  const hits = around ?? columnsOf(columns, s);
  const col = hits[0];
  const prev = cells.get(col);
  const span = spanning && hits.length > 1 ? hits[hits.length - 1] : undefined;
  if (prev) prev.text = joinPieces(prev.text, s.text);
  else cells.set(col, { col, text: s.text, spot, span });
}

/** 「经营收入」 under 「本年收入」: the lower piece names its column by itself, the one above is a group label. */
function isOwnLabel(upper: string, lower: string): boolean {
  const own = columnKey([lower]);
  return Array.from(upper).length >= 4 && own !== null && own === columnKey([joinText(upper, lower)]);
}

/** 「基本支出」 over 「小计」 (or 「2020年」 over 「合计」): a 小计 column opens the group the label above names. */
function isSubtotalUnder(upper: string, lower: string): boolean {
  return /^(小\s*计|合\s*计)$/.test(lower.trim()) && !/^(小\s*计|合\s*计)$/.test(upper.trim()) && !isMetaText(upper);
}

type HeaderCell = RowCellText & { span?: number; down?: number };

/** A label over others: spanning columns, a whole header word above more text, or above a label of its own. */
function isGroupLabel(cell: HeaderCell, below: readonly HeaderCell[]): boolean {
  if (cell.span !== undefined) return true;
  const under = below.find((c) => c.col === cell.col);
  return under !== undefined && (isHeaderWord(cell.text) || isOwnLabel(cell.text, under.text) || isSubtotalUnder(cell.text, under.text));
}

type Leaf = HeaderCell & { top: number; pieces: number };

/**
 * A group label narrower than the columns under it (centred over them) covers the unclaimed columns beside it
 * whose labels sit where the labels under a group sit: wrapped over lines, or on the line most one-line labels
 * share. A label centred over two header rows (序号, 合计) sits higher and stands beside the group.
 */
function widenGroups(groups: readonly HeaderCell[], leaves: ReadonlyMap<number, Leaf>): void {
  const counts = new Map<number, number>();
  for (const l of leaves.values()) if (l.pieces === 1) counts.set(l.top, (counts.get(l.top) ?? 0) + 1);
  const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const under = (col: number) => {
    const l = leaves.get(col);
    return l !== undefined && (l.pieces > 1 || l.top === modal);
  };
  const claimed = (col: number, self: HeaderCell) =>
    groups.some((g) => g !== self && g.spot.line === self.spot.line && g.col <= col && col <= (g.span ?? g.col));
  for (const g of [...groups].sort((a, b) => a.col - b.col)) {
    let left = g.col;
    let right = g.span ?? g.col;
    // A label printed from its first column's left edge (merged cells print left-aligned) starts its group there.
    const first = leaves.get(g.col)?.spot.box;
    const startsHere = g.spot.box !== undefined && first !== undefined && Math.abs(g.spot.box.x0 - first.x0) <= 2;
    while (!startsHere && under(left - 1) && !claimed(left - 1, g)) left--;
    while (under(right + 1) && !claimed(right + 1, g)) right++;
    g.col = left;
    if (right > left) g.span = right;
  }
}

/**
 * A column label under fewer group labels than the deepest (项目 beside 上年结转结余 › 一般公共预算结转结余) is a
 * cell merged down from the row under its lowest group, as the sheet holds it: it moves up there, merged down to
 * the row of column labels. Returns the labels left on that row.
 */
function raiseLeaves(groups: RebuiltRow[], leaves: HeaderCell[]): HeaderCell[] {
  const covers = (c: HeaderCell, col: number) => c.col <= col && col <= (c.span ?? c.col);
  return leaves.filter((leaf) => {
    let lowest = -1;
    groups.forEach((g, i) => {
      if (g.cells.some((c) => covers(c, leaf.col))) lowest = i;
    });
    const target = lowest + 1;
    if (target >= groups.length) return true;
    groups[target].cells.push({ ...leaf, down: groups.length - target });
    return false;
  });
}

/**
 * Header rows as a spreadsheet holds them: the group labels of each line (功能分类科目, 本年收入), then one row of
 * column labels, wrapped pieces joined (「科目」「编码」 -> 科目编码, 「上解上」「级」「支出」), then the 栏次 row.
 */
function headerRows(lines: readonly TextLine[], columns: readonly Column[]): RebuiltRow[] {
  const rows = lines.map((l) => placeLines([l], columns, true));
  const numbering = (r: RebuiltRow) => r.cells.length > 1 && r.cells.filter((c) => /^(栏次|\*\*|\d{1,2})$/.test(c.text)).length >= r.cells.length - 1;
  const labelRows = rows.filter((r) => !numbering(r));
  const groups: RebuiltRow[] = [];
  const leaves = new Map<number, Leaf>();
  labelRows.forEach((row, i) => {
    const below = labelRows.slice(i + 1).flatMap((r) => r.cells);
    const groupCells = row.cells.filter((c) => isGroupLabel(c, below));
    if (groupCells.length > 0) groups.push({ cells: groupCells, spot: row.spot });
    for (const c of row.cells) {
      if (groupCells.includes(c)) continue;
      const prev = leaves.get(c.col);
      if (prev) {
        prev.text = joinText(prev.text, c.text);
        prev.pieces++;
      } else {
        leaves.set(c.col, { ...c, top: c.spot.line, pieces: 1 });
      }
    }
  });
  if (leaves.size > 0) widenGroups(groups.flatMap((g) => g.cells), leaves);
  const leafCells = raiseLeaves(groups, [...leaves.values()].map(({ top: _t, pieces: _p, ...c }) => c));
  for (const g of groups) g.cells.sort((a, b) => a.col - b.col);
  const leafRow: RebuiltRow[] = leaves.size > 0
    ? [{ cells: leafCells.sort((a, b) => a.col - b.col), spot: [...leaves.values()][0].spot }]
    : [];
  return [...groups, ...leafRow, ...rows.filter(numbering)];
}

/** The rows of a table block and the columns they were placed in. */
export function tableRows(lines: readonly TextLine[]): RebuiltRow[] {
  const roles = rolesOf(lines);
  const pick = (role: Role) => lines.filter((_, i) => roles[i] === role);
  const header = pick('header');
  const body = pick('body');
  const columns = findColumns([
    ...header.map((l) => ({ segments: l.segments, header: true })),
    ...body.map((l) => ({ segments: l.segments, header: false })),
  ]);
  const title = lines[0];
  return [
    { cells: [{ col: 0, text: title.segments.map((s) => s.text).reduce(joinText, ''), spot: spotOf(title) }], spot: spotOf(title) },
    ...pick('meta').map((l) => placeLines([l], columns, false)),
    ...headerRows(header, columns),
    ...groupBody(body, columns).map((g) => placeLines(g, columns, false)),
  ];
}
