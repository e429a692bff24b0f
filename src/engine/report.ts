// The report every host prints or shows; field names follow ../shared/contracts/report.schema.json.
import type { ChecklistItem } from './checklist/types';
import type { Entity, TableKind, Unit } from './tables/types';

export type Severity = 'error' | 'warning' | 'info';

export interface CellRef {
  sheet: string;
  /** A1 notation, no sheet prefix. */
  cell: string;
  /** Optional: what this cell has to do with the finding (「款 21015 … 的合计因此与所属各项之和不符」). */
  note?: string;
  /** Optional: the value this cell must take too (a total that carried the same slip). */
  expected?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  expected?: string | null;
  actual?: string | null;
  related?: CellRef[];
  /** Optional: the kind of the table the finding belongs to (for grouping). */
  table?: TableKind | null;
  /** Optional: stable message code and the typed values the message is rendered from (contracts README). */
  code?: string;
  params?: Record<string, string | number>;
  /** Optional: on a finding from a PDF, the 1-based page and line it is printed on (sheet/cell: the rebuilt grid). */
  page?: number;
  line?: number;
  /** Optional: on a finding from a Word 说明, the .docx file name and the 1-based paragraph (cell is A<paragraph>). */
  source?: string;
  paragraph?: number;
}

export interface TableSummary {
  sheet: string;
  kind: TableKind;
  title: string;
  range: string;
  unit: Unit | null;
  year: number | null;
  /** Optional extension: number of data rows and whether the table is an empty one. */
  rows?: number;
  empty?: boolean;
  layout?: 'hebei' | 'henan';
}

export interface Report {
  file: string;
  entity: Entity | null;
  year: number | null;
  unit: Unit | null;
  tables: TableSummary[];
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number };
  /** Optional: standard kinds not found in the workbook. */
  missing?: TableKind[];
  /** Optional (`check --checklist`): the reviewer's checklist, one answer per item with its evidence. */
  checklist?: ChecklistItem[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet and cell position as they appear. */
export function compareFindings(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

export function summarize(findings: readonly Finding[]): Report['summary'] {
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
