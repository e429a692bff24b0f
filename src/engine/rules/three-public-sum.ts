// three-public/sum: "三公" 合计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费; 用车 = 购置费 + 运行维护费.
import type { BudgetTable, TableRow } from '../tables/types';
import { defineRule, type RuleContext } from './define-rule';
import { columnKeys, columnName, rowsWithRole, tablesOf } from './support/tables';

/** Henan lists each item once per source (合计, 一般公共预算, …): the 合计 line stands for the item. */
export function itemRow(t: BudgetTable, role: string): TableRow | undefined {
  const rows = rowsWithRole(t, role);
  return rows.find((r) => r.extra?.source === '合计') ?? rows[0];
}

function declare(ctx: RuleContext, t: BudgetTable, target: TableRow | undefined, roles: string[], key: string): void {
  if (!target || roles.every((r) => !itemRow(t, r))) return;
  const reference = roles
    .map((r) => itemRow(t, r)?.name.replace(/^[一二三、\s]+|^其中：/g, ''))
    .filter(Boolean)
    .join(' + ');
  const parts = roles.map((r) => itemRow(t, r)?.amounts[key]);
  ctx.declare({ table: t, target: target.amounts[key], parts, words: () => ({ subject: target.name, column: columnName(t, key), reference }) });
}

/** Henan: each item's 合计 line = Σ its source lines. */
function declareSources(ctx: RuleContext, t: BudgetTable, key: string): void {
  const roles = new Set(t.rows.filter((r) => r.extra?.source === '合计').map((r) => r.role ?? ''));
  for (const role of roles) {
    const head = itemRow(t, role);
    const parts = rowsWithRole(t, role).filter((r) => r !== head && r.extra?.source !== undefined);
    if (!head || parts.length === 0) continue;
    ctx.declare({
      table: t,
      target: head.amounts[key],
      parts: parts.map((r) => r.amounts[key]),
      words: () => ({ subject: head.name, column: columnName(t, key), reference: '各资金来源之和' }),
    });
  }
}

/** The 三公 table's totals must add up item by item and source by source. */
export const threePublicSum = defineRule({
  id: 'three-public/sum',
  severity: 'error',
  description: '“三公”经费：合计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费；公务用车购置及运维费 = 购置费 + 运行维护费',
  check(ctx) {
    for (const t of tablesOf(ctx, 'three-public-expenses')) {
      const vehicle = itemRow(t, 'vehicle') ? ['vehicle'] : ['vehicle-purchase', 'vehicle-operation'];
      const items = ['abroad', ...vehicle, 'reception'];
      const subtotal = itemRow(t, 'subtotal');
      for (const key of columnKeys(t)) {
        declare(ctx, t, subtotal ?? itemRow(t, 'total'), items, key);
        if (subtotal) declare(ctx, t, itemRow(t, 'total'), ['subtotal'], key);
        if (vehicle[0] === 'vehicle') declare(ctx, t, itemRow(t, 'vehicle'), ['vehicle-purchase', 'vehicle-operation'], key);
        declareSources(ctx, t, key);
      }
    }
  },
});
