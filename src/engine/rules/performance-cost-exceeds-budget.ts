// performance/cost-exceeds-budget: a 成本指标 amount larger than the project's 预算数 is a warning.
import { money, type Money } from '../money';
import type { BudgetTable, TableRow, Unit } from '../tables/types';
import { defineRule } from './define-rule';
import { tablesOf } from './support/tables';

const FACTOR: Record<string, Money> = { 元: money('0.0001'), 万元: money(1), 亿元: money(10000) };
const UNIT_FACTOR: Record<Unit, Money> = { 元: money(10000), 万元: money(1), 亿元: money('0.0001') };

/** Amounts written in an indicator value, in 万元: 「35万元」 -> 35; per-unit costs (「280元/人/年」) are skipped. */
export function amountsInText(text: string): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(亿元|万元|元)(?!\s*[/／每])/g)) {
    out.push(money(m[1]).times(FACTOR[m[2]]));
  }
  return out;
}

function isCost(row: TableRow): boolean {
  return row.role === 'indicator' && `${row.extra?.level2 ?? ''}${row.extra?.level1 ?? ''}`.includes('成本');
}

function indicatorText(row: TableRow): string {
  return row.amounts.indicator?.cell?.text ?? row.extra?.value ?? '';
}

/** The project's budget in 万元 (the table's unit converted), null when the form leaves it blank. */
function budgetOf(t: BudgetTable): { row: TableRow; value: Money } | null {
  const row = t.rows.find((r) => r.role === 'budget');
  const v = row?.amounts.budget?.value;
  if (!row || !v || v.isZero()) return null;
  return { row, value: v.dividedBy(UNIT_FACTOR[t.unit ?? '万元']) };
}

/** A cost indicator cannot exceed the money the project has; seed 002 shows 35万元 against a 19万元 project. */
export const performanceCostExceedsBudget = defineRule({
  id: 'performance/cost-exceeds-budget',
  severity: 'warning',
  description: '绩效目标表中成本指标的金额不应大于项目预算数',
  messages: {
    exceeds: '项目「{{project}}」成本指标「{{indicator}}」为 {{value}}，大于项目预算数 {{budget}} 万元，请核对',
  },
  check(ctx) {
    for (const t of tablesOf(ctx, 'performance-targets')) {
      const budget = budgetOf(t);
      if (!budget) continue;
      for (const row of t.rows.filter(isCost)) {
        const text = indicatorText(row);
        const over = amountsInText(text).find((a) => a.greaterThan(budget.value));
        if (!over) continue;
        const at = row.amounts.indicator?.address ?? row.nameAddress ?? t.titleAddress;
        const project = budget.row.extra?.projectName ?? t.title;
        ctx.report({
          messageId: 'exceeds',
          at,
          related: budget.row.amounts.budget ? [budget.row.amounts.budget.address] : [],
          // No 应为: either figure may be the wrong one, and the indicator is text, not a figure to type.
          actual: over,
          data: { project, indicator: row.extra?.level3 ?? row.name, value: text, budget: budget.value.toFixed(2) },
          table: t.kind,
        });
      }
    }
  },
});
