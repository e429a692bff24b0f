// Names-only tables (no code column): the 类/款/项 level of each line from its indentation (spaces, full-width
// spaces, the cell's indent format) or, without any, from the names themselves (类 names, the built-in 科目表, and
// a 款 whose single 项 repeats its name). A 类 line also gets its code, which its name fixes.
import { defaultCodeBook } from '../codes/code-book';
import { getCell } from '../grid/sheet';
import type { Sheet } from '../grid/types';
import { classCodeOfLine, stripOrdinal } from './class-lines';
import type { RowLevel, TableRow } from './types';

const LEVELS: readonly RowLevel[] = ['class', 'section', 'item'];
/** The latest year the built-in dictionaries are reviewed for (names are looked up there when the year is unknown). */
const FALLBACK_YEAR = 2024;

/** Indentation of a name cell: its indent format, else its leading spaces (a full-width space counts two). */
function indentOf(sheet: Sheet, row: TableRow): number {
  const addr = row.nameAddress;
  const cell = addr ? getCell(sheet, addr.row, addr.col) : undefined;
  if (!cell) return 0;
  if (cell.indent) return cell.indent * 2;
  const lead = /^[\s\u3000]*/.exec(cell.text)?.[0] ?? '';
  let n = 0;
  for (const ch of lead) n += ch === '\u3000' ? 2 : ch === '\t' ? 4 : 1;
  return n;
}

/** Lines that name a subject: not 合计, 小计, fillers or lines that already have a code. */
function subjectRows(rows: readonly TableRow[]): TableRow[] {
  return rows.filter((r) => r.code === null && r.level === 'line' && r.role === undefined && r.name.trim() !== '');
}

function byIndentation(lines: readonly TableRow[], indents: readonly number[]): void {
  const distinct = [...new Set(indents)].sort((a, b) => a - b);
  lines.forEach((r, i) => {
    r.level = LEVELS[Math.min(distinct.indexOf(indents[i]), LEVELS.length - 1)];
  });
}

/** Levels from the names: a 类 name opens a 类; the 科目表 tells 款 from 项 under it; a repeated name is the 项. */
function byNames(lines: readonly TableRow[], year: number): void {
  const book = defaultCodeBook();
  let cls: string | null = null;
  /** The open 款: its code when the 科目表 knows it, '' when it does not. */
  let section: string | null = null;
  let previous: TableRow | null = null;
  for (const r of lines) {
    const name = stripOrdinal(r.name).replace(/\s+/g, '');
    const classCode = classCodeOfLine(name);
    if (classCode) {
      r.level = 'class';
      cls = classCode;
      section = null;
    } else {
      const codes = book.findByName('functional', year, name).map((e) => e.code);
      const asSection = codes.find((c) => c.length === 5 && cls !== null && c.startsWith(cls));
      const asItem = codes.find((c) => c.length === 7 && section !== null && section !== '' && c.startsWith(section));
      const repeatsSection = previous?.level === 'section' && previous.name.trim() === r.name.trim();
      if (section !== null && (repeatsSection || asItem || !asSection)) r.level = 'item';
      else {
        r.level = 'section';
        section = asSection ?? '';
      }
    }
    previous = r;
  }
}

/** Levels (and 类 codes) of the lines of a names-only functional table. */
export function assignNameLevels(sheet: Sheet, rows: readonly TableRow[], year: number | null): void {
  const lines = subjectRows(rows);
  if (lines.length === 0) return;
  const indents = lines.map((r) => indentOf(sheet, r));
  if (new Set(indents).size > 1) byIndentation(lines, indents);
  else byNames(lines, year ?? FALLBACK_YEAR);
  for (const r of lines) {
    if (r.level === 'class') r.code = classCodeOfLine(stripOrdinal(r.name).replace(/\s+/g, ''));
  }
}
