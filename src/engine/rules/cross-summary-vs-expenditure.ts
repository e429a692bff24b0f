// cross/summary-vs-expenditure: each 类 line of the 收支总表 = that 类 in the 支出总表 (Henan: 基本/项目 lines).
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { codedRow, wholeKey, wholeOf } from './support/cross';
import { declareEqual } from './support/identities';
import { columnName, firstOf, rowsWithRole, tablesOf, totalRow } from './support/tables';

/** Henan 收支总表 lines and the 支出总表 合计 column each one repeats. */
const LINE_COLUMNS: Record<string, string> = {
  basic: 'basic',
  personnel: 'personnel',
  public: 'public',
  project: 'project',
  'dept-project': 'deptProject',
  'special-project': 'specialProject',
};

function checkClassLines(ctx: RuleContext, s: BudgetTable, e: BudgetTable): void {
  for (const line of rowsWithRole(s, 'class-line', 'expenditure')) {
    if (!line.code) continue;
    const key = wholeKey(line);
    const row = codedRow(e, line.code, 'class');
    declareEqual(ctx, { table: s, cell: line.amounts[key] }, { table: e, cell: row ? wholeOf(row) : undefined }, () => ({ subject: line.name, column: columnName(s, key) }));
  }
}

function checkSplitLines(ctx: RuleContext, s: BudgetTable, e: BudgetTable, total: TableRow): void {
  for (const [role, column] of Object.entries(LINE_COLUMNS)) {
    const cell = total.amounts[column];
    if (!cell) continue;
    for (const line of rowsWithRole(s, role, 'expenditure')) {
      const key = wholeKey(line);
      declareEqual(ctx, { table: s, cell: line.amounts[key] }, { table: e, cell }, () => ({ subject: line.name, column: columnName(s, key) }));
    }
  }
}

/** The 收支总表 repeats the 支出总表 by 类; a figure copied wrong shows here. */
export const crossSummaryVsExpenditure = defineRule({
  id: 'cross/summary-vs-expenditure',
  severity: 'error',
  scope: 'set',
  description: '收支总表各类支出 = 支出总表中该类的合计（河南：基本支出、项目支出各行 = 支出总表合计行）',
  check(ctx) {
    const e = firstOf(ctx, 'expenditure-summary');
    if (!e) return;
    const total = totalRow(e);
    for (const s of tablesOf(ctx, 'income-expenditure-summary')) {
      checkClassLines(ctx, s, e);
      if (total) checkSplitLines(ctx, s, e, total);
    }
  },
});
