// Lines of coded tables that are not subjects: 合计 / 总计, 小计 lines (人员经费小计 …), fillers (「…」「无」) and the
// line of a 单位 in per-unit tables. Text in a code column is one of these, never a code.
import { cleanLabel } from './columns';
import type { TableRow } from './types';

/** 「…」「……」「…  …」「无」「-」: a line that stands for "nothing here" in an empty table. */
const FILLER = /^([…⋯．.·。]+|无|-+|—+)$/;

/** 人员经费小计 / 公用经费小计 / 小计 / 人员经费合计. */
const SUBTOTAL = /^(人员经费|公用经费|基本支出|项目支出)?(小计|合计)$/;

/** True when a code cell's text holds no digit: a label (合计, 无, …), not a mistyped code. */
export function isLabelText(text: string | null): boolean {
  return text !== null && !/\d/.test(text);
}

/** The block a 小计 line closes or opens: 人员经费 / 公用经费 … from its wording. */
function blockOf(label: string): string | null {
  const m = /^(人员经费|公用经费|基本支出|项目支出)/.exec(label);
  return m ? m[1] : null;
}

/** Give a row without a code its level and role from its wording; rows with a code are left as they are. */
export function labelRow(row: TableRow): void {
  if (row.code !== null) return;
  const label = cleanLabel(row.name);
  if (/^(合计|总计)$/.test(label)) {
    row.level = 'total';
  } else if (FILLER.test(label)) {
    row.role = 'filler';
  } else if (SUBTOTAL.test(label)) {
    row.level = 'subtotal';
    row.role = 'subtotal';
    const block = blockOf(label);
    if (block) row.extra = { ...(row.extra ?? {}), block };
  }
}
