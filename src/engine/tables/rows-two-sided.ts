// Two-sided summaries (收支总表, 财政拨款收支总表): each physical row may hold an income and an expenditure line.
import type { Sheet } from '../grid/types';
import { amountColumns, readAmounts } from './amounts';
import { classCodeOfLine, hasOrdinal, isClassLine } from './class-lines';
import { cleanLabel } from './columns';
import type { Header, HeaderColumn } from './header';
import { textAt } from './sheet-view';
import { newRow, type TableColumn, type TableRow } from './types';

export interface TwoSided {
  columns: TableColumn[];
  rows: TableRow[];
}

function splitSides(header: Header): { income: HeaderColumn[]; expenditure: HeaderColumn[] } {
  const names = header.columns.filter((c) => c.key === 'name');
  const boundary = header.expenditureFrom ?? (names.length > 1 ? names[1].col : header.right + 1);
  return {
    income: header.columns.filter((c) => c.col < boundary),
    expenditure: header.columns.filter((c) => c.col >= boundary),
  };
}

/** 「1. 一般公共预算资金」「(1)…」: an Arabic-numbered line, under a 一、 source line it breaks down. */
const ARABIC_ORDINAL = /^[（(]?\d{1,2}[、.．)）]/;
/** 「一、财政拨款收入」: a Chinese-numbered source line. */
const CHINESE_ORDINAL = /^[（(]?[一二三四五六七八九十]{1,3}[、.．)）]/;

function incomeRole(label: string, state: { seenTotal: boolean; inCarry: boolean; seenSource?: boolean }): string {
  if (/^(本年|当年)收入(合计|小计)$/.test(label)) {
    state.seenTotal = true;
    return 'income-total';
  }
  if (/^收入总计$/.test(label) || (/^收入合计$/.test(label) && state.seenTotal)) return 'income-grand-total';
  if (/^收入合计$/.test(label)) {
    state.seenTotal = true;
    return 'income-total';
  }
  if (/上年结转|年初.*结转/.test(label) && !/^[一二三四五六七八九]、(一般公共|政府性基金|国有资本)/.test(label)) {
    state.inCarry = true;
    return 'carryover-in';
  }
  if (state.inCarry) return 'carryover-in-part';
  if (state.seenSource && ARABIC_ORDINAL.test(label)) return 'income-subsource';
  if (CHINESE_ORDINAL.test(label)) state.seenSource = true;
  if (hasOrdinal(label)) return 'income-source';
  return 'income-subsource';
}

function expenditureRole(label: string, state: { seenTotal: boolean }): string {
  if (/^(本年|当年)支出(合计|小计)$/.test(label)) {
    state.seenTotal = true;
    return 'expenditure-total';
  }
  if (/^支出总计$/.test(label) || /^支出合计$/.test(label)) return 'expenditure-grand-total';
  if (/年终结转|年末.*结转/.test(label)) return 'carryover-out';
  if (/基本支出$/.test(label)) return 'basic';
  if (/^(人员支出|人员经费)/.test(label)) return 'personnel';
  if (/^(公用支出|公用经费)/.test(label)) return 'public';
  if (/项目支出$/.test(label)) return 'project';
  if (/^部门支出$/.test(label)) return 'dept-project';
  if (/^专项支出$/.test(label)) return 'special-project';
  if (isClassLine(label)) return 'class-line';
  return 'line';
}

function sideColumns(cols: HeaderColumn[], side: 'income' | 'expenditure'): TableColumn[] {
  return amountColumns(cols, side).map((c) => ({ ...c, key: c.key.replace(/^(grandTotal)$/, 'total') }));
}

/** Parse both sides of a two-sided summary. */
export function readTwoSidedRows(sheet: Sheet, header: Header, rows: readonly number[]): TwoSided {
  const sides = splitSides(header);
  const incomeCols = sideColumns(sides.income, 'income');
  const expenditureCols = sideColumns(sides.expenditure, 'expenditure');
  const incomeName = sides.income.find((c) => c.key === 'name')?.col ?? null;
  const expenditureName = sides.expenditure.find((c) => c.key === 'name')?.col ?? null;
  const inState = { seenTotal: false, inCarry: false, seenSource: false };
  const exState = { seenTotal: false };
  const out: TableRow[] = [];
  for (const r of rows) {
    const inName = incomeName !== null ? textAt(sheet, r, incomeName) : '';
    const inAmounts = readAmounts(sheet, r, incomeCols);
    if (inName !== '' || Object.values(inAmounts).some((a) => a.cell && a.cell.value.kind !== 'blank')) {
      const label = cleanLabel(inName);
      const row = newRow(r, inName, inAmounts, 'income');
      row.role = label === '' ? 'line' : incomeRole(label, inState);
      if (incomeName !== null) row.nameAddress = { sheet: sheet.name, row: r, col: incomeName };
      out.push(row);
    }
    const exName = expenditureName !== null ? textAt(sheet, r, expenditureName) : '';
    const exAmounts = readAmounts(sheet, r, expenditureCols);
    if (exName !== '' || Object.values(exAmounts).some((a) => a.cell && a.cell.value.kind !== 'blank')) {
      const label = cleanLabel(exName);
      const row = newRow(r, exName, exAmounts, 'expenditure');
      row.role = label === '' ? 'line' : expenditureRole(label, exState);
      if (row.role === 'class-line') row.code = classCodeOfLine(label);
      if (expenditureName !== null) row.nameAddress = { sheet: sheet.name, row: r, col: expenditureName };
      out.push(row);
    }
  }
  return { columns: [...incomeCols, ...expenditureCols], rows: out };
}
