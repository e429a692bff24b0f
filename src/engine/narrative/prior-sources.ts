// Last year's figures read from last year's disclosure (workbook or rebuilt PDF), each with the table and cell it
// came from, so the clerk can see where a prior-year figure was taken before the draft compares with it.
import type { CellAddress } from '../grid/types';
import { formatAmount } from '../money';
import type { BudgetTable, TableKind } from '../tables/types';
import { extractFacts } from './facts';
import { priorFigures, type PriorAmountKey } from './prior';
import { originOf } from './table-lookup';
import type { PriorYear } from './types';

/** What the prior-year figures are called in a 说明 (and in lists of where they came from). */
export const PRIOR_LABELS: Record<PriorAmountKey, string> = {
  total: '收支总计',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  threePublic: '“三公”经费',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运维费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
  agencyOperating: '机关运行经费',
};

/** One prior-year figure and where it was read; no `address` when it is the sum of parts the table lists. */
export interface PriorSource {
  key: PriorAmountKey;
  label: string;
  /** Decimal text in 万元. */
  value: string;
  table: { kind: TableKind; title: string } | null;
  address?: CellAddress;
}

/** Last year's figures and their sources. */
export interface PriorReading {
  prior: PriorYear;
  sources: PriorSource[];
}

function tableAt(tables: readonly BudgetTable[], a: CellAddress): BudgetTable | undefined {
  return tables.find((t) => t.sheet === a.sheet && a.row >= t.range.top && a.row <= t.range.bottom && a.col >= t.range.left && a.col <= t.range.right);
}

/** Read last year's figures from its recognized tables, listing where each one came from. */
export function priorWithSources(tables: readonly BudgetTable[]): PriorReading {
  const facts = extractFacts(tables);
  const prior: PriorYear = facts.year !== null ? { year: facts.year } : {};
  const sources: PriorSource[] = [];
  for (const [key, m] of priorFigures(facts)) {
    if (!m) continue;
    const value = formatAmount(m);
    prior[key] = value;
    const address = originOf(m);
    const table = address ? tableAt(tables, address) : undefined;
    sources.push({ key, label: PRIOR_LABELS[key], value, table: table ? { kind: table.kind, title: table.title } : null, address });
  }
  return { prior, sources };
}
