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
  const own = tables.filter((t) => !t.perUnit);
  const sets: BudgetTable[][] = [[]];
  let held = new Set<TableKind>();
  own.forEach((t, i) => {
    const current = sets[sets.length - 1];
    if (ONCE_PER_SET.has(t.kind) && held.has(t.kind) && startsAgain(own, i, current[0].kind, held)) {
      sets.push([]);
      held = new Set();
    }
    held.add(t.kind);
    sets[sets.length - 1].push(t);
  });
  sets[0].push(...tables.filter((t) => t.perUnit));
  return sets;
}

/**
 * A kind the set holds appears again at `at`: a new set starts when it is the kind the set began with (the next
 * unit's 收支总表), or when another kind the set holds follows before this kind comes once more (the next unit's
 * tables in another order). A second copy of one table inside a set (right after the first, or an 一般公共预算支出表
 * printed twice with the tables after it not yet seen) starts nothing.
 */
function startsAgain(tables: readonly BudgetTable[], at: number, head: TableKind, held: ReadonlySet<TableKind>): boolean {
  const kind = tables[at].kind;
  // Right after a table of its kind: that table continued (a page of a PDF) or printed twice, not a new unit.
  if (tables[at - 1]?.kind === kind) return false;
  if (kind === head) return true;
  for (let j = at + 1; j < tables.length; j++) {
    const next = tables[j].kind;
    if (next === kind) return false;
    if (ONCE_PER_SET.has(next) && held.has(next)) return true;
  }
  return false;
}
