// The clerk's judgment of a finding — reviewed, or not a problem — kept in the workbook's settings so it survives
// reopening and is shared by the pane and the ribbon. A judged finding is listed dimmed, counted apart and not marked
// in the cells. A finding whose figures change is a new finding and is judged afresh.
import type { Finding } from '../engine/report';

/** What the clerk decided. */
export type Judgment = 'reviewed' | 'not-a-problem';

/** One judgment with when it was made. */
export interface JudgmentEntry {
  judgment: Judgment;
  at: string;
}

/** Judgments by finding key. */
export type Judgments = Record<string, JudgmentEntry>;

/** Stable identity of a finding: rule, cell and message (the message carries the figures). */
export function judgmentKey(f: Finding): string {
  return `${f.rule}|${f.sheet}!${f.cell}|${f.message}`;
}

/** Judgments read back from a setting; malformed entries are dropped. */
export function readJudgments(v: unknown): Judgments {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  const out: Judgments = {};
  for (const [k, e] of Object.entries(v as Record<string, unknown>)) {
    const j = e as Partial<JudgmentEntry> | null;
    if (j && (j.judgment === 'reviewed' || j.judgment === 'not-a-problem') && typeof j.at === 'string') out[k] = { judgment: j.judgment, at: j.at };
  }
  return out;
}

/** The judgment of a finding, if any. */
export function judgmentOf(f: Finding, judgments: Judgments): Judgment | undefined {
  return judgments[judgmentKey(f)]?.judgment;
}

/** Findings the clerk has not judged: the ones marked in the cells. */
export function unjudged(findings: readonly Finding[], judgments: Judgments): Finding[] {
  return findings.filter((f) => judgmentOf(f, judgments) === undefined);
}

/** Judgments of findings that are still reported (older ones are dropped when saving). */
export function withJudgment(judgments: Judgments, findings: readonly Finding[], f: Finding, judgment: Judgment | null, now: Date): Judgments {
  const current = new Set(findings.map(judgmentKey));
  const next: Judgments = {};
  for (const [k, e] of Object.entries(judgments)) if (current.has(k)) next[k] = e;
  const key = judgmentKey(f);
  if (judgment === null) delete next[key];
  else next[key] = { judgment, at: now.toISOString() };
  return next;
}
