// Last year's figures read from last year's disclosure (workbook or rebuilt PDF), each with the table and cell it
// came from, so the clerk can see where a prior-year figure was taken before the draft compares with it.
import type { CellAddress } from '../grid/types';
import { formatAmount } from '../money';
import type { BudgetTable, TableKind } from '../tables/types';
import { extractFacts } from './facts';
import { keyLabel } from './label-keys';
import { priorFigures, type PriorAmountKey } from './prior';
import { originOf } from './table-lookup';
import type { PriorYear } from './types';

/**
 * What a prior-year figure is called in the list of where it came from: the 说明's own words for it (keyLabel),
 * except the total, which a 说明 states as 收支总计.
 */
function priorLabel(key: PriorAmountKey): string {
  return key === 'total' ? '收支总计' : keyLabel(key);
}

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
    sources.push({ key, label: priorLabel(key), value, table: table ? { kind: table.kind, title: table.title } : null, address });
  }
  return { prior, sources };
}
