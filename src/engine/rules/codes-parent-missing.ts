// codes/parent-missing: every 项 row needs its 款 row and every 款 row its 类 row in the same table.
import { parentCode } from '../codes/year-table';
import type { BudgetTable } from '../tables/types';
import { LEVEL_LABEL, codeCellOf, isEconomicLevel, isTreeTable, validCodedRows } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

const PARENT_LABEL: Record<number, string> = { 5: '类', 7: '款' };

function checkTable(ctx: RuleContext, table: BudgetTable): void {
  const rows = validCodedRows(table).filter((r) => r.row.level !== 'detail');
  const present = new Set(rows.map((r) => r.row.code));
  const reported = new Set<string>();
  for (const { row } of rows) {
    if (row.code.length === 3) continue;
    const parent = parentCode(row.code);
    if (present.has(parent) || reported.has(parent)) continue;
    reported.add(parent);
    const economic = isEconomicLevel(row.level);
    ctx.report({
      messageId: 'missing',
      at: codeCellOf(table, row),
      data: {
        level: `${economic ? '经济分类' : ''}${LEVEL_LABEL[row.level] ?? ''}`,
        code: row.code,
        parentLevel: PARENT_LABEL[row.code.length] ?? '',
        parent,
      },
      table: table.kind,
    });
  }
}

/** Reported once per missing parent, at the code cell of its first child. */
export const codesParentMissing = defineRule({
  id: 'codes/parent-missing',
  severity: 'error',
  description: '每个项级科目须列出所属款级科目行，每个款级科目须列出所属类级科目行',
  messages: {
    missing: '{{level}}级科目 {{code}} 缺少所属的{{parentLevel}}级科目 {{parent}} 行',
  },
  check(ctx) {
    for (const table of ctx.tables) if (isTreeTable(table)) checkTable(ctx, table);
  },
});
