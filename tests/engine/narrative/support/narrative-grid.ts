// A workbook holding one written 情况说明 (title in A1, one paragraph per row from A2) for rule tests.
import { runRules } from '../../../../src/engine/check';
import { sheetFromValues } from '../../../../src/engine/grid/sheet';
import type { Grid } from '../../../../src/engine/grid/types';
import { findNarratives } from '../../../../src/engine/narrative/find-narrative';
import type { Finding } from '../../../../src/engine/report';
import type { Rule } from '../../../../src/engine/rules/define-rule';
import type { BudgetTable } from '../../../../src/engine/tables/types';

export const SHEET = '情况说明';

/** A grid with the narrative sheet (title row 1, paragraphs from row 2). */
export function narrativeGrid(paragraphs: readonly string[]): Grid {
  return { sheets: [sheetFromValues(SHEET, [['某县医疗保障局2021年部门预算信息公开情况说明'], ...paragraphs.map((p) => [p])])] };
}

/** Run one rule over the paragraphs with the given tables; findings as "A2 error" strings plus the findings. */
export function runOn(rule: Rule, paragraphs: readonly string[], tables: readonly BudgetTable[] = []): { at: string[]; findings: Finding[] } {
  const grid = narrativeGrid(paragraphs);
  const rec = { tables: [...tables], narratives: findNarratives(grid), entity: null, year: 2021, unit: null };
  const findings = runRules(grid, rec, {}, [rule]);
  return { at: findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`), findings };
}
