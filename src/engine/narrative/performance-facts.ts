// 绩效目标表 as a 说明 states them: each project's name, budget, goal text (read from the form's cells, which the
// table model does not keep) and indicators with their levels.
import { cellText } from '../grid/sheet';
import type { Cell, Grid, Sheet } from '../grid/types';
import type { Money } from '../money';
import type { BudgetTable } from '../tables/types';
import { amountOf, rowWithRole, tablesOf } from './table-lookup';

/** One indicator as written: 产出指标 / 数量指标 / 资助人数 / ≥34475人. */
export interface PerformanceIndicator {
  level1: string;
  level2: string;
  name: string;
  value: string;
}

/** A project of the 绩效目标表: name, budget, goal and indicators as written. */
export interface PerformanceProject {
  name: string;
  budget: Money | null;
  /** 绩效目标 / 年度目标 text; null when the form does not hold one. */
  goal: string | null;
  indicators: PerformanceIndicator[];
}

const GOAL_LABEL = /^(年度)?绩效目标$|^年度目标$/;
const NOT_GOAL = /^(实施期目标|年度目标|绩效目标|一级指标)$/;

/** Texts of a row from `from` on; holes in a sparse row read as ''. */
function textsFrom(row: readonly (Cell | undefined)[] | undefined, from: number): string[] {
  return Array.from((row ?? []).slice(from), (c) => cellText(c));
}

function clean(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The text right of a 绩效目标 label, or under a 年度目标 header (Henan forms put it in the next row). */
function goalIn(sheet: Sheet, t: BudgetTable): string | null {
  const last = Math.max(t.header.top - 1, t.range.top);
  for (let r = t.range.top; r <= last; r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const label = clean(cellText(cells[c]));
      if (!GOAL_LABEL.test(label)) continue;
      const right = textsFrom(cells, c + 1).find((x) => x.trim() !== '');
      if (right && !NOT_GOAL.test(clean(right))) return right.trim();
      for (let below = r + 1; below <= Math.min(last, r + 3); below++) {
        const under = textsFrom(sheet.cells[below], c).filter((x) => x.trim() !== '');
        const text = label === '年度目标' ? under[0] : under[under.length - 1];
        if (text && !NOT_GOAL.test(clean(text))) return text.trim();
      }
    }
  }
  return null;
}

/** Every 绩效目标表, in workbook order. */
export function readPerformanceProjects(tables: readonly BudgetTable[], grid?: Grid): PerformanceProject[] {
  const out: PerformanceProject[] = [];
  for (const t of tablesOf(tables, 'performance-targets')) {
    const row = rowWithRole(t, 'budget');
    const name = row?.extra?.projectName ?? t.title.replace(/^\d+[、.．]\s*/, '').replace(/(项目)?绩效目标(申报)?表$/, '');
    const indicators = t.rows
      .filter((r) => r.role === 'indicator' && r.extra?.level3 && r.extra?.value)
      .map((r) => ({ level1: r.extra?.level1 ?? '', level2: r.extra?.level2 ?? '', name: r.extra?.level3 ?? '', value: r.extra?.value ?? '' }));
    const sheet = grid?.sheets.find((s) => s.name === t.sheet);
    out.push({ name, budget: row ? amountOf(t, row, 'budget') : null, goal: sheet ? goalIn(sheet, t) : null, indicators });
  }
  return out;
}
