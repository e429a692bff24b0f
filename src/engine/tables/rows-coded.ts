// Rows of tables keyed by subject code: Hebei one code column, Henan 类/款/项 split columns, economic tables.
import { getCell } from '../grid/sheet';
import type { Sheet } from '../grid/types';
import { readAmounts } from './amounts';
import { cleanLabel } from './columns';
import type { Header } from './header';
import { textAt } from './sheet-view';
import { assignNameLevels } from './name-levels';
import { isLabelText, labelRow } from './row-labels';
import { newRow, type RowLevel, type TableColumn, type TableRow } from './types';

/** 部门预算 / 政府预算 经济分类 类 names, for code-less (Henan) economic rows. */
const ECON_CLASS_NAMES = new Set([
  '工资福利支出', '商品和服务支出', '对个人和家庭的补助', '对企业补助', '对企业补助(基本建设)', '债务利息及费用支出',
  '资本性支出', '资本性支出(基本建设)', '对社会保障基金补助', '其他支出', '机关工资福利支出', '机关商品和服务支出',
  '机关资本性支出(一)', '机关资本性支出(二)', '对事业单位经常性补助', '对事业单位资本性补助', '对企业资本性支出',
  '对个人和家庭补助', '债务还本支出', '转移性支出', '预备费及预留',
]);

interface CodeColumns {
  code: number | null;
  parts: [number | null, number | null, number | null];
  name: number | null;
  govEconName: number | null;
}

/** Where the code, split code parts and name live in this header. */
export function codeColumns(header: Header): CodeColumns {
  const find = (key: string) => header.columns.find((c) => c.key === key)?.col ?? null;
  return {
    code: find('code'),
    parts: [find('codeClass'), find('codeSection'), find('codeItem')],
    name: find('name'),
    govEconName: find('govEconName'),
  };
}

/** Digits of a code cell: numbers (2101501, 2.101501E6) and text ("2101501", "05") alike; null if blank. */
export function codeText(sheet: Sheet, row: number, col: number | null): string | null {
  if (col === null) return null;
  const cell = getCell(sheet, row, col);
  if (!cell || cell.value.kind === 'blank') return null;
  if (cell.value.kind === 'number') {
    // An integer prints the same without rounding, and toFixed(0) would copy the Decimal first (100k code cells).
    const num = cell.value.num;
    return num.isInteger() ? num.toFixed() : num.toFixed(0);
  }
  const t = cell.text.replace(/\s+/g, '');
  return t === '' ? null : t;
}

function levelOfCode(code: string, econ: boolean): RowLevel {
  if (econ || /^[35]/.test(code)) return code.length <= 3 ? 'econ-class' : 'econ-section';
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'section';
  if (code.length === 7) return 'item';
  return 'line';
}

function pad(part: string | null, width: number): string | null {
  if (part === null) return null;
  return /^\d+$/.test(part) && part.length < width ? part.padStart(width, '0') : part;
}

/** Henan split parts with "blank = same as above"; detail rows repeat a 项 code already seen. */
class SplitCodeState {
  cls: string | null = null;
  section: string | null = null;
  lastItem: string | null = null;

  next(cls: string | null, section: string | null, item: string | null): { code: string | null; level: RowLevel } {
    if (cls && !section && !item) {
      this.cls = cls;
      this.section = null;
      return { code: cls, level: 'class' };
    }
    if (cls) this.cls = cls;
    if (section && !item) {
      this.section = section;
      return { code: `${this.cls ?? ''}${section}`, level: 'section' };
    }
    if (section) this.section = section;
    if (!item) return { code: null, level: 'line' };
    const code = `${this.cls ?? ''}${this.section ?? ''}${item}`;
    const typedAll = cls !== null && section !== null;
    if (typedAll && this.lastItem === code) return { code, level: 'detail' };
    this.lastItem = code;
    return { code, level: 'item' };
  }
}

/** Split 类/款/项 cells of one row: a code, or a label typed in the code columns (合计, 无, 「… …」). */
function readSplit(sheet: Sheet, r: number, cc: CodeColumns, split: SplitCodeState, row: TableRow, econ: boolean): void {
  const [c1, c2, c3] = cc.parts;
  const raw = [codeText(sheet, r, c1), codeText(sheet, r, c2), codeText(sheet, r, c3)];
  const typed = raw.filter((p): p is string => p !== null);
  if (typed.length > 0 && typed.every(isLabelText)) {
    if (row.name === '') {
      row.name = typed.join('');
      const col = [c1, c2, c3][raw.findIndex((p) => p !== null)];
      if (col !== null && col !== undefined) row.nameAddress = { sheet: sheet.name, row: r, col };
    }
    return;
  }
  const parts = { cls: raw[0], section: pad(raw[1], 2), item: pad(raw[2], 2) };
  row.codeParts = parts;
  const { code, level } = split.next(parts.cls, parts.section, parts.item);
  row.code = code;
  row.level = code !== null && (econ || /^[35]/.test(code)) ? (level === 'class' ? 'econ-class' : 'econ-section') : level;
  const codeCol = parts.item !== null ? c3 : parts.section !== null ? c2 : parts.cls !== null ? c1 : null;
  if (codeCol !== null) row.codeAddress = { sheet: sheet.name, row: r, col: codeCol };
}

/** One code column (Hebei): the code, a code and name typed together, or a label. */
function readSingle(sheet: Sheet, r: number, col: number, row: TableRow, econ: boolean): void {
  let code = codeText(sheet, r, col);
  const joined = code ? /^(\d{3,7})(\D.+)$/.exec(code) : null;
  if (joined && row.name === '') {
    code = joined[1];
    row.name = joined[2];
    row.nameAddress = { sheet: sheet.name, row: r, col };
  }
  if (code !== null && !/^\d/.test(code) && row.name === '') {
    row.name = code;
    row.nameAddress = { sheet: sheet.name, row: r, col };
  } else if (code !== null && !isLabelText(code)) {
    row.code = code;
    row.codeAddress = { sheet: sheet.name, row: r, col };
    row.level = /^\d+$/.test(code) ? levelOfCode(code, econ) : 'line';
  }
}

/** Parse coded (or economic, possibly code-less) rows; names-only functional tables get levels from their names. */
export function readCodedRows(
  sheet: Sheet,
  header: Header,
  rows: readonly number[],
  columns: readonly TableColumn[],
  econ: boolean,
  year: number | null = null,
): TableRow[] {
  const cc = codeColumns(header);
  const split = new SplitCodeState();
  const hasParts = cc.parts.some((p) => p !== null);
  const out: TableRow[] = [];
  for (const r of rows) {
    const name = cc.name !== null ? textAt(sheet, r, cc.name) : '';
    const row = newRow(r, name, readAmounts(sheet, r, columns));
    if (cc.name !== null) row.nameAddress = { sheet: sheet.name, row: r, col: cc.name };
    if (hasParts) readSplit(sheet, r, cc, split, row, econ);
    else if (cc.code !== null) readSingle(sheet, r, cc.code, row, econ);
    if (cc.govEconName !== null) {
      const g = textAt(sheet, r, cc.govEconName);
      if (g) row.extra = { govEconName: g };
    }
    labelRow(row);
    const label = cleanLabel(row.name);
    if (row.code === null && row.level === 'line' && row.role === undefined && econ && label !== '') {
      row.level = ECON_CLASS_NAMES.has(label) ? 'econ-class' : 'econ-section';
    }
    out.push(row);
  }
  if (!hasParts && cc.code === null && !econ && cc.name !== null) assignNameLevels(sheet, out, year);
  return out;
}
