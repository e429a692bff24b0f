// Findings grouped by the table they belong to, errors first, so the pane lists what to fix first.
import { compareFindings, summarize, type Finding, type Report, type Severity, type TableSummary } from '../engine/report';
import { kindName } from '../engine/tables/kind-names';

/** A severity to show, or all of them. */
export type SeverityFilter = Severity | 'all';

/** One heading of the results list with its findings (already filtered) and their counts. */
export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
  counts: Report['summary'];
}

function tableOf(f: Finding, tables: readonly TableSummary[]): TableSummary | undefined {
  const onSheet = tables.filter((t) => t.sheet === f.sheet);
  if (f.table) return onSheet.find((t) => t.kind === f.table) ?? tables.find((t) => t.kind === f.table);
  return onSheet.length === 1 ? onSheet[0] : undefined;
}

function groupOf(f: Finding, tables: readonly TableSummary[]): { key: string; title: string } {
  const t = tableOf(f, tables);
  if (t) {
    const label = kindName(t.kind);
    return { key: `table:${t.sheet}:${t.kind}`, title: t.sheet === label ? label : `${label}（${t.sheet}）` };
  }
  if (f.table) return { key: `kind:${f.table}`, title: kindName(f.table) };
  return { key: `sheet:${f.sheet}`, title: `工作表「${f.sheet}」` };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function worst(g: FindingGroup): number {
  return Math.min(...g.findings.map((f) => RANK[f.severity]));
}

/** Group the report's findings by table; groups and findings inside them are ordered errors first. */
export function groupFindings(report: Report, filter: SeverityFilter): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of report.findings) {
    if (filter !== 'all' && f.severity !== filter) continue;
    const { key, title } = groupOf(f, report.tables);
    const g = groups.get(key) ?? { key, title, findings: [], counts: { errors: 0, warnings: 0, infos: 0 } };
    g.findings.push(f);
    groups.set(key, g);
  }
  const list = [...groups.values()];
  for (const g of list) {
    g.findings = g.findings.map((f, i) => ({ f, i })).sort((a, b) => compareFindings(a.f, b.f) || a.i - b.i).map((x) => x.f);
    g.counts = summarize(g.findings);
  }
  return list.map((g, i) => ({ g, i })).sort((a, b) => worst(a.g) - worst(b.g) || a.i - b.i).map((x) => x.g);
}

/** Stable identity of a finding within a report (rule + cell + message). */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}!${f.cell}|${f.message}`;
}
