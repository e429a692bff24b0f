// Findings grouped by the table they belong to, errors first, so the pane lists what to fix first.
import { compareFindings, summarize, type Finding, type Report, type Severity, type TableSummary } from '../engine/report';
import { kindName } from '../engine/tables/kind-names';
import { judgmentKey, type Judgments } from '../host/judgments';

/** A severity to show, or all of them. */
export type SeverityFilter = Severity | 'all';

/** One heading of the results list with its findings (already filtered): open ones first, then judged ones. */
export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
  /** Counts of the open (not judged) findings. */
  counts: Report['summary'];
  /** How many of `findings` the clerk has judged (listed last, dimmed). */
  judged: number;
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
  const open = g.findings.slice(0, g.findings.length - g.judged);
  return Math.min(...(open.length > 0 ? open : g.findings).map((f) => RANK[f.severity] + (open.length > 0 ? 0 : 3)));
}

/** True when the clerk has judged the finding. */
export function isJudged(f: Finding, judgments: Judgments): boolean {
  return judgments[judgmentKey(f)] !== undefined;
}

/**
 * Group the report's findings by table; groups and the open findings inside them are ordered errors first, the
 * judged ones follow in each group; a group holding only judged findings comes last.
 */
export function groupFindings(report: Report, filter: SeverityFilter, judgments: Judgments = {}): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of report.findings) {
    if (filter !== 'all' && f.severity !== filter) continue;
    const { key, title } = groupOf(f, report.tables);
    const g = groups.get(key) ?? { key, title, findings: [], counts: { errors: 0, warnings: 0, infos: 0 }, judged: 0 };
    g.findings.push(f);
    groups.set(key, g);
  }
  const list = [...groups.values()];
  const ordered = (fs: Finding[]) => fs.map((f, i) => ({ f, i })).sort((a, b) => compareFindings(a.f, b.f) || a.i - b.i).map((x) => x.f);
  for (const g of list) {
    const open = ordered(g.findings.filter((f) => !isJudged(f, judgments)));
    const judged = ordered(g.findings.filter((f) => isJudged(f, judgments)));
    g.findings = [...open, ...judged];
    g.counts = summarize(open);
    g.judged = judged.length;
  }
  return list.map((g, i) => ({ g, i })).sort((a, b) => worst(a.g) - worst(b.g) || a.i - b.i).map((x) => x.g);
}

/** Stable identity of a finding within a report (rule + cell + message). */
export const findingKey = judgmentKey;
