// cross/fiscal-vs-general: 财政拨款收支总表 一般公共预算 column of each 类 = that 类 in 一般公共预算支出表.
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { codedRow, wholeOf } from './support/cross';
import { declareEqual } from './support/identities';
import { columnName, firstOf, rowWithRole, rowsWithRole, tablesOf, totalRow } from './support/tables';

function declare(ctx: RuleContext, f: BudgetTable, line: TableRow, g: BudgetTable, row: TableRow | undefined): void {
  const key = line.amounts.generalBudget ? 'generalBudget' : 'total';
  declareEqual(ctx, { table: f, cell: line.amounts[key] }, { table: g, cell: row ? wholeOf(row) : undefined }, () => ({ subject: line.name, column: columnName(f, key) }));
}

/** The 一般公共预算 column of the 财政拨款收支总表 is the 一般公共预算支出表 by 类, and its total. */
export const crossFiscalVsGeneral = defineRule({
  id: 'cross/fiscal-vs-general',
  severity: 'error',
  scope: 'set',
  description: '财政拨款收支总表一般公共预算列各类支出及合计 = 一般公共预算支出表对应类及合计',
  check(ctx) {
    const g = firstOf(ctx, 'general-budget-expenditure');
    if (!g) return;
    for (const f of tablesOf(ctx, 'fiscal-grant-summary')) {
      for (const line of rowsWithRole(f, 'class-line', 'expenditure')) {
        if (line.code) declare(ctx, f, line, g, codedRow(g, line.code, 'class'));
      }
      const total = rowWithRole(f, 'expenditure-total', 'expenditure') ?? rowWithRole(f, 'expenditure-grand-total', 'expenditure');
      if (total) declare(ctx, f, total, g, totalRow(g));
    }
  },
});
