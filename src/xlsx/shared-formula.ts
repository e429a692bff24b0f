// A shared formula is written once, on its first cell; the other cells of the group carry only its index.
// Their own formula is the first one with relative references moved by the distance between the two cells.
import { columnIndex, columnLetter } from '../engine/grid/address';

/** Quoted strings and quoted sheet names are copied untouched; cell references outside them are moved. */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/g;
const MAX_ROW = 1048575;
const MAX_COL = 16383;

function isNameChar(ch: string): boolean {
  return /[\w.]/.test(ch);
}

/** The formula of a cell `dr` rows and `dc` columns away from the cell the shared formula was written on. */
export function translateFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula.replace(TOKEN, (m: string, colAbs: string | undefined, col: string, rowAbs: string, row: string, at: number) => {
    if (col === undefined) return m;
    // Part of a longer name (LOG10, Sheet1, _xlfn.X1): not a reference.
    if (at > 0 && isNameChar(formula.charAt(at - 1))) return m;
    const c = colAbs ? columnIndex(col) : columnIndex(col) + dc;
    const r = rowAbs ? Number(row) - 1 : Number(row) - 1 + dr;
    if (c < 0 || c > MAX_COL || r < 0 || r > MAX_ROW) return '#REF!';
    return `${colAbs}${columnLetter(c)}${rowAbs}${r + 1}`;
  });
}
