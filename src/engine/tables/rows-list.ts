// List-like tables: "三公" 经费, 政府采购, 固定资产 — rows identified by their wording, not by codes.
import type { Sheet } from '../grid/types';
import { readAmounts } from './amounts';
import { cleanLabel } from './columns';
import type { Header } from './header';
import { textAt } from './sheet-view';
import { newRow, type TableColumn, type TableRow } from './types';

/** Role of a "三公" line from its wording. */
export function threePublicRole(label: string): string {
  const t = cleanLabel(label).replace(/^其中[:：]/, '');
  if (/^(合计|总计)$/.test(t) || /^三公经费(合计|总计)$/.test(t)) return 'total';
  if (/三公.*小计|^小计$/.test(t)) return 'subtotal';
  if (/因公出国/.test(t)) return 'abroad';
  if (/购置及运(维|行)/.test(t)) return 'vehicle';
  if (/公务用车购置费/.test(t)) return 'vehicle-purchase';
  if (/公务用车运(行|维)/.test(t)) return 'vehicle-operation';
  if (/公务接待/.test(t)) return 'reception';
  return 'line';
}

function colOf(header: Header, key: string): number | null {
  return header.columns.find((c) => c.key === key)?.col ?? null;
}

function named(sheet: Sheet, r: number, col: number | null): string {
  return col === null ? '' : textAt(sheet, r, col);
}

/** 三公 rows, Hebei (items down, funds across) or Henan (item, 按资金来源, one amount column). */
export function readThreePublicRows(sheet: Sheet, header: Header, rows: readonly number[], columns: TableColumn[]): TableRow[] {
  const nameCol = colOf(header, 'name') ?? header.left + (colOf(header, 'seq') === header.left ? 1 : 0);
  const sourceCol = colOf(header, 'source');
  let item = '';
  return rows.map((r) => {
    const typed = named(sheet, r, nameCol);
    if (typed !== '') item = typed;
    const row = newRow(r, typed !== '' ? typed : item, readAmounts(sheet, r, columns));
    row.nameAddress = { sheet: sheet.name, row: r, col: nameCol };
    row.role = threePublicRole(typed !== '' ? typed : item);
    if (sourceCol !== null) {
      const src = cleanLabel(named(sheet, r, sourceCol));
      const source = src === '' || /^合计/.test(src) ? '合计' : src;
      row.extra = { source };
      if (row.role === 'total') row.extra.source = '合计';
    }
    return row;
  });
}

/** 政府采购 rows: 合计, …小计, then items with project, item name, catalog, measure. */
export function readProcurementRows(sheet: Sheet, header: Header, rows: readonly number[], columns: TableColumn[]): TableRow[] {
  const projectCol = colOf(header, 'projectName') ?? colOf(header, 'name') ?? header.left;
  const itemCol = colOf(header, 'itemName');
  const catalogCol = colOf(header, 'catalog');
  const measureCol = colOf(header, 'measure');
  return rows.map((r) => {
    const project = named(sheet, r, projectCol);
    const item = named(sheet, r, itemCol);
    const label = cleanLabel(project);
    const role = /^(合计|总计)$/.test(label) ? 'total' : /小计$/.test(label) ? 'subtotal' : 'item';
    const extra: Record<string, string> = { project };
    if (item) extra.item = item;
    const catalog = named(sheet, r, catalogCol);
    if (catalog) extra.catalog = catalog;
    const measure = named(sheet, r, measureCol);
    if (measure) extra.measure = measure;
    const row = newRow(r, role === 'item' && item ? item : project, readAmounts(sheet, r, columns));
    row.nameAddress = { sheet: sheet.name, row: r, col: role === 'item' && itemCol !== null ? itemCol : projectCol };
    row.role = role;
    row.extra = extra;
    return row;
  });
}

/** 固定资产 rows: 资产总额, numbered categories, 其中 lines. */
export function readFixedAssetRows(sheet: Sheet, header: Header, rows: readonly number[], columns: TableColumn[]): TableRow[] {
  const nameCol = colOf(header, 'name') ?? header.left;
  return rows.map((r) => {
    const name = named(sheet, r, nameCol);
    const label = cleanLabel(name);
    const role = /资产总额|^合计$/.test(label) ? 'total' : /^其中/.test(label) ? 'sub' : /^\d+[、.．]/.test(label) ? 'category' : 'line';
    const row = newRow(r, name, readAmounts(sheet, r, columns));
    row.nameAddress = { sheet: sheet.name, row: r, col: nameCol };
    row.role = role;
    return row;
  });
}
