// A1 notation exists only at the edges (reports, hosts); inside the engine addresses are 0-based numbers.
import type { CellAddress, Rect } from './types';

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** {row:0,col:0} -> "A1". */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A cell address as A1 text without the sheet. */
export function addressToA1(a: CellAddress): string {
  return toA1(a.row, a.col);
}

/** A rectangle as "A1:H20". */
export function rectToA1(r: Rect): string {
  return `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;
}

/** "B7" -> {row:6,col:1}; null when not A1 text. */
export function parseA1(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:C3" (or a single cell) -> Rect; null when not A1 text. */
export function parseRangeA1(a1: string): Rect | null {
  const [a, b] = a1.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
