// A workbook may hold more than one set of 部门预算 tables: the department's, then each unit's (单位预算, one sheet
// per unit or every unit stacked on one sheet). Cross-table identities hold inside one set: unit 2's 收支总表 repeats
// unit 2's 支出总表, not the department's. A set ends where a kind it already holds starts again.
import type { BudgetTable, TableKind } from './types';

/**
 * Kinds a set holds once. The 三公 table is not among them (a 三公经费对比 table repeats it), nor are the project,
 * 政府采购, 固定资产 and 绩效 tables (one per project is common): those stay with the set they follow.
 */
const ONCE_PER_SET = new Set<TableKind>([
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-grant-summary',
  'general-budget-expenditure',
  'general-budget-basic-expenditure',
  'gov-fund-expenditure',
  'state-capital-expenditure',
]);

/**
 * The tables grouped into sets, in workbook order; per-unit tables (分单位, a breakdown of the department's own
 * tables) belong to the first set. A workbook with one set gives one group: the tables as they are.
 */
export function tableSets(tables: readonly BudgetTable[]): BudgetTable[][] {
  const sets: BudgetTable[][] = [[]];
  let held = new Set<TableKind>();
  const perUnit: BudgetTable[] = [];
  for (const t of tables) {
    if (t.perUnit) {
      perUnit.push(t);
      continue;
    }
    if (ONCE_PER_SET.has(t.kind) && held.has(t.kind)) {
      sets.push([]);
      held = new Set();
    }
    held.add(t.kind);
    sets[sets.length - 1].push(t);
  }
  sets[0].push(...perUnit);
  return sets;
}
