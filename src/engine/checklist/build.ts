// Grid + recognition + findings -> the reviewer's checklist, in the order of the 财政局's form.
import type { Grid } from '../grid/types';
import type { Finding } from '../report';
import { recognizeWorkbook } from '../tables/recognize';
import type { BudgetTable, NarrativeBlock } from '../tables/types';
import { checklistContext } from './context';
import {
  agencyStated, assetsStated, glossaryStated, narrativeAgrees, overallChangeExplained, overallStated, performanceStated,
  procurementSplit, procurementStated, smeShareStated, threePublicChangeExplained, threePublicStated,
} from './items-narrative';
import { emptyTablesExplained, requiredTables, scopeConsistent, tablesConsistent } from './items-tables';
import type { ChecklistItem } from './types';

/** What the checklist reads: the workbook, its recognized tables and 说明, and the findings of its check. */
export interface ChecklistInput {
  grid: Grid;
  tables: readonly BudgetTable[];
  narratives: readonly NarrativeBlock[];
  findings: readonly Finding[];
}

/** Every item of the 「预算公开情况检查表」, each 是/否/不适用 with its evidence; pure, never throws on the data. */
export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const ctx = checklistContext(input.grid, input.tables, input.narratives, input.findings);
  return [
    requiredTables(ctx),
    emptyTablesExplained(ctx),
    tablesConsistent(ctx),
    overallStated(ctx),
    overallChangeExplained(ctx),
    threePublicStated(ctx),
    threePublicChangeExplained(ctx),
    agencyStated(ctx),
    procurementStated(ctx),
    procurementSplit(ctx),
    smeShareStated(ctx),
    assetsStated(ctx),
    performanceStated(ctx),
    glossaryStated(ctx),
    narrativeAgrees(ctx),
    scopeConsistent(ctx),
  ];
}

/** The checklist of a workbook checked elsewhere (recognizes it again; hosts that hold the recognition use buildChecklist). */
export function checklistOfGrid(grid: Grid, findings: readonly Finding[]): ChecklistItem[] {
  const { tables, narratives } = recognizeWorkbook(grid);
  return buildChecklist({ grid, tables, narratives, findings });
}
