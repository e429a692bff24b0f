// cross/summary-vs-fiscal: the 收支总表 and the 财政拨款收支总表 list the same 一般公共预算 / 政府性基金 /
// 国有资本经营 income.
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule } from './define-rule';
import { declareEqual } from './support/identities';
import { incomeLines } from './support/summary';
import { firstOf } from './support/tables';

/** The funds whose appropriation both summaries list as an income line. */
const FUND_WORDS = ['一般公共预算', '政府性基金', '国有资本经营'] as const;

function fundLine(t: BudgetTable, word: string): TableRow | undefined {
  return incomeLines(t).find((r) => r.name.includes(word));
}

/** Both summaries show each fund's appropriation as an income line; they must agree. */
export const crossSummaryVsFiscal = defineRule({
  id: 'cross/summary-vs-fiscal',
  severity: 'error',
  scope: 'set',
  description: '收支总表与财政拨款收支总表的一般公共预算、政府性基金、国有资本经营预算收入一致',
  check(ctx) {
    const s = firstOf(ctx, 'income-expenditure-summary');
    const f = firstOf(ctx, 'fiscal-grant-summary');
    if (!s || !f) return;
    for (const word of FUND_WORDS) {
      const line = fundLine(f, word);
      const cell = line?.amounts.amount;
      const otherCell = fundLine(s, word)?.amounts.amount;
      if (!line || !cell || !otherCell) continue;
      declareEqual(ctx, { table: f, cell }, { table: s, cell: otherCell }, () => ({ subject: line.name, column: '金额' }));
    }
  },
});
