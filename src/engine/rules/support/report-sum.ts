// One way to report "this figure should equal that sum", so every rule speaks the same words.
import { formatAmount } from '../../money';
import type { CellAddress } from '../../grid/types';
import type { Amount, BudgetTable } from '../../tables/types';
import type { RuleContext } from '../define-rule';
import { compareSum, type SumStatus, type SumVerdict } from './compare';

/**
 * Message templates shared by sum and equality rules. {{subject}} names the row ("款 21015 医疗保障管理事务"),
 * {{column}} the column, {{reference}} what the figure should equal ("所属各项之和", "「支出总表」合计"),
 * {{note}} an optional remark (empty, or 「；款 21015 … 的合计因此也与所属各项之和不符」).
 */
export const SUM_MESSAGES = {
  mismatch: '{{subject}}：{{column}} {{actual}}，{{reference}} {{expected}}，相差 {{diff}}{{note}}',
  rounding:
    '{{subject}}：{{column}} {{actual}}，{{reference}} {{expected}}，相差 {{diff}}；按未舍入的存储值计算相符，差异仅来自显示舍入',
  hidden:
    '{{subject}}：{{column}} 显示相符，但存储值 {{actual}} 与{{reference}} {{expected}} 相差 {{diff}}，差异仅来自显示舍入',
} as const;

/** What a sum check compares and how the finding names it. */
export interface SumCheck {
  table: BudgetTable;
  /** The cell that should hold the sum; nothing is checked when the table has no such cell. */
  target: Amount | undefined;
  parts: readonly (Amount | undefined)[];
  subject: string;
  column: string;
  reference: string;
  /** Cells to list as involved; default the parts' cells. */
  related?: CellAddress[];
  /** A remark appended to a mismatch message, starting with 「；」. */
  note?: string;
  /** Severity of a real mismatch; default the rule's. */
  severity?: 'error' | 'warning';
}

/** The parts that hold something (blank lines of a 30-line summary are not worth highlighting); all if none do. */
function involved(parts: readonly (Amount | undefined)[]): Amount[] {
  const defined = parts.filter((p): p is Amount => p !== undefined);
  const filled = defined.filter((p) => p.cell !== undefined && p.cell.value.kind !== 'blank');
  return filled.length > 0 ? filled : defined;
}

/** Report a verdict computed elsewhere (hierarchy rules compare first, then decide). */
export function reportVerdict(ctx: RuleContext, c: SumCheck, v: SumVerdict): void {
  if (v.status === 'ok' || !c.target) return;
  const related = c.related ?? involved(c.parts).map((p) => p.address);
  ctx.report({
    messageId: v.status,
    at: c.target.address,
    related,
    expected: v.expected,
    actual: v.actual,
    places: v.places,
    data: {
      subject: c.subject,
      column: c.column,
      reference: c.reference,
      diff: formatAmount(v.diff, v.places),
      note: c.note ?? '',
    },
    severity: v.status === 'mismatch' ? c.severity : 'info',
    table: c.table.kind,
  });
}

/** Compare target with Σ parts and report the result; returns the status for callers that chain checks. */
export function checkSum(ctx: RuleContext, c: SumCheck): SumStatus {
  if (!c.target) return 'ok';
  const v = compareSum(c.target, c.parts);
  reportVerdict(ctx, c, v);
  return v.status;
}
