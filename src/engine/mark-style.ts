// How a finding looks in a cell, shared by the Excel add-in and the annotated .xlsx copy so both agree.
import type { Finding, Severity } from './report';

/**
 * Fill colours chosen to read in light and dark Office themes: saturated enough to show on a dark grid,
 * light enough that black cell text stays legible on a light one.
 */
export const MARK_FILL: Record<Severity, string> = {
  error: '#F4A6A6',
  warning: '#FFD966',
  info: '#9DC3E6',
};

/** Prefix that identifies notes this tool wrote, so clearing removes only ours. */
export const NOTE_PREFIX = '【预算公开校验】';

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Chinese label of a severity. */
export function severityLabel(s: Severity): string {
  return LABEL[s];
}

/** The note text put on a cell: all findings at that cell, most severe first. */
export function noteText(findings: readonly Finding[]): string {
  const lines = findings.map((f) => {
    const ev = f.expected != null && f.actual != null ? `（应为 ${f.expected}，实为 ${f.actual}）` : '';
    return `${severityLabel(f.severity)}：${f.message}${ev}`;
  });
  return `${NOTE_PREFIX}\n${lines.join('\n')}`;
}

/** The most severe severity among findings at one cell. */
export function worstSeverity(findings: readonly Finding[]): Severity {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'info';
}

/** Findings grouped by "sheet!cell", keeping report order inside each group. */
export function groupByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const list = m.get(key);
    if (list) list.push(f);
    else m.set(key, [f]);
  }
  return m;
}
