// cross/fund-tables-presence: 政府性基金 / 国有资本经营 tables empty while the summaries show such money, or the reverse.
import type { Amount, BudgetTable, TableKind } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { hasMoney } from './support/compare';
import { incomeLines } from './support/summary';
import { firstOf, rowWithRole, tableName, tablesOf } from './support/tables';

interface Fund {
  kind: TableKind;
  word: string;
  column: string;
}
const FUNDS: Fund[] = [
  { kind: 'gov-fund-expenditure', word: '政府性基金', column: 'govFund' },
  { kind: 'state-capital-expenditure', word: '国有资本经营', column: 'stateCapital' },
];

/** The summary cell that shows this fund's money: its income line, or the 财政拨款收支总表's fund column total. */
function summaryMoney(ctx: RuleContext, fund: Fund): { cell: Amount; table: BudgetTable } | undefined {
  for (const kind of ['income-expenditure-summary', 'fiscal-grant-summary'] as const) {
    for (const s of tablesOf(ctx, kind)) {
      const line = incomeLines(s).find((r) => r.name.includes(fund.word));
      const cell = line && Object.values(line.amounts).find(hasMoney);
      if (cell) return { cell, table: s };
      const total = rowWithRole(s, 'expenditure-total', 'expenditure') ?? rowWithRole(s, 'expenditure-grand-total', 'expenditure');
      const column = total?.amounts[fund.column];
      if (column && hasMoney(column)) return { cell: column, table: s };
    }
  }
  return undefined;
}

/** The first cell of the fund's own table holding money. */
function tableMoney(t: BudgetTable): Amount | undefined {
  for (const row of t.rows) {
    const cell = Object.values(row.amounts).find(hasMoney);
    if (cell) return cell;
  }
  return undefined;
}

/** A fund the summaries show must have its table filled in, and a filled fund table must show in the summaries. */
export const crossFundTablesPresence = defineRule({
  id: 'cross/fund-tables-presence',
  severity: 'error',
  scope: 'set',
  description: '收支总表有政府性基金或国有资本经营预算资金时，对应支出表不能为空表；反之亦然',
  messages: {
    emptyTable: '收支总表列有{{fund}}预算资金 {{actual}}，但{{table}}为空表',
    missingTable: '收支总表列有{{fund}}预算资金 {{actual}}，但工作簿中没有{{fund}}预算支出表',
    notInSummary: '{{table}}列有支出 {{actual}}，但收支总表中{{fund}}预算资金为空',
  },
  check(ctx) {
    if (!firstOf(ctx, 'income-expenditure-summary') && !firstOf(ctx, 'fiscal-grant-summary')) return;
    for (const fund of FUNDS) {
      const found = summaryMoney(ctx, fund);
      const inSummary = found?.cell;
      const tables = tablesOf(ctx, fund.kind);
      if (found && inSummary && tables.length === 0) {
        const data = { fund: fund.word };
        ctx.report({
          messageId: 'missingTable',
          at: inSummary.address,
          actual: inSummary.value,
          data,
          table: found.table.kind,
        });
      }
      for (const t of tables) {
        const money = tableMoney(t);
        const data = { fund: fund.word, table: tableName(t) };
        if (inSummary && !money) {
          ctx.report({
            messageId: 'emptyTable',
            at: t.titleAddress,
            related: [inSummary.address],
            actual: inSummary.value,
            data,
            table: t.kind,
          });
        } else if (money && !inSummary) {
          ctx.report({ messageId: 'notInSummary', at: money.address, actual: money.value, data, table: t.kind });
        }
      }
    }
  },
});
