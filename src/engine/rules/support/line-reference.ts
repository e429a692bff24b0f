// The figure another table gives for a summary line: 收支总表 类 line -> 支出总表 类 合计; 财政拨款收支总表 一般公共预算
// column of a 类 line -> 一般公共预算支出表 类 合计. Used to tell a wrong line from a wrong total.
import { roundTo, type Money } from '../../money';
import type { BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { compareValues, shownPlaces, shownValue, valueOf } from './compare';
import { codedRow, wholeKey, wholeOf } from './cross';
import { firstOf } from './tables';

/** The cross rule that reports a line disagreeing with its reference, and the table it compares with. */
function source(t: BudgetTable, line: TableRow, key: ColumnKey): { rule: string; kind: 'expenditure-summary' | 'general-budget-expenditure' } | null {
  if (t.kind === 'income-expenditure-summary' && key === wholeKey(line)) {
    return { rule: 'cross/summary-vs-expenditure', kind: 'expenditure-summary' };
  }
  const fiscalKey = line.amounts.generalBudget ? 'generalBudget' : 'total';
  if (t.kind === 'fiscal-grant-summary' && key === fiscalKey) {
    return { rule: 'cross/fiscal-vs-general', kind: 'general-budget-expenditure' };
  }
  return null;
}

/** The other table's figure for a 类 line in this column; null when no cross rule compares it. */
export function referenceFigure(ctx: RuleContext, t: BudgetTable, line: TableRow, key: ColumnKey): Money | null {
  const src = line.code && line.role === 'class-line' ? source(t, line, key) : null;
  if (!src || ctx.options.disabledRules?.includes(src.rule)) return null;
  const other = firstOf(ctx, src.kind);
  if (!other || !line.code) return null;
  return valueOf(wholeOf(codedRow(other, line.code, 'class')));
}

/**
 * True when the total adds up once one 类 line takes the figure the other table gives it: that line is the wrong
 * cell, reported by the cross rule, and the total is not reported as well.
 */
export function explainedByReference(ctx: RuleContext, t: BudgetTable, total: TableRow, lines: TableRow[], key: ColumnKey): boolean {
  for (const line of lines) {
    const ref = referenceFigure(ctx, t, line, key);
    if (ref === null || roundTo(ref, shownPlaces(line.amounts[key])).equals(shownValue(line.amounts[key]))) continue;
    const stored = lines.map((l) => (l === line ? ref : valueOf(l.amounts[key])));
    const shown = lines.map((l) => (l === line ? ref : shownValue(l.amounts[key])));
    if (compareValues(total.amounts[key], stored, shown).status !== 'mismatch') return true;
  }
  return false;
}

