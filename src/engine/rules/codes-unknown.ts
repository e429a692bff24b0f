// codes/unknown: a 科目编码 must exist in the year's 科目表 (error where our data is complete, warning otherwise).
import { parentCode } from '../codes/year-table';
import type { BudgetTable } from '../tables/types';
import { codeBookOf, codeCellOf, validCodedRows, yearOf } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

/** Once per year without data: say the codes were not checked rather than stay silent. */
function reportNoData(ctx: RuleContext, table: BudgetTable, year: number, done: Set<number>): void {
  const first = validCodedRows(table)[0];
  if (!first || done.has(year)) return;
  done.add(year);
  ctx.report({ messageId: 'noData', severity: 'info', at: codeCellOf(table, first.row), data: { year }, table: table.kind });
}

function checkTable(ctx: RuleContext, table: BudgetTable, noData: Set<number>): void {
  const year = yearOf(table, ctx);
  if (year === null) return;
  const book = codeBookOf(ctx);
  const rows = validCodedRows(table);
  if (rows.length > 0 && book.source(rows[0].cls, year) === undefined) {
    reportNoData(ctx, table, year, noData);
    return;
  }
  const itemCodes = new Set(rows.filter((r) => r.row.level === 'item').map((r) => r.row.code));
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const { row, cls } of rows) {
    // A Henan detail row repeats its 项 code: the 项 row speaks for it.
    if (row.level === 'detail' && itemCodes.has(row.code)) continue;
    if (seen.has(row.code)) continue;
    seen.add(row.code);
    const source = book.source(cls, year);
    if (source === undefined || book.lookup(cls, year, row.code)) continue;
    reported.add(row.code);
    // Under a code already reported, the children add nothing.
    if (reported.has(parentCode(row.code))) continue;
    const complete = book.isComplete(cls, year, row.code);
    ctx.report({
      messageId: complete ? 'missing' : 'notBuiltIn',
      severity: complete ? 'error' : 'warning',
      at: codeCellOf(table, row),
      data: { code: row.code, year, source },
      table: table.kind,
    });
  }
}

/** Reported at the code cell of the first row with the code. */
export const codesUnknown = defineRule({
  id: 'codes/unknown',
  severity: 'error',
  description: '科目编码须存在于预算年度的政府收支分类科目表中',
  messages: {
    missing: '科目 {{code}} 在{{source}}中不存在，请核对科目编码',
    notBuiltIn: '科目 {{code}} 不在内置 {{year}} 年科目表中，请核对或导入科目表',
    noData: '内置科目表只包含 2019—2025 年，未核对 {{year}} 年科目编码是否存在、名称是否正确；可导入当年科目表后再校验',
  },
  check(ctx) {
    const noData = new Set<number>();
    for (const table of ctx.tables) checkTable(ctx, table, noData);
  },
});
