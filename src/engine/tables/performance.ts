// 项目绩效目标表 / 绩效目标申报表: a project's budget line and its indicator rows (一级/二级/三级指标, 指标值).
import type { Sheet } from '../grid/types';
import { cleanLabel } from './columns';
import { rowCells, textAt, type RowCell } from './sheet-view';
import { newRow, type Amount, type TableColumn, type TableRow } from './types';

export interface PerformanceBody {
  rows: TableRow[];
  columns: TableColumn[];
  headerRow: number | null;
  lastRow: number;
  left: number;
  right: number;
}

interface IndicatorColumns {
  level1: number;
  level2: number;
  level3: number;
  description: number | null;
  value: number;
}

function indicatorColumns(cells: readonly RowCell[]): IndicatorColumns | null {
  const find = (re: RegExp) => cells.filter((c) => re.test(cleanLabel(c.text))).map((c) => c.col);
  const l1 = find(/^一级指标$/);
  const l2 = find(/^二级指标$/);
  const l3 = find(/^三级指标$/);
  const v = find(/^指标值$/);
  if (l1.length === 0 || l3.length === 0 || v.length === 0) return null;
  const last = (xs: number[]) => xs[xs.length - 1];
  const desc = find(/^绩效指标描述$|^指标描述$/);
  return { level1: l1[0], level2: last(l2) ?? l1[0] + 1, level3: last(l3), description: desc[0] ?? null, value: last(v) };
}

const BUDGET_LABELS: readonly [RegExp, string][] = [
  [/^年度资金总额[:：]?$/, 'budget'],
  [/^预算数[:：]?$/, 'budget'],
  [/^其中[:：]?财政(资金|拨款)[:：]?$/, 'fiscal'],
  [/^其他资金[:：]?$/, 'other'],
];

function amountRight(sheet: Sheet, row: number, cells: readonly RowCell[], from: number): Amount | null {
  const next = cells.find((c) => c.col > from);
  if (!next || next.cell.value.kind !== 'number') return null;
  return { address: { sheet: sheet.name, row, col: next.col }, value: next.cell.value.num, cell: next.cell };
}

/** The budget line: 预算数 / 年度资金总额 with 其中：财政资金 and 其他资金, the last occurrence of each label winning. */
function readBudget(sheet: Sheet, r: number, cells: readonly RowCell[], out: Record<string, Amount>): boolean {
  let found = false;
  for (const c of cells) {
    const label = cleanLabel(c.text);
    for (const [re, key] of BUDGET_LABELS) {
      if (!re.test(label)) continue;
      const a = amountRight(sheet, r, cells, c.col);
      if (a) {
        if (key !== 'budget' || !out.budget || /年度资金总额/.test(label)) out[key] = a;
        found = found || key === 'budget';
      }
    }
  }
  return found;
}

/** Parse one performance form between its title and the next title. */
export function readPerformance(sheet: Sheet, titleRow: number, endRow: number, title: string): PerformanceBody {
  const rows: TableRow[] = [];
  const budgetAmounts: Record<string, Amount> = {};
  let budgetRow: number | null = null;
  let cols: IndicatorColumns | null = null;
  let headerRow: number | null = null;
  let lastRow = titleRow;
  let left = Infinity;
  let right = -1;
  let level1 = '';
  let level2 = '';
  let projectName = title.replace(/^\d+[、.．]\s*/, '').replace(/(预算)?(项目)?绩效目标(申报)?表$/, '');
  for (let r = titleRow + 1; r < endRow; r++) {
    const cells = rowCells(sheet, r);
    if (cells.length === 0) continue;
    const named = cells.findIndex((c) => /^项目名称$/.test(cleanLabel(c.text)));
    if (named >= 0 && cells[named + 1]) projectName = cells[named + 1].text;
    const ind = indicatorColumns(cells);
    if (ind) {
      cols = cols ?? ind;
      headerRow = headerRow ?? r;
      lastRow = r;
      continue;
    }
    if (!cols) {
      if (readBudget(sheet, r, cells, budgetAmounts) && budgetRow === null) budgetRow = r;
      lastRow = r;
      for (const c of cells) {
        left = Math.min(left, c.col);
        right = Math.max(right, c.col);
      }
      continue;
    }
    const l3 = textAt(sheet, r, cols.level3);
    const l1 = textAt(sheet, r, cols.level1);
    const l2 = textAt(sheet, r, cols.level2);
    if (l1) level1 = l1;
    if (l2) level2 = l2;
    if (!l3 && !textAt(sheet, r, cols.value)) continue;
    for (const c of cells) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
    const valueCell = sheet.cells[r]?.[cols.value];
    const indicator: Amount = {
      address: { sheet: sheet.name, row: r, col: cols.value },
      value: valueCell && valueCell.value.kind === 'number' ? valueCell.value.num : null,
      cell: valueCell,
    };
    const extra: Record<string, string> = { level1, level2, level3: l3, value: textAt(sheet, r, cols.value) };
    if (cols.description !== null) extra.description = textAt(sheet, r, cols.description);
    const row = newRow(r, l3, { indicator });
    row.role = 'indicator';
    row.nameAddress = { sheet: sheet.name, row: r, col: cols.level3 };
    row.extra = extra;
    rows.push(row);
    lastRow = r;
  }
  if (budgetRow !== null) {
    const row = newRow(budgetRow, '预算数', budgetAmounts);
    row.role = 'budget';
    row.extra = { projectName: projectName.trim() };
    rows.unshift(row);
  }
  const columns: TableColumn[] = Object.entries(budgetAmounts).map(([key, a]) => ({ key, label: key, col: a.address.col }));
  if (cols) columns.push({ key: 'indicator', label: '指标值', col: cols.value });
  if (left === Infinity) left = 0;
  return { rows, columns, headerRow, lastRow, left, right: Math.max(right, left) };
}
