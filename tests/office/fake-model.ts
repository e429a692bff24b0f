// Shared pieces of the Excel fake: the in-memory workbook model and small helpers.
import { columnLetter, parseRangeA1 } from '../../src/engine/grid/address';
import type { Rect } from '../../src/engine/grid/types';

export interface FakeFill {
  color: string;
  pattern: string;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numFmt?: string;
  text?: string;
  error?: boolean;
  fill?: FakeFill | null;
  note?: string;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: string[];
}

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

/** The whole fake workbook; tests inspect it directly. */
export interface FakeBook {
  sheets: FakeSheet[];
  comments: FakeComment[];
  active?: string;
  selection?: string;
}

export const key = (r: number, c: number) => `${r},${c}`;
export const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

/** A fake sheet from rows of plain values (null = empty) or full cells, placed at `origin` (A1 text). */
export function fakeSheet(name: string, rows: (string | number | FakeCell | null)[][], origin = 'A1', extra: Partial<FakeSheet> = {}): FakeSheet {
  const o = parseRangeA1(origin) as Rect;
  const cells = new Map<string, FakeCell>();
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      cells.set(key(o.top + r, o.left + c), typeof v === 'object' ? { ...v } : { value: v });
    }),
  );
  return { name, visibility: 'Visible', cells, merges: [], ...extra };
}

export function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} read before load + sync`);
}

