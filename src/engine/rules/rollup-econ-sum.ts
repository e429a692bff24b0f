// rollup/econ-sum: in economic-classification tables, each 经济分类 类 = Σ its 款, and 合计 = Σ 类.
import type { BudgetTable, TableRow } from '../tables/types';
import { sum } from '../money';
import { defineRule, type RuleContext } from './define-rule';
import { compareSum, compareValues, shownValue, valueOf } from './support/compare';
import { explainedByChildRow } from './support/locate';
import { SUM_MESSAGES, reportVerdict } from './support/report-sum';
import { econChildren } from './support/tree';
import { columnKeys, columnName, rowSubject } from './support/tables';

const ECON_KINDS = ['general-budget-basic-expenditure', 'economic-classification-summary', 'agency-operating-costs'];

/** A 类 recomputed from its 款 (the 类 itself when it has none). */
function fromLeaves(t: BudgetTable, row: TableRow, key: string, shown: boolean) {
  const kids = econChildren(t, row);
  const pick = (r: TableRow) => (shown ? shownValue(r.amounts[key]) : valueOf(r.amounts[key]));
  return kids.length === 0 ? pick(row) : sum(kids.map(pick));
}

/**
 * Compare a row with its children in every column. As for the functional codes, the 合计 is not reported when
 * it agrees with its 类 recomputed from their 款: the wrong figure is then a 类, reported at that 类.
 */
function checkRow(ctx: RuleContext, t: BudgetTable, row: TableRow, kids: TableRow[]): void {
  if (kids.length === 0) return;
  for (const key of columnKeys(t)) {
    const target = row.amounts[key];
    if (!target) continue;
    const parts = kids.map((k) => k.amounts[key]);
    const verdict = compareSum(target, parts);
    if (verdict.status === 'ok') continue;
    if (verdict.status === 'mismatch' && explainedByChildRow(t, row, key, ctx.options.disabledRules)) continue;
    if (row.level === 'total') {
      const stored = kids.map((k) => fromLeaves(t, k, key, false));
      const shown = kids.map((k) => fromLeaves(t, k, key, true));
      if (compareValues(target, stored, shown).status === 'ok') continue;
    }
    const isTotal = row.level === 'total';
    const check = {
      table: t,
      target,
      parts,
      subject: rowSubject(row),
      column: columnName(t, key),
      reference: isTotal ? '各类之和' : '所属各款之和',
    };
    reportVerdict(ctx, check, verdict);
  }
}

function econSumCheck(ctx: RuleContext): void {
  for (const t of ctx.tables) {
    if (!ECON_KINDS.includes(t.kind)) continue;
    for (const row of t.rows) {
      if (row.level === 'econ-class' || row.level === 'total') checkRow(ctx, t, row, econChildren(t, row));
    }
  }
}

/** Economic tables (基本支出表, 机关运行经费) roll up by 经济分类: 款 into 类, 类 into 合计. */
export const rollupEconSum = defineRule({
  id: 'rollup/econ-sum',
  severity: 'error',
  description: '经济分类表中每个类等于所属各款之和，合计等于各类之和',
  messages: SUM_MESSAGES,
  check: econSumCheck,
});
