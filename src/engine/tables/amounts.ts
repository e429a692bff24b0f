// Amount cells of a row, keyed by column: the only place a table cell becomes a Money.
import { getCell } from '../grid/sheet';
import type { Cell, CellAddress, Sheet } from '../grid/types';
import { centsOf, parseAmount, type Money } from '../money';
import { DERIVED_KEYS, DESCRIPTIVE_KEYS } from './columns';
import type { Amount, TableColumn } from './types';

/** Amount columns of a header, with duplicate keys made unique (key, key#2, …). */
export function amountColumns(
  columns: readonly { col: number; key: string | null; path: string[] }[],
  side?: 'income' | 'expenditure',
): TableColumn[] {
  const seen = new Map<string, number>();
  const out: TableColumn[] = [];
  for (const c of columns) {
    if (!c.key || DESCRIPTIVE_KEYS.has(c.key) || DERIVED_KEYS.has(c.key)) continue;
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    const col: TableColumn = { key: n === 1 ? c.key : `${c.key}#${n}`, label: c.path.join('/'), col: c.col };
    if (side) col.side = side;
    out.push(col);
  }
  return out;
}

/**
 * An amount cell as recognition reads it, holding its sheet, row and column; the address object is built when first
 * asked for (a finding, a correction). A 200-unit workbook has ~120k amount cells and a check reports on a few, so
 * most never need one. Not to be spread (`{ ...a }` drops the address): build an Amount literal instead.
 */
export class CellAmount implements Amount {
  private at: CellAddress | undefined = undefined;
  /** exactCents, once asked (undefined until then). */
  private exact: number | null | undefined = undefined;

  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    readonly value: Money | null,
    readonly cell: Cell | undefined,
  ) {}

  get address(): CellAddress {
    return (this.at ??= { sheet: this.sheet, row: this.row, col: this.col });
  }

  get cents(): number | null {
    if (this.exact === undefined) this.exact = exactCents(this);
    return this.exact;
  }

  /** cents, except null for a formula the file holds no value for (it reads as blank: 0 cents, but unknown). */
  get plainCents(): number | null {
    const c = this.cents;
    return c === 0 && this.value === null && this.cell?.uncomputed === true ? null : c;
  }
}

/**
 * The amount in whole cents when that is exact: its stored value has at most 2 decimals (so it is shown as
 * stored whenever the cell shows 2 or more) and is small enough that no sum of such figures leaves the
 * safe-integer range; null otherwise. Blank, dash and text count as 0, as the sums do (rules/support/compare).
 */
export function exactCents(a: Amount): number | null {
  const v = a.value;
  if (!v) return 0;
  const cell = a.cell;
  const places = cell?.decimals;
  // The cell's own number, whose cents and places the reader worked out once (shared by every cell holding it).
  const held = cell?.value;
  if (held !== undefined && held.kind === 'number' && held.num === v && held.places !== undefined && held.cents !== undefined) {
    return places === undefined || places >= held.places ? held.cents : null;
  }
  return places === undefined || places >= v.decimalPlaces() ? centsOf(v) : null;
}

/** The Amount of every amount column in one row. */
export function readAmounts(sheet: Sheet, row: number, columns: readonly TableColumn[]): Record<string, Amount> {
  const out: Record<string, Amount> = {};
  for (const c of columns) {
    const cell = getCell(sheet, row, c.col);
    const value = cell && cell.value.kind === 'number' ? cell.value.num : null;
    out[c.key] = new CellAmount(sheet.name, row, c.col, value, cell);
  }
  return out;
}

/** After mapping: a lone 总计 column is the table's 合计. */
export function promoteGrandTotal<T extends { key: string | null }>(columns: T[]): T[] {
  const hasTotal = columns.some((c) => c.key === 'total');
  if (hasTotal) return columns;
  return columns.map((c) => (c.key === 'grandTotal' ? { ...c, key: 'total' } : c));
}

/** Columns computed from others (增减额, 增减率): read beside the amounts, never summed. */
export function derivedColumns(columns: readonly { col: number; key: string | null; path: string[] }[]): TableColumn[] {
  return columns
    .filter((c) => c.key !== null && DERIVED_KEYS.has(c.key))
    .map((c) => ({ key: c.key as string, label: c.path.join('/'), col: c.col }));
}

/** A percentage typed as text: 「-20.87%」, 「−20.87%」, 「20.87％」 -> -20.87; null otherwise. */
export function percentText(text: string): Amount['value'] {
  const t = text.replace(/\s+/g, '').replace(/\u2212/g, '-').replace(/％/g, '%');
  const m = /^([+-]?\d[\d,]*(?:\.\d+)?)%$/.exec(t);
  return m ? parseAmount(m[1]) : null;
}

/** The derived cells of one row: numbers as they are, a rate typed as 「-20.87%」 as -20.87. */
export function readDerived(sheet: Sheet, row: number, columns: readonly TableColumn[]): Record<string, Amount> {
  const out: Record<string, Amount> = {};
  for (const c of columns) {
    const cell = getCell(sheet, row, c.col);
    let value: Amount['value'] = null;
    if (cell?.value.kind === 'number') value = c.key === 'changeRate' && isPercentFormat(cell.numFmt) ? cell.value.num.times(100) : cell.value.num;
    else if (cell?.value.kind === 'text') value = percentText(cell.value.text);
    out[c.key] = { address: { sheet: sheet.name, row, col: c.col }, value, cell };
  }
  return out;
}

/** A number shown with a percent format (0.00%) stores the fraction: -0.2087 for -20.87%. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}
