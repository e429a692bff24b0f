// 项目支出 by project, as the real 说明 list them (「主要为医疗救助1971万元、离休干部、伤残军人药费500万元…」):
// from a 项目支出表's 项目名称 column, else from the 绩效目标表 budgets. Never from 功能科目 lines.
import { cellText } from '../grid/sheet';
import type { Grid } from '../grid/types';
import { ZERO } from '../money';
import type { BudgetTable } from '../tables/types';
import type { NamedAmount, PerformanceProject } from './facts';
import { amountOf, firstAmount, tablesOf } from './table-lookup';

/** The column of a table's header that says 项目名称 (the model keeps only the 科目名称). */
function projectNameColumn(grid: Grid, t: BudgetTable): number | null {
  const sheet = grid.sheets.find((s) => s.name === t.sheet);
  if (!sheet) return null;
  for (let r = t.header.top; r <= t.header.bottom; r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (/^项目名称$/.test(cellText(cells[c]).replace(/\s+/g, ''))) return c;
    }
  }
  return null;
}

/** Projects of the 项目支出表(s) with their 合计, in table order; empty without such a table. */
export function projectsFromTables(tables: readonly BudgetTable[], grid: Grid | undefined): NamedAmount[] {
  const out: NamedAmount[] = [];
  for (const t of tablesOf(tables, 'project-expenditure')) {
    const col = grid ? projectNameColumn(grid, t) : null;
    const sheet = grid?.sheets.find((s) => s.name === t.sheet);
    const coded = t.rows.some((r) => r.code !== null);
    for (const r of t.rows) {
      if (r.level === 'total' || r.role === 'total' || r.role === 'subtotal') continue;
      const name = col !== null && sheet ? cellText(sheet.cells[r.row]?.[col]).trim() : coded ? '' : r.name.trim();
      const amount = firstAmount(t, r, ['total', 'project', 'amount']) ?? amountOf(t, r, 'generalBudget') ?? ZERO;
      if (name && !amount.isZero()) out.push({ name, amount });
    }
  }
  return out;
}

/** Projects of the 绩效目标表 that state a budget. */
export function projectsFromForms(projects: readonly PerformanceProject[]): NamedAmount[] {
  return projects.flatMap((p) => (p.budget && !p.budget.isZero() ? [{ name: p.name, amount: p.budget }] : []));
}
