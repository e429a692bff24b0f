// The human-readable check report: tables found, findings grouped by table (errors first), a closing count.
import { parseA1, parseRangeA1 } from '../engine/grid/address';
import { kindName } from '../engine/tables/kind-names';
import { severityLabel } from '../engine/mark-style';
import type { Finding, Report } from '../engine/report';
import { terminalLine } from './safe-text';

/** Where a finding is: 「第 12 页第 3 行」 in a PDF, 「说明.docx 第 5 段」 in a Word 说明, else sheet!cell. */
function where(f: Finding): string {
  if (f.page !== undefined) return f.line !== undefined ? `第 ${f.page} 页第 ${f.line} 行` : `第 ${f.page} 页`;
  if (f.source !== undefined && f.paragraph !== undefined) return `${f.source} 第 ${f.paragraph} 段`;
  return `${f.sheet}!${f.cell}`;
}

function findingLine(f: Finding): string {
  const ev = f.expected != null && f.actual != null ? `（应为 ${f.expected}，实为 ${f.actual}）` : '';
  return `  ${severityLabel(f.severity)}  ${where(f)}  ${f.message}${ev}`;
}

/** Which table a finding belongs to: its `table` kind, else the table whose sheet and range hold the cell. */
function groupKey(report: Report, f: Finding): string {
  if (f.table) {
    const t = report.tables.find((x) => x.kind === f.table && x.sheet === f.sheet);
    if (t) return `【${t.title}】（${t.sheet}!${t.range}）`;
  }
  const t = report.tables.find((x) => x.sheet === f.sheet && inRange(f.cell, x.range));
  return t ? `【${t.title}】（${t.sheet}!${t.range}）` : `【工作表 ${f.sheet}】`;
}

function inRange(cell: string, range: string): boolean {
  const p = parseA1(cell.split(':')[0]);
  const r = parseRangeA1(range);
  return !!p && !!r && p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
}

/** Render the report for a terminal. */
export function renderReportText(report: Report): string {
  const lines: string[] = [`预算公开校验：${report.file}`];
  const who = report.entity ? [report.entity.code, report.entity.name].filter(Boolean).join(' ') : '未识别';
  lines.push(`单位：${who}　预算年度：${report.year ?? '未识别'}　金额单位：${report.unit ?? '未识别'}`);
  lines.push('');
  if (report.tables.length === 0) {
    lines.push('没有识别到部门预算公开表格。请确认表格标题（如「部门预算收支总表」）和表头在工作表中。');
  } else {
    lines.push(`识别到 ${report.tables.length} 张表：`);
    for (const t of report.tables) {
      const note = t.empty ? '（空表）' : '';
      lines.push(`  ${kindName(t.kind)}${note}　${t.sheet}!${t.range}　${t.title}`);
    }
  }
  if (report.missing && report.missing.length > 0 && report.tables.length > 0) {
    lines.push(`未找到：${report.missing.map(kindName).join('、')}`);
  }
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = groupKey(report, f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const ordered = [...groups.entries()].sort((a, b) => rank(a[1]) - rank(b[1]));
  for (const [key, list] of ordered) {
    lines.push('', key);
    for (const f of list) lines.push(findingLine(f));
  }
  const s = report.summary;
  lines.push('', `共 ${s.errors} 个错误、${s.warnings} 个警告、${s.infos} 个提示。`);
  // Every line holds text from the workbook (names, titles, quoted cells): no control or bidi character gets out.
  return `${lines.map(terminalLine).join('\n')}\n`;
}

function rank(list: readonly Finding[]): number {
  if (list.some((f) => f.severity === 'error')) return 0;
  if (list.some((f) => f.severity === 'warning')) return 1;
  return 2;
}
