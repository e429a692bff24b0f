// The income lines the 收支总表 and the 财政拨款收支总表 share: 一般公共预算 / 政府性基金 / 国有资本经营 拨款(收入).
import type { BudgetTable, TableRow } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { compareSum, compareValues, shownValue, valueOf } from './compare';
import { incomeLines } from './summary';
import { firstOf, rowWithRole } from './tables';

/** The funds whose appropriation both summaries list as an income line. */
export const FUND_WORDS = ['一般公共预算', '政府性基金', '国有资本经营'] as const;

/** The income line of a summary for a fund. */
export function fundLine(t: BudgetTable, word: string): TableRow | undefined {
  return incomeLines(t).find((r) => r.name.includes(word));
}

/** The other summary: 财政拨款收支总表 for the 收支总表 and the reverse. */
export function otherSummary(ctx: RuleContext, t: BudgetTable): BudgetTable | undefined {
  if (t.kind === 'income-expenditure-summary') return firstOf(ctx, 'fiscal-grant-summary');
  if (t.kind === 'fiscal-grant-summary') return firstOf(ctx, 'income-expenditure-summary');
  return undefined;
}

/** True when a summary's 本年收入合计 disagrees with its own income lines. */
export function incomeTotalFails(t: BudgetTable): boolean {
  const total = rowWithRole(t, 'income-total', 'income');
  if (!total?.amounts.amount) return false;
  return compareSum(total.amounts.amount, incomeLines(t).map((r) => r.amounts.amount)).status === 'mismatch';
}

/**
 * True when 本年收入合计 adds up once one fund line takes the other summary's figure: that line is the wrong cell,
 * reported by cross/summary-vs-fiscal, and the total is not reported as well.
 */
export function incomeTotalExplained(ctx: RuleContext, t: BudgetTable, total: TableRow): boolean {
  const other = otherSummary(ctx, t);
  if (!other || ctx.options.disabledRules?.includes('cross/summary-vs-fiscal')) return false;
  const lines = incomeLines(t);
  for (const word of FUND_WORDS) {
    const mine = fundLine(t, word);
    const ref = fundLine(other, word)?.amounts.amount;
    if (!mine || !ref || compareSum(mine.amounts.amount, [ref]).status !== 'mismatch') continue;
    const stored = lines.map((l) => (l === mine ? valueOf(ref) : valueOf(l.amounts.amount)));
    const shown = lines.map((l) => (l === mine ? shownValue(ref) : shownValue(l.amounts.amount)));
    if (compareValues(total.amounts.amount, stored, shown).status !== 'mismatch') return true;
  }
  return false;
}
