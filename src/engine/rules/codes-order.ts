// codes/order: coded rows follow code order (类, its 款, their 项, then the next 类), without repeats.
import { addressToA1 } from '../grid/address';
import type { BudgetTable, TableRow } from '../tables/types';
import { codeCellOf, isTreeTable, validCodedRows } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

function checkTable(ctx: RuleContext, table: BudgetTable): void {
  // Henan detail rows repeat their 项 code on purpose: they are not part of the order.
  const rows = validCodedRows(table).filter((r) => r.row.level !== 'detail');
  const first = new Map<string, TableRow>();
  let previous: string | null = null;
  for (const { row } of rows) {
    const at = codeCellOf(table, row);
    const earlier = first.get(row.code);
    if (earlier) {
      const where = codeCellOf(table, earlier);
      ctx.report({ messageId: 'duplicate', at, related: [where], data: { code: row.code, first: addressToA1(where) }, table: table.kind });
      continue;
    }
    first.set(row.code, row);
    // String order is tree order: "208" < "20805" < "2080502" < "20899" < "210".
    if (previous !== null && row.code < previous) {
      ctx.report({ messageId: 'outOfOrder', at, data: { code: row.code, previous }, table: table.kind });
    }
    previous = row.code;
  }
}

/** Reported at the code cell of the row that breaks the order (a warning: figures are not wrong). */
export const codesOrder = defineRule({
  id: 'codes/order',
  severity: 'warning',
  description: '科目行须按科目编码顺序排列（类、所属款、所属项，再到下一类），且不重复',
  messages: {
    outOfOrder: '科目 {{code}} 排在 {{previous}} 之后，未按科目编码顺序排列',
    duplicate: '科目 {{code}} 重复列示（首次出现在 {{first}}）',
  },
  check(ctx) {
    for (const table of ctx.tables) if (isTreeTable(table)) checkTable(ctx, table);
  },
});
