// Grid -> recognized tables and narrative blocks. (Recognizers are being written; see recognizers/.)
import type { Grid } from '../grid/types';
import type { BudgetTable, Entity, NarrativeBlock, Unit } from './types';

export interface Recognition {
  tables: BudgetTable[];
  narratives: NarrativeBlock[];
  entity: Entity | null;
  year: number | null;
  unit: Unit | null;
}

/** Find every standard table and narrative block in the workbook. */
export function recognizeWorkbook(grid: Grid): Recognition {
  void grid;
  return { tables: [], narratives: [], entity: null, year: null, unit: null };
}
