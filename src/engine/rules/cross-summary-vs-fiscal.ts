// cross/summary-vs-fiscal: the 收支总表 and the 财政拨款收支总表 list the same 一般公共预算 / 政府性基金 /
// 国有资本经营 income.
import { defineRule } from './define-rule';
import { compareSum } from './support/compare';
import { FUND_WORDS, fundLine, incomeTotalFails } from './support/fund-lines';
import { SUM_MESSAGES, reportVerdict } from './support/report-sum';
import { firstOf, tableName } from './support/tables';

/**
 * Both summaries show each fund's appropriation as an income line; they must agree. The finding goes to the line
 * whose own 本年收入合计 no longer adds up (that table has the typo), else to the 财政拨款收支总表.
 */
export const crossSummaryVsFiscal = defineRule({
  id: 'cross/summary-vs-fiscal',
  severity: 'error',
  description: '收支总表与财政拨款收支总表的一般公共预算、政府性基金、国有资本经营预算收入一致',
  messages: SUM_MESSAGES,
  check(ctx) {
    const s = firstOf(ctx, 'income-expenditure-summary');
    const f = firstOf(ctx, 'fiscal-grant-summary');
    if (!s || !f) return;
    const [at, ref] = incomeTotalFails(s) && !incomeTotalFails(f) ? [s, f] : [f, s];
    for (const word of FUND_WORDS) {
      const line = fundLine(at, word);
      const other = fundLine(ref, word);
      const cell = line?.amounts.amount;
      const otherCell = other?.amounts.amount;
      if (!line || !cell || !otherCell) continue;
      const verdict = compareSum(cell, [otherCell]);
      const check = {
        table: at,
        target: cell,
        parts: [otherCell],
        subject: line.name,
        column: '金额',
        reference: `${tableName(ref)}中为`,
        related: [otherCell.address],
      };
      reportVerdict(ctx, check, verdict);
    }
  },
});
