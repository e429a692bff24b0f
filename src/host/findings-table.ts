// The findings list as rows of text, the same for the .xlsx export of the web page and the sheet the pane inserts
// into Excel: every finding with its table, place, figures, rule in Chinese and the clerk's judgment.
import { ruleName } from '../engine/messages/rule-names';
import type { Finding, Report } from '../engine/report';
import { kindName } from '../engine/tables/kind-names';
import { judgmentOf, judgmentKey, type Judgment, type Judgments } from './judgments';

/** Column headings of the findings list. */
export const FINDINGS_HEADERS = ['序号', '严重程度', '表格', '工作表', '单元格', '说明', '应为', '实为', '规则', '复核结论', '复核时间'] as const;

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** Chinese words for a judgment. */
export const JUDGMENT_TEXT: Record<Judgment, string> = { reviewed: '已复核', 'not-a-problem': '不是问题' };

function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** One row per finding, in report order (errors first), all cells text. */
export function findingsRows(report: Report, judgments: Judgments): string[][] {
  return report.findings.map((f: Finding, i) => {
    const j = judgmentOf(f, judgments);
    return [
      String(i + 1),
      SEVERITY[f.severity],
      f.table ? kindName(f.table) : '',
      f.sheet,
      f.cell,
      f.message,
      f.expected ?? '',
      f.actual ?? '',
      ruleName(f.rule),
      j ? JUDGMENT_TEXT[j] : '',
      j ? when(judgments[judgmentKey(f)]?.at) : '',
    ];
  });
}
