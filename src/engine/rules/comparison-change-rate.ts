// comparison/change-rate: a 增减率 column must be (本年 − 上年) / 上年, recomputed from the figures shown beside it.
import { roundTo, sum, type Money } from '../money';
import { childrenOf, parentOf } from '../tables/tree';
import type { Amount, BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { shownValue } from './support/compare';

/** Decimals the rate shows: its number format (0.00% two), else the typed text (「-20.87%」 two); two when unknown. */
function ratePlaces(rate: Amount): number {
  if (rate.cell?.value.kind === 'number' && rate.cell.decimals !== undefined) return rate.cell.decimals;
  const text = rate.cell?.text ?? '';
  const m = /\.(\d+)\s*[%％]?\s*$/.exec(text);
  if (m) return m[1].length;
  return /^[^.]*[%％]\s*$/.test(text) ? 0 : 2;
}

/** A rate of `delta` against `before`, rounded as the rate is shown. */
function rateOf(delta: Money, before: Money, places: number): Money {
  return roundTo(delta.times(100).dividedBy(before), places);
}

/** True when the line's figure in a column equals the sum of its children and it fits its parent's sum. */
function balanced(t: BudgetTable, row: TableRow, key: string): boolean {
  const sumOf = (rows: readonly TableRow[]) => sum(rows.map((r) => shownValue(r.amounts[key])));
  const kids = childrenOf(t, row);
  if (kids.length > 0 && !sumOf(kids).equals(shownValue(row.amounts[key]))) return false;
  const parent = parentOf(t, row);
  return !parent || sumOf(childrenOf(t, parent)).equals(shownValue(parent.amounts[key]));
}

/**
 * The rate is wrong only when the figures it is computed from are right: with a 增减额 column, when 本年 − 上年
 * gives that 增减额 (else the slip is one of those three cells, which comparison/change places); without one, when
 * both figures fit their column sums. Otherwise a slip in 上年 or 本年 would be blamed on the rate beside it.
 */
function figuresConfirmed(t: BudgetTable, row: TableRow, delta: Money): boolean {
  const change = row.derived?.change;
  if (change && change.value !== null) return change.value.equals(delta) || shownValue(change).equals(delta);
  return balanced(t, row, 'prior') && balanced(t, row, 'total');
}

function checkRow(ctx: RuleContext, t: BudgetTable, row: TableRow): void {
  const rate = row.derived?.changeRate;
  const prior = row.amounts.prior;
  const current = row.amounts.total;
  if (!rate || rate.value === null || !prior || !current) return;
  const before = shownValue(prior);
  // Against a prior year of 0 no rate can be computed: whatever is typed there is not checked.
  if (before.isZero()) return;
  const places = ratePlaces(rate);
  const delta = shownValue(current).minus(before);
  const expected = rateOf(delta, before, places);
  if (roundTo(rate.value, places).equals(expected) || !figuresConfirmed(t, row, delta)) return;
  ctx.report({
    messageId: 'rate',
    at: rate.address,
    related: [prior.address, current.address],
    expected: `${expected.toFixed(places)}%`,
    actual: `${rate.value.toFixed(places)}%`,
    data: { name: row.name.trim() || '合计' },
    table: t.kind,
  });
}

/** 增减率 typed by hand often keeps last year's figure or a rounding of the wrong base: recompute it. */
export const comparisonChangeRate = defineRule({
  id: 'comparison/change-rate',
  severity: 'error',
  description: '增减率 = (本年预算数 − 上年预算数) ÷ 上年预算数',
  messages: {
    rate: '「{{name}}」增减率填的是 {{actual}}，按上年、本年预算数计算应为 {{expected}}',
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.derivedColumns?.some((c) => c.key === 'changeRate')) continue;
      for (const row of t.rows) checkRow(ctx, t, row);
    }
  },
});
